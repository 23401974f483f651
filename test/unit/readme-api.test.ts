import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOCUMENTED, apiMarkdown, markers, readManifest } from '../../scripts/api-tables.js';

// custom-elements.json is the build's reading of the sources (npm run analyze, part of npm run
// build), so these run after the build, as npm test does.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = readManifest(resolve(root, 'custom-elements.json'));

describe('the README and the typings against custom-elements.json', () => {
  for (const tag of DOCUMENTED) {
    it(`README.md's tables of <${tag}> are current`, () => {
      const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
      const [start, end] = markers(tag);
      const from = readme.indexOf(start);
      const to = readme.indexOf(end);
      assert.ok(from >= 0 && to > from, `README.md lacks the markers ${start} … ${end}`);
      const actual = readme.slice(from + start.length, to).trim();
      assert.ok(actual === apiMarkdown(manifest, tag).trim(), `README.md's API tables of <${tag}> are stale: run npm run docs`);
    });
  }

  it('the framework typings (src/frameworks/props.ts) name every public property of the elements', () => {
    const props = readFileSync(resolve(root, 'src/frameworks/props.ts'), 'utf8');
    const classes: Record<string, string> = { 'phone-login': 'PhoneLogin', 'phone-login-number': 'PhoneLoginNumber', 'phone-login-pin': 'PhoneLoginPin', 'phone-login-country': 'PhoneLoginCountry' };
    for (const [tag, name] of Object.entries(classes)) {
      const pick = new RegExp(`Pick<\\s*${name},([^>]*)>`).exec(props);
      assert.ok(pick, `props.ts has no Pick<${name}, …>`);
      const picked = new Set([...pick[1]!.matchAll(/'(\w+)'/g)].map((m) => m[1]));
      const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;
      const settable = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly).map((m) => m.name);
      assert.deepEqual(settable.filter((field) => !picked.has(field)), [], `<${tag}>'s typings miss properties: add them to src/frameworks/props.ts`);
    }
  });
});
