// What a visitor's browser actually fetches of the CDN build for one whole SMS login: the real
// dist/cdn/ in headless Chromium, a page like the README's, the reference server's local codes.
// Each file fetched from dist/cdn/ is counted at its gzip -9 size, in three stages: the page
// loaded (nothing touched), the number field focused (the prefetch, before the first keystroke),
// and the login done (number typed, code typed, `success`).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launch } from '../test/e2e/browser.js';
import { LocalOtpProvider, SimulatedInbox, createLoginHandler, createSignedTokens, toNodeListener } from '../server/index.js';

/** One login to measure: the page's `default-country`, and the number typed as the visitor types it. */
export interface LoginCase {
  label: string;
  defaultCountry: string;
  typed: string;
}

/** The files of dist/cdn/ a login fetched by each stage, cumulative. */
export interface LoginFiles {
  onLoad: string[];
  beforeFirstKey: string[];
  whole: string[];
}

const page = (defaultCountry: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/phone-login.js"></script></head>
<body><phone-login default-country="${defaultCountry}"></phone-login><script type="module">
window.done = false;
document.querySelector('phone-login').addEventListener('success', () => (window.done = true));
</script></body></html>`;

/** Runs each case in a fresh browser context (an empty cache) and lists the files it fetched. */
export async function measureLogins(cases: readonly LoginCase[]): Promise<Map<LoginCase, LoginFiles>> {
  const inbox = new SimulatedInbox();
  const otp = new LocalOtpProvider({ sender: inbox, resendCooldownSeconds: 0 });
  const login = createLoginHandler({ provider: otp, tokens: createSignedTokens() });
  const api = toNodeListener(login);
  let current = cases[0]!;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/') res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(current.defaultCountry));
    else if (/^\/[\w.-]+\.js$/.test(path)) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(`dist/cdn${path}`));
    else api(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launch();
  const results = new Map<LoginCase, LoginFiles>();
  try {
    for (const one of cases) {
      current = one;
      const context = await browser.newContext();
      const tab = await context.newPage();
      const fetched: string[] = [];
      tab.on('requestfinished', (request) => {
        const file = new URL(request.url()).pathname.slice(1);
        if (file.endsWith('.js')) fetched.push(file);
      });
      inbox.clear();
      await tab.goto(url);
      await tab.waitForFunction(() => customElements.get('phone-login') !== undefined);
      await quiet(fetched);
      const onLoad = [...fetched];
      const number = tab.locator('phone-login phone-login-number input');
      await number.focus();
      // The field's own signal that the prefetch it started on focus has arrived.
      await number.evaluate((input) => ((input.getRootNode() as ShadowRoot).host as HTMLElement & { metadataReady: Promise<void> }).metadataReady);
      await quiet(fetched);
      const beforeFirstKey = [...fetched];
      await number.pressSequentially(one.typed);
      await number.press('Enter');
      const pin = tab.locator('phone-login phone-login-pin input');
      await pin.waitFor();
      await waitFor(() => inbox.messages().length > 0);
      const code = /code is (\d+)/.exec(inbox.messages()[0]!.body)![1]!;
      await pin.pressSequentially(code);
      await tab.waitForFunction(() => (window as unknown as { done: boolean }).done);
      await quiet(fetched);
      results.set(one, { onLoad, beforeFirstKey, whole: [...fetched] });
      await context.close();
    }
  } finally {
    await browser.close();
    otp.close();
    login.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return results;
}

/** Waits until nothing new has been fetched for 300 ms. */
async function quiet(fetched: string[]): Promise<void> {
  for (let seen = -1; seen !== fetched.length; ) {
    seen = fetched.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function waitFor(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!ready()) throw new Error('no SMS in the simulated inbox');
}
