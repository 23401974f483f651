// Requests per Mobile ID login and the delay from the server's OK to the widget's `success` event,
// against the reference server (long polling) and against the same server ignoring `wait`, as plain
// Waldur does. The real CDN build in headless Chromium, the real server on loopback.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launch } from '../test/e2e/browser.js';
import {
  MobileIdSimulator,
  createLoginHandler,
  createSignedTokens,
  toNodeListener,
  type WebHandler,
} from '../server/index.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/phone-login.js"></script></head>
<body><phone-login default-country="EE"></phone-login><script type="module" src="/page.js"></script></body></html>`;
const PAGE_SCRIPT = `window.successAt = [];
document.querySelector('phone-login').addEventListener('success', () => window.successAt.push(performance.timeOrigin + performance.now()));`;

/** When the simulated user approves, after the phone rings: spread so polls are caught at every phase. */
const APPROVE_AFTER_MS = [1000, 1700, 2400, 3100, 3800, 4500, 5200, 5900];

interface Figures {
  polls: number[];
  latency: number[];
}

/** Serves the page, the CDN file and the API; `ignoreWait` strips "wait" from polls before the handler sees them. */
async function serve(ignoreWait: boolean) {
  const simulator = new MobileIdSimulator({ processingDelayMs: 2000 });
  const login = createLoginHandler({ provider: simulator, tokens: createSignedTokens() });
  const polls = new Map<string, number>();
  const counting: WebHandler = {
    owns: login.owns,
    async handle(request) {
      if (!new URL(request.url).pathname.endsWith('/result/')) return login.handle(request);
      const body = (await request.json()) as Record<string, unknown>;
      polls.set(String(body.uuid), (polls.get(String(body.uuid)) ?? 0) + 1);
      if (ignoreWait) delete body.wait;
      return login.handle(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body), signal: request.signal }));
    },
  };
  const api = toNodeListener(counting);
  const cdn = readFileSync('dist/cdn/phone-login.js');
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/') res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    else if (path === '/phone-login.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(cdn);
    else if (path === '/page.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(PAGE_SCRIPT);
    else api(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const close = () => {
    simulator.close();
    login.close();
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url, simulator, polls, close };
}

async function measure(ignoreWait: boolean): Promise<Figures> {
  const { url, simulator, polls, close } = await serve(ignoreWait);
  const browser = await launch();
  const figures: Figures = { polls: [], latency: [] };
  try {
    for (const approveAfter of APPROVE_AFTER_MS) {
      const page = await browser.newPage();
      await page.goto(url);
      const input = page.locator('phone-login input');
      await input.pressSequentially('5123 4567');
      await input.press('Enter');
      while (simulator.pending().length === 0) await new Promise((r) => setTimeout(r, 10));
      const [prompt] = simulator.pending();
      await new Promise((r) => setTimeout(r, approveAfter));
      await simulator.approve(prompt.uuid);
      const okAt = Date.now();
      await page.waitForFunction(() => (window as unknown as { successAt: number[] }).successAt.length > 0);
      const [successAt] = await page.evaluate(() => (window as unknown as { successAt: number[] }).successAt);
      figures.latency.push(successAt - okAt);
      figures.polls.push(polls.get(prompt.uuid) ?? 0);
      await page.close();
    }
  } finally {
    await browser.close();
    await close();
  }
  return figures;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[]) => `median ${Math.round(median(xs))}, min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))}`;

/** Runs both servers and prints one line per figure. */
export async function pollingFigures(): Promise<void> {
  for (const [label, ignoreWait] of [['reference server (long polling)', false], ['server ignoring "wait" (plain Waldur)', true]] as const) {
    const f = await measure(ignoreWait);
    console.log(`${label}, ${f.polls.length} logins, approved 1.0–5.9 s after the phone rang (rings 2 s after start):`);
    console.log(`  result polls per login: ${fmt(f.polls)}`);
    console.log(`  OK to success event, ms: ${fmt(f.latency)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await pollingFigures();
