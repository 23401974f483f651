import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// A server-rendered app (Next.js, Nuxt, SvelteKit, Angular SSR) imports the package in Node to
// render pages, with no DOM. The built modules must load there without throwing and without
// reaching for the browser's globals, which would throw or differ under a DOM shim.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };

/** Browser globals a module might reach for at load. */
const BROWSER_GLOBALS = ['window', 'document', 'self', 'navigator', 'localStorage', 'sessionStorage', 'location', 'matchMedia', 'requestAnimationFrame', 'getComputedStyle'];

// Every JavaScript entry but the CDN file, which is a self-contained bundle for <script> tags.
const entries = Object.keys(pkg.exports)
  .filter((key) => !/\.json$|^\.\/cdn\//.test(key))
  .map((key) => `phone-login${key.slice(1)}`);

/**
 * Loads `specifier` in a fresh Node process (its own module graph) whose globals above are
 * getters that record who read them, and returns the reads: name and stack.
 */
function reads(specifier: string): { name: string; stack: string }[] {
  const script = `
    const reads = [];
    for (const name of ${JSON.stringify(BROWSER_GLOBALS)}) {
      const own = Object.getOwnPropertyDescriptor(globalThis, name);
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          reads.push({ name, stack: new Error().stack.split('\\n').slice(2).join('\\n') });
          return own?.get ? own.get.call(globalThis) : own?.value;
        },
      });
    }
    await import(${JSON.stringify(specifier)});
    console.log(JSON.stringify(reads));
  `;
  // Resolved from the repository by the package's own name (package.json exports), so dist/ as published.
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
}

describe('importing the built package on a server (plain Node, no DOM)', () => {
  it('has a build to import (run npm run build)', () => {
    assert.ok(existsSync(resolve(root, 'dist/index.js')), 'dist/ is missing: run npm run build first');
  });

  for (const specifier of entries) {
    it(`loads ${specifier} without throwing and without its code reading window, document or the like`, () => {
      // Dependencies may test for a global (lit-html checks whether `document` exists and uses a
      // stand-in when not); a read with one of the package's own files on its stack is ours.
      const ours = reads(specifier).filter(({ stack }) => stack.split('\n').some((frame) => frame.includes(`${root}/dist/`)));
      assert.deepEqual(ours, [], `${specifier} reads browser globals at load:\n${ours.map((r) => `${r.name}\n${r.stack}`).join('\n')}`);
    });
  }
});
