// The size budgets of the CDN build, and which of its files a login needs, read from the build
// itself without a browser: test/e2e/size-budget.test.ts checks them, bench/size.ts prints them
// (and measures the same logins in Chromium, bench/size-login.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where the CDN build is. */
export const CDN = 'dist/cdn';

/** Budgets in bytes of gzip -9 (issue 12): the entry, all a page loads before the number field is used; a whole login. */
export const BUDGET = { entry: 32 * 1024, login: 50 * 1024 } as const;

/** The calling codes of the logins the budget is checked for. */
export const BUDGET_LOGINS: readonly [country: string, code: string][] = [
  ['EE', '372'],
  ['GB', '44'],
  ['US', '1'],
];

/** The gzip -9 size of a file of dist/cdn/. */
export function gzipOf(file: string): number {
  return gzipSync(readFileSync(join(CDN, file)), { level: 9 }).length;
}

/** The files a file of dist/cdn/ imports statically (minified: `import"./x.js"`, `from"./x.js"`). */
export function staticImports(file: string): string[] {
  const source = readFileSync(join(CDN, file), 'utf8');
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((match) => match[1]!);
}

/** `file` and every file it needs before it runs. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of staticImports(file)) withImports(imported, seen);
  return seen;
}

/** The CDN files by role: the entry, the phone engine, and each calling code's data file. */
export function cdnFiles(): { entry: string; engine: string; data: (kinds: 'mobile' | 'any', code: string) => string } {
  if (!existsSync(join(CDN, 'phone-login.js'))) throw new Error(`No ${CDN}/phone-login.js: run \`npm run build\` first.`);
  const all = readdirSync(CDN);
  const engine = all.find((f) => /^engine-[\w-]+\.js$/.test(f));
  if (!engine) throw new Error(`No phone engine file in ${CDN}`);
  const data = (kinds: 'mobile' | 'any', code: string) => {
    const found = all.filter((f) => f.startsWith(`phone-${kinds}-${code}-`));
    if (found.length !== 1) throw new Error(`Expected one data file of ${kinds} +${code} in ${CDN}, found ${found.length}`);
    return found[0]!;
  };
  return { entry: 'phone-login.js', engine, data };
}

/** The files a login with a number of calling code `code` loads: the entry, the engine, one data file. */
export function loginFiles(code: string, kinds: 'mobile' | 'any' = 'mobile'): string[] {
  const { entry, engine, data } = cdnFiles();
  return [...withImports(entry), ...withImports(engine), data(kinds, code)].filter((f, i, all) => all.indexOf(f) === i);
}
