// Time to interactive: from navigation start (the script starts loading with the page) to a phone
// field a visitor can use, for <phone-login> (the CDN build, its phone data loaded on demand) and
// for intl-tel-input v29 with its utils (the usual baseline), in the same browser, in the same run,
// their loads interleaved. Two ways of loading intl-tel-input's utils are measured, both from its
// docs: `loadUtils: () => import(".../utils.js")` (separate file, fetched after the page's load
// event) and the single intlTelInputWithUtils bundle.
//
// "Interactive", identically for both, observed inside the page by a probe installed before any
// page script runs (addInitScript), timed with performance.now() (milliseconds since
// performance.timeOrigin, the navigation start), checked on every animation frame:
//   (a) the widget's phone input exists, rendered by the widget (phone-login: the <input type=tel>
//       in its shadow DOM; intl-tel-input: the <input type=tel> inside the .iti wrapper it builds,
//       the bare <input> before the library ran does not count), and focus() makes it the active
//       element. The probe then keeps it focused, as a visitor who starts at once would.
//   (b) typing formats: from (a) on, each frame the probe types the Estonian mobile "51234567"
//       nationally, both pages' country being EE (the value set, then an `input` event of
//       inputType insertText, as a keystroke delivers), and the field shows "5123 4567".
//       phone-login needs its engine and the +372 data chunk (the focus starts loading them);
//       intl-tel-input needs its utils. National, not "+372 …": intl-tel-input v29 shows the dial
//       code beside the flag by default (separateDialCode) and takes a typed "+372" out of the text.
// Bytes: every response body the page had received by (b) (document, scripts, CSS, images), as sent:
// JS, CSS and HTML with Content-Encoding gzip (-9), images as they are.
//
// Profiles: unthrottled loopback; a Fast 3G-like network (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s
// up; CDP Network.emulateNetworkConditions); and a mid-range phone, that network with a 4x CPU
// slowdown (Emulation.setCPUThrottlingRate). Each load is a new browser context, cache disabled.
//
// The build is read from a copy: dist/cdn is copied to a temp folder under /tmp/dist.lock (other
// work rebuilds dist/ meanwhile) and the bench serves the copy without holding the lock.
//
// Alone: `npm run build`, then `node --import tsx bench/tti.ts` (TTI_RUNS=30 loads of each page per
// profile by default; TTI_CDN=/path/to/a/copy/of/dist/cdn skips the copy). Also part of `npm run bench`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright';
import { launch } from '../test/e2e/browser.js';

const RUNS = Number(process.env.TTI_RUNS ?? 30);
/** What the probe types (an Estonian mobile, nationally), and what a formatting field shows for it. */
const TYPED = '51234567';
const FORMATTED = '5123 4567';
/** A load that has not reached (b) by then is a failure of the bench, not a slow figure. */
const TIMEOUT_MS = 60_000;

interface Library {
  name: string;
  /** The page, served at /<path>. */
  path: string;
  html: string;
  /** Where the widget's own input is (searched through open shadow roots too). */
  input: string;
}

// Every page says it has no icon: otherwise Chromium asks for /favicon.ico, a request neither library makes.
const LIBRARIES: Library[] = [
  {
    name: 'phone-login',
    path: 'phone-login.html',
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">
<script type="module" src="/cdn/phone-login.js"></script></head>
<body><phone-login default-country="EE"></phone-login></body></html>`,
    input: 'input[type=tel]',
  },
  {
    // The docs' recommended setup: the core script, utils as a separate file loaded on demand.
    name: 'intl-tel-input, loadUtils',
    path: 'iti-load-utils.html',
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/iti/css/intlTelInput.min.css"></head>
<body><input type="tel" id="phone"><script src="/iti/js/intlTelInput.min.js"></script>
<script>intlTelInput(document.querySelector('#phone'), { initialCountry: 'ee', loadUtils: () => import('/iti/js/utils.js') });</script>
</body></html>`,
    input: '.iti input[type=tel]',
  },
  {
    // The other documented setup: one bundle with the utils inside.
    name: 'intl-tel-input, WithUtils',
    path: 'iti-with-utils.html',
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/iti/css/intlTelInput.min.css"></head>
<body><input type="tel" id="phone"><script src="/iti/js/intlTelInputWithUtils.min.js"></script>
<script>intlTelInput(document.querySelector('#phone'), { initialCountry: 'ee' });</script>
</body></html>`,
    input: '.iti input[type=tel]',
  },
];

interface Profile {
  name: string;
  /** CDP Network.emulateNetworkConditions, or none. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  cpu: number;
}

const FAST_3G = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const PROFILES: Profile[] = [
  { name: 'unthrottled', cpu: 1 },
  // Lighthouse's mobile throttling figures (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up; Fast 3G-like),
  // alone and then with its 4x CPU slowdown, so that the network's share and the CPU's can be told apart.
  { name: 'Fast 3G', network: FAST_3G, cpu: 1 },
  { name: 'mid-range phone', network: FAST_3G, cpu: 4 },
];

/** One load: (a) and (b) in ms from navigation start, and the bytes received by (b). */
interface Sample {
  a: number;
  b: number;
  bytes: number;
}

/**
 * The probe, run in the page before its scripts. It is a string so that what runs in the page is
 * exactly this, not tsx's transform of it (which may add helpers the page does not have).
 */
const probe = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)}, typed = ${JSON.stringify(TYPED)}, formatted = ${JSON.stringify(FORMATTED)};
  const found = (root) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const inner = found(el.shadowRoot); if (inner) return inner; }
    return null;
  };
  const active = () => { let el = document.activeElement; while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement; return el; };
  // Everything received so far, as sent (gzip for text): the document and each finished resource.
  const bytes = () => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((sum, e) => sum + e.encodedBodySize, 0);
  const tti = (window.__tti = {});
  let input = null;
  const done = () => { tti.b = performance.now(); tti.bytes = bytes(); };
  const tick = () => {
    if (!input) {
      const candidate = document.documentElement && found(document);
      if (candidate) { candidate.focus(); if (active() === candidate) { tti.a = performance.now(); input = candidate; } }
    }
    if (input) {
      // The text a keystroke left may have been formatted since (phone-login catches up when its data arrives).
      if (input.value === formatted) return done();
      if (active() !== input) input.focus();
      input.value = typed;
      input.setSelectionRange(typed.length, typed.length);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: typed.at(-1) }));
      // Both libraries format inside the input handler.
      if (input.value === formatted) return done();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.webp': 'image/webp', '.png': 'image/png' };

/**
 * Serves the pages, the CDN build copy at /cdn/ and intl-tel-input's dist/ at /iti/, text gzip -9.
 * Not bench/page-server.ts: that one serves dist/cdn itself (not the copy), uncompressed, one page.
 */
async function serve(cdn: string): Promise<{ url: string; close: () => Promise<void> }> {
  const iti = 'node_modules/intl-tel-input/dist';
  const bodies = new Map<string, { body: Buffer; type: string; gzip: boolean }>();
  const file = (path: string): { body: Buffer; type: string; gzip: boolean } | undefined => {
    const cached = bodies.get(path);
    if (cached) return cached;
    const page = LIBRARIES.find((lib) => `/${lib.path}` === path);
    let source: Buffer | undefined;
    if (page) source = Buffer.from(page.html);
    else if (/^\/cdn\/[\w.-]+\.js$/.test(path)) source = readFileSync(join(cdn, path.slice('/cdn/'.length)));
    else if (/^\/iti\/(js|css|img)\/[\w.@-]+$/.test(path) && existsSync(join(iti, path.slice('/iti/'.length)))) source = readFileSync(join(iti, path.slice('/iti/'.length)));
    if (!source) return undefined;
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const text = !type.startsWith('image/');
    const entry = { body: text ? gzipSync(source, { level: 9 }) : source, type, gzip: text };
    bodies.set(path, entry);
    return entry;
  };
  const server = createServer((req, res) => {
    const found = file(new URL(req.url ?? '/', 'http://x').pathname);
    if (!found) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': found.type, ...(found.gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Cache-Control': 'no-store' }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url, close };
}

/** One cold load of `lib` under `profile`. */
async function measure(browser: Browser, url: string, lib: Library, profile: Profile): Promise<Sample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(probe(lib.input));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    if (profile.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await page.goto(url + lib.path, { waitUntil: 'commit' });
    // Polled slowly from outside so the waiting costs the page next to nothing; the times come from the page.
    await page.waitForFunction(() => 'b' in ((window as unknown as { __tti: object }).__tti ?? {}), null, { polling: 100, timeout: TIMEOUT_MS });
    return await page.evaluate(() => (window as unknown as { __tti: Sample }).__tti);
  } finally {
    await context.close();
  }
}

/** Copies dist/cdn to a temp folder under the shared lock; the caller removes it. */
function copyBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tti-cdn-'));
  try {
    execFileSync('flock', ['/tmp/dist.lock', 'sh', '-c', 'test -f dist/cdn/phone-login.js && cp -r dist/cdn/. "$0"', dir]);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    throw new Error('Could not copy dist/cdn (is there a build? `npm run build` first)');
  }
  return dir;
}

const quantile = (xs: number[], q: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Prints the table: per library and profile, median and p90 of (a) and (b), bytes by (b); then the ratios. */
export async function ttiFigures({ runs = RUNS } = {}): Promise<void> {
  const own = process.env.TTI_CDN;
  const cdn = own ?? copyBuild();
  const server = await serve(cdn);
  const browser = await launch();
  const results = new Map<string, Sample[]>();
  const key = (lib: Library, profile: Profile) => `${lib.name}|${profile.name}`;
  try {
    for (const profile of PROFILES) {
      // A first load of each page, not counted: the browser's own first-use costs are no library's.
      for (const lib of LIBRARIES) await measure(browser, server.url, lib, profile);
      // Interleaved, so that drift over the run (thermal, other work on the machine) falls on all alike.
      for (let i = 0; i < runs; i++) {
        for (const lib of LIBRARIES) {
          const samples = results.get(key(lib, profile)) ?? [];
          samples.push(await measure(browser, server.url, lib, profile));
          results.set(key(lib, profile), samples);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    if (!own) rmSync(cdn, { recursive: true, force: true });
  }

  const ms = (x: number) => String(Math.round(x));
  const rows: string[][] = [['library', 'profile', '(a) median', '(a) p90', '(b) median', '(b) p90', 'KB by (b)']];
  for (const profile of PROFILES) {
    for (const lib of LIBRARIES) {
      const s = results.get(key(lib, profile))!;
      const a = s.map((x) => x.a);
      const b = s.map((x) => x.b);
      rows.push([lib.name, profile.name, ms(median(a)), ms(quantile(a, 0.9)), ms(median(b)), ms(quantile(b, 0.9)), (median(s.map((x) => x.bytes)) / 1024).toFixed(1)]);
    }
  }
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  console.log(`${runs} cold loads of each page per profile, ms from navigation start; (a) input present and focusable, (b) "${TYPED}" typed shows "${FORMATTED}"; KB: gzip bodies received by (b), median`);
  for (const row of rows) console.log('  ' + row.map((cell, col) => (col < 2 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  '));
  console.log('phone-login / intl-tel-input (medians; below 1 is phone-login ahead):');
  const [ours, ...theirs] = LIBRARIES;
  for (const profile of PROFILES) {
    const mine = results.get(key(ours!, profile))!;
    for (const lib of theirs) {
      const other = results.get(key(lib, profile))!;
      const ratio = (pick: (x: Sample) => number) => (median(mine.map(pick)) / median(other.map(pick))).toFixed(2);
      console.log(`  vs ${lib.name}, ${profile.name}: (a) ${ratio((x) => x.a)}, (b) ${ratio((x) => x.b)}, bytes ${ratio((x) => x.bytes)}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await ttiFigures();
