import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUDGET, BUDGET_LOGINS, cdnFiles, gzipOf, loginFiles, staticImports } from '../../bench/size-budget.js';

// The size budget is a property of the build, so it is read from dist/cdn/ (npm test builds first):
// no browser, no timing. bench/size.ts measures the same logins in Chromium.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('the size budget of the CDN build (gzip -9)', () => {
  it(`keeps the entry, all a page loads before the number field is used, within ${kb(BUDGET.entry)}`, () => {
    const { entry } = cdnFiles();
    assert.deepEqual(staticImports(entry), [], 'the entry needs no other file to run');
    const size = gzipOf(entry);
    assert.ok(size <= BUDGET.entry, `dist/cdn/${entry} is ${kb(size)} gzip, over its budget of ${kb(BUDGET.entry)}`);
  });

  for (const [country, code] of BUDGET_LOGINS) {
    it(`keeps a whole login in ${country} (+${code}) within ${kb(BUDGET.login)}`, () => {
      const files = loginFiles(code);
      const size = files.reduce((sum, file) => sum + gzipOf(file), 0);
      assert.ok(size <= BUDGET.login, `${files.join(' + ')} is ${kb(size)} gzip, over the budget of ${kb(BUDGET.login)}`);
    });
  }

  it('gives every calling code its own small data file, for mobiles and for landlines', () => {
    const { data } = cdnFiles();
    for (const kinds of ['mobile', 'any'] as const) {
      // +1 is the largest: the US and 24 other countries share it.
      const largest = gzipOf(data(kinds, '1'));
      assert.ok(largest < 2 * 1024, `phone data of +1 (${kinds}) is ${kb(largest)}`);
      assert.deepEqual(staticImports(data(kinds, '372')), [], 'a data file imports nothing');
    }
  });
});
