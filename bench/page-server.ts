// A page with the real CDN build and a login API on one loopback origin, for the browser benches.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeListener, type WebHandler } from '../server/index.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/phone-login.js"></script></head>
<body><phone-login default-country="EE"></phone-login><script type="module" src="/page.js"></script></body></html>`;
// Records when each success event fired, on the page's clock in epoch milliseconds.
// Also records when the widget is first ready for typing (defined, rendered, its field rendered).
const PAGE_SCRIPT = `window.successAt = [];
const widget = document.querySelector('phone-login');
widget.addEventListener('success', () => window.successAt.push(performance.timeOrigin + performance.now()));
customElements.whenDefined('phone-login').then(async () => {
  await widget.updateComplete;
  await widget.shadowRoot.querySelector('phone-login-number').updateComplete;
  window.readyAt = performance.now();
});`;

/** Serves the page at `/`, dist/cdn/ beside it, and `api` for every other path; resolves with its URL. */
export async function servePage(api: WebHandler): Promise<{ url: string; close: () => Promise<void> }> {
  const listener = toNodeListener(api);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/') res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    else if (path === '/page.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(PAGE_SCRIPT);
    else if (/^\/[\w.-]+\.js$/.test(path)) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(`dist/cdn${path}`));
    else listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url, close };
}

/** The success events' times so far, from the page. */
export async function successTimes(page: import('playwright').Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { successAt: number[] }).successAt);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** "median M, min A, max B", rounded. */
export const spread = (xs: number[]) => `median ${Math.round(median(xs))}, min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))}`;
