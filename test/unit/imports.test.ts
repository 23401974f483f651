import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

/** Every .ts file under `dir`, as paths relative to the repository. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

// Static imports and re-exports, type-only ones included (they tie modules together for readers
// and for declaration emit). Dynamic import() is left out: it loads on demand and cannot deadlock.
const IMPORT = /^\s*(?:import|export)\s+(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The project files `file` imports, resolved from `.js` specifiers to `.ts` paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => relative(root, resolve(root, dirname(file), m[1].replace(/\.js$/, '.ts'))));
}

const graph = new Map(sources(src).map((file) => [file, importsOf(file)]));

/** One cycle per strongly connected group found by depth-first search, as a readable path. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** The element folders: `src/<name>/` whose `<name>.ts` defines a custom element. */
const elements = new Set(
  [...graph.keys()]
    .map((file) => file.split('/'))
    .filter((p) => p.length === 3 && p[2] === `${p[1]}.ts` && /@customElement\(/.test(readFileSync(join(root, ...p), 'utf8')))
    .map((p) => p[1]),
);

describe('imports under src/', () => {
  it('finds the files and the element folders it checks', () => {
    assert.ok(graph.size > 50);
    assert.ok(elements.has('phone-login') && elements.has('phone-login-status'));
    assert.ok(!elements.has('phone') && !elements.has('flow'));
  });

  it('have no cycle, type-only imports included', () => {
    assert.deepEqual(cycles().map((cycle) => cycle.join(' → ')), []);
  });

  it("reach into another element's folder only for that element's own module", () => {
    const reaches: string[] = [];
    for (const [file, imports] of graph) {
      const [, from] = file.split('/');
      if (!elements.has(from)) continue;
      for (const target of imports) {
        const [, to, ...rest] = target.split('/');
        if (!elements.has(to) || to === from) continue;
        if (rest.join('/') !== `${to}.ts`) reaches.push(`${file} → ${target}`);
      }
    }
    assert.deepEqual(reaches, []);
  });

  it('catch a cycle when there is one (the checker itself)', () => {
    graph.set('src/x/a.ts', ['src/x/b.ts']);
    graph.set('src/x/b.ts', ['src/x/a.ts']);
    try {
      assert.ok(cycles().some((cycle) => cycle.join(' ') === 'src/x/a.ts src/x/b.ts src/x/a.ts'));
    } finally {
      graph.delete('src/x/a.ts');
      graph.delete('src/x/b.ts');
    }
  });
});
