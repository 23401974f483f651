// What the widget adds to an app of each framework: every app of test/frameworks/ is installed
// from the packed package and built with its own toolchain twice, once as it is and once with
// the package's code replaced by empty modules (its types kept, so Angular's type check still
// passes), and the built JavaScript is compared, gzip -9, each file as a server sends it.
// Needs `npm run build` first (it packs this tree), or FRAMEWORKS_TARBALL=/path/to/phone-login.tgz.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Each app and where its build writes the site. */
const APPS = { react19: 'dist', react18: 'dist', vue3: 'dist', svelte5: 'dist', angular: 'dist/browser' } as const;

/** What stands in for the package's modules in the build without the widget. */
const EMPTY: Record<string, string> = {
  'dist/index.js': 'export {};\n',
  // The React 18 app renders <PhoneLogin>: without the widget, a component that renders nothing.
  'dist/react.js': 'export const PhoneLogin = () => null;\n',
};

interface Js {
  /** gzip -9 bytes of the JavaScript the page loads at start (its scripts and module preloads). */
  start: number;
  /** gzip -9 bytes of every JavaScript file of the build, the on-demand chunks included. */
  all: number;
}

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const signed = (bytes: number) => `${bytes < 0 ? '−' : '+'}${kb(Math.abs(bytes))}`;

/** The built site's JavaScript, split by what index.html loads at start. */
function measure(site: string): Js {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const atStart = new Set([...html.matchAll(/(?:src|href)="(?:\.\/)?([^"]+\.js)"/g)].map((match) => match[1]!));
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  let start = 0;
  let all = 0;
  for (const file of files) {
    const size = gz(readFileSync(join(site, file)));
    all += size;
    if (atStart.has(file)) start += size;
  }
  return { start, all };
}

/** Installs every app from the tarball, builds it with and without the widget, and prints the difference. */
export async function frameworkFigures(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'phone-login-bench-frameworks-'));
  try {
    const tarball = process.env.FRAMEWORKS_TARBALL
      ? resolve(process.env.FRAMEWORKS_TARBALL)
      : join(work, execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').at(-1)!);
    console.log('gzip -9 of the built JavaScript; "at start" is what index.html loads, "later" every chunk loaded on demand (languages, phone data) added up: a page loads a few of them');
    console.log('app      | without the widget, at start | with it, at start  | the widget adds at start | and later');
    for (const [name, output] of Object.entries(APPS)) {
      const dir = join(work, name);
      cpSync(join('test/frameworks', name), dir, { recursive: true, filter: (path) => !/\/(node_modules|dist|\.angular)$/.test(path) });
      execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: dir, stdio: 'ignore' });
      execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'ignore' });
      const withWidget = measure(join(dir, output));
      for (const [file, source] of Object.entries(EMPTY)) writeFileSync(join(dir, 'node_modules/phone-login', file), source);
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'ignore' });
      const without = measure(join(dir, output));
      const later = withWidget.all - withWidget.start - (without.all - without.start);
      console.log(
        `${name.padEnd(8)} | ${kb(without.start).padStart(28)} | ${kb(withWidget.start).padStart(18)} | ${signed(withWidget.start - without.start).padStart(24)} | ${signed(later)}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await frameworkFigures();
