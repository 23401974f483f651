import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';
import { settingsMarkdown } from '../../server/config/catalogue.js';

const DOCS = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

describe('the documentation', () => {
  it('lists every setting of the bin as the catalogue describes it (run `npm run docs` after changing one)', () => {
    assert.ok(readFileSync('docs/server.md', 'utf8').includes(settingsMarkdown()));
  });

  it('links only to files inside the repository, and they exist', () => {
    for (const file of DOCS) {
      const text = readFileSync(file, 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        const path = normalize(join(dirname(file), target!.split('#')[0]!));
        assert.ok(!path.startsWith('..'), `${file} links outside the repository: ${target}`);
        assert.ok(existsSync(path), `${file} links to a missing file: ${target}`);
      }
    }
  });
});
