// Prints the size of what a page downloads (gzip -9, KB of 1024 bytes): the CDN entry, the phone
// engine and the phone data files it loads on demand, the language files, what whole logins in
// EE, GB and US actually fetched in headless Chromium (bench/size-login.ts), and the npm entry's
// own code; beside the figures other login widgets publish.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGET, BUDGET_LOGINS, cdnFiles, gzipOf, loginFiles } from './size-budget.js';
import { measureLogins, type LoginCase } from './size-login.js';

/** One measured line: raw and gzip -9 bytes. */
export interface SizeLine {
  label: string;
  raw: number;
  gzip: number;
}

/** Other widgets' login in all, gzip, as their makers or bundlephobia give it (README, issue 12). */
export const PEERS: readonly [string, number][] = [
  ['Auth0 Lock', 330],
  ['FirebaseUI', 116],
  ['Stytch', 103],
  ['intl-tel-input with utils', 74.9],
  ["Hanko's elements", 46.5],
];

/** The logins measured: a visitor of the page's default country, and one from elsewhere. */
export const LOGINS: readonly LoginCase[] = [
  { label: 'EE, default EE', defaultCountry: 'EE', typed: '5123 4567' },
  { label: 'GB, default GB', defaultCountry: 'GB', typed: '07400 123456' },
  { label: 'US, default US', defaultCountry: 'US', typed: '(201) 555-0123' },
  { label: 'GB typed as +44 on an EE page', defaultCountry: 'EE', typed: '+44 7400 123456' },
  { label: 'US typed as +1 on an EE page', defaultCountry: 'EE', typed: '+1 201 555 0123' },
];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
const line = (label: string, files: string[]): SizeLine => ({
  label,
  raw: files.reduce((sum, f) => sum + statSync(join('dist/cdn', f)).size, 0),
  gzip: files.reduce((sum, f) => sum + gzipOf(f), 0),
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The data and language files of dist/cdn/. */
function sideFiles(): { dataFiles: string[]; locales: string[] } {
  const all = readdirSync('dist/cdn').filter((f) => f.endsWith('.js'));
  return { dataFiles: all.filter((f) => /^phone-(mobile|any)-\d+-/.test(f)), locales: all.filter((f) => /^[a-z]{2}-[\w-]+\.js$/.test(f)) };
}

/** Typical (median) and largest of a set of files. */
function spread(label: string, names: string[]): SizeLine[] {
  const sorted = names.map((f) => ({ f, g: gzipOf(f) })).sort((a, b) => a.g - b.g);
  const median = sorted[Math.floor(sorted.length / 2)]!.f;
  const largest = sorted.at(-1)!.f;
  return [line(`${label}, typical (${median})`, [median]), line(`${label}, largest (${largest})`, [largest])];
}

/** One line per measured file or set of files; `logins` adds the browser-measured logins. */
export async function sizes({ logins = true } = {}): Promise<SizeLine[]> {
  const cdn = { ...cdnFiles(), ...sideFiles() };
  const mobile = cdn.dataFiles.filter((f) => f.startsWith('phone-mobile-'));
  const any = cdn.dataFiles.filter((f) => f.startsWith('phone-any-'));
  // The npm entry's code: not the CDN build, the server, nor the phone data files (loaded one by one).
  const skip = [join('dist', 'cdn'), join('dist', 'node'), join('dist', 'phone', 'data')];
  const own = files('dist').filter((f) => f.endsWith('.js') && !skip.some((dir) => f.startsWith(dir)));
  const ownBytes = Buffer.concat(own.map((f) => readFileSync(f)));
  const lines: SizeLine[] = [
    line(`CDN entry, dist/cdn/phone-login.js (all a page loads until the field is focused; budget ${kb(BUDGET.entry)} KB)`, [cdn.entry]),
    line(`phone engine, libphonenumber-js core and our rules (${cdn.engine}, on focus)`, [cdn.engine]),
    line('phone data of +372 (EE)', [cdn.data('mobile', '372')]),
    line('phone data of +44 (GB, GG, IM, JE)', [cdn.data('mobile', '44')]),
    line('phone data of +1 (US and the 24 other NANP countries)', [cdn.data('mobile', '1')]),
    ...spread(`phone data of one calling code, mobile (${mobile.length} files)`, mobile),
    ...spread(`phone data of one calling code, allow-landline (${any.length} files)`, any),
    ...spread(`language file (${cdn.locales.length} files)`, cdn.locales),
    { label: `npm package own code (${own.length} modules, unminified, deps external)`, raw: ownBytes.length, gzip: gz(ownBytes) },
    // What test/e2e/size-budget.test.ts checks: the files a login needs, from the build alone.
    ...BUDGET_LOGINS.map(([country, code]) => line(`whole login in ${country} by the build's files (budget ${kb(BUDGET.login)} KB)`, loginFiles(code))),
  ];
  if (logins) {
    for (const [one, fetched] of await measureLogins(LOGINS)) {
      lines.push(line(`login ${one.label}: on load (${fetched.onLoad.join(', ')})`, fetched.onLoad));
      lines.push(line(`login ${one.label}: before the first keystroke (field focused)`, fetched.beforeFirstKey));
      lines.push(line(`login ${one.label}: whole login (${fetched.whole.join(', ')}; budget ${kb(BUDGET.login)} KB)`, fetched.whole));
    }
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = await sizes();
  for (const { label, raw, gzip } of lines) console.log(`${label}: ${kb(raw)} KB raw, ${kb(gzip)} KB gzip`);
  console.log('\nA whole login beside other widgets (KB gzip):');
  const of = (prefix: string) => kb(lines.find((l) => l.label.startsWith(prefix))!.gzip);
  for (const one of LOGINS.slice(0, 3)) {
    const stage = (name: string) => of(`login ${one.label}: ${name}`);
    console.log(`  phone-login, ${one.label}: ${stage('whole login')} (page load ${stage('on load')}, field focused ${stage('before the first keystroke')})`);
  }
  for (const [name, size] of PEERS) console.log(`  ${name}: ${size}`);
}
