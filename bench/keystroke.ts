// Cost per keystroke of <phone-login-number> in the browser: from the input event to the end of the
// element's update (reformat, caret, validate, render), over a long typing run through 30 countries'
// numbers, typed both nationally and internationally. The real CDN build in headless Chromium.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launch } from '../test/e2e/browser.js';
import { MOBILES } from '../test/browser/phone/mobiles.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/phone-login.js"></script></head><body></body></html>`;

/** Runs in the page: types every number `rounds` times and returns one duration per keystroke. */
async function typeAll([numbers, rounds]: readonly [[string, string][], number]): Promise<number[]> {
  await customElements.whenDefined('phone-login-number');
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [country, text] of numbers) {
      const el = document.createElement('phone-login-number') as HTMLElement & { updateComplete: Promise<boolean> };
      el.setAttribute('default-country', country);
      document.body.append(el);
      await el.updateComplete;
      const input = el.shadowRoot!.querySelector('input')!;
      for (const char of text) {
        input.value += char;
        input.setSelectionRange(input.value.length, input.value.length);
        const start = performance.now();
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: char }));
        await el.updateComplete;
        samples.push(performance.now() - start);
      }
      el.remove();
    }
  }
  return samples;
}

/** Median and 99th percentile of the keystroke cost, in milliseconds. */
export async function keystrokeFigures(): Promise<void> {
  const cdn = readFileSync('dist/cdn/phone-login.js');
  const server = createServer((req, res) => {
    if (req.url === '/phone-login.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(cdn);
    else res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const numbers = MOBILES.flatMap(([country, national, , , international]) => [
      [country, national],
      [country, international],
    ]) as [string, string][];
    await page.evaluate(typeAll, [numbers, 1] as const); // warm-up: JIT and first renders
    const samples = (await page.evaluate(typeAll, [numbers, 5] as const)).sort((a, b) => a - b);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(3);
    console.log(`keystrokes: ${samples.length}; cost per keystroke (format + validate + render), ms: median ${at(0.5)}, p99 ${at(0.99)}, max ${at(1)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await keystrokeFigures();
