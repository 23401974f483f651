import assert from 'node:assert/strict';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright';
import { launch } from './browser.js';
import { startReferenceServer, type Running } from './servers.js';

// A server-rendered page as a Next.js or Nuxt page is made: the page module imports the package
// in Node (here, this process, which has no DOM), writes the tag into the HTML per request, and
// the browser upgrades it from the module script. Declarative shadow DOM from @lit-labs/ssr is not
// used: the elements cannot be rendered on a server yet (see README, "Server-side rendering").
describe('a server-rendered page with the tag, upgraded in the browser', () => {
  let api: Running;
  let site: Running;
  let browser: Browser;

  before(async () => {
    // As a page module would: the package by its name, in Node; it must load without a DOM.
    const { SuccessEvent } = await import('phone-login');
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    const successName = SuccessEvent.eventName;
    // The page server first, so the API can allow its origin; pages read api.url per request.
    site = await servePages((url) => page(url, api.url, successName));
    api = await startReferenceServer({
      PHONE_LOGIN_CHALLENGE: 'simulated',
      PHONE_LOGIN_SIMULATED_METHOD: 'message',
      PHONE_LOGIN_ALLOW_ORIGINS: site.url,
      PHONE_LOGIN_PROMPT_COOLDOWN: '0',
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  it('sends the tag in the HTML, with the attributes the server chose', async () => {
    const html = await (await fetch(`${site.url}/?lang=et`)).text();
    assert.match(html, /<phone-login endpoint="[^"]+\/api\/auth-valimo\/" lang="et" default-country="EE"><h2 slot="header">Sign in<\/h2><\/phone-login>/);
  });

  it('upgrades the tag once: one shadow tree, the server-sent light DOM kept as it was', async () => {
    const page = await open(`${site.url}/`);
    const shape = await page.evaluate(() => {
      const login = document.querySelector('phone-login')!;
      return {
        upgraded: login instanceof customElements.get('phone-login')!,
        boxes: login.shadowRoot!.querySelectorAll('[part~="base"]').length,
        forms: login.shadowRoot!.querySelectorAll('form').length,
        headers: login.querySelectorAll('[slot="header"]').length,
        tags: document.querySelectorAll('phone-login').length,
      };
    });
    assert.deepEqual(shape, { upgraded: true, boxes: 1, forms: 1, headers: 1, tags: 1 });
    await page.close();
  });

  it('logs in, and the page script gets the token from success', async () => {
    const page = await open(`${site.url}/`);
    const input = page.locator('phone-login input');
    await input.pressSequentially('5123 4567');
    await input.press('Enter');
    const code = (await page.locator('phone-login [part~="code"]').textContent())!.trim();
    const prompt = await waitForPrompt(api.url, code);
    await fetch(`${api.url}/__phone/prompts/${prompt.uuid}/approve`, { method: 'POST' });
    await page.locator('#token').filter({ hasText: /.{20,}/ }).waitFor();
    await page.locator('phone-login [part~="success"]').waitFor();
    await page.close();
  });

  it('re-renders in place when the page changes its language: still one tree', async () => {
    const page = await open(`${site.url}/`);
    await page.evaluate(() => document.querySelector('phone-login')!.setAttribute('lang', 'et'));
    await page.locator('phone-login [part~="submit"]', { hasText: 'Jätka' }).waitFor();
    const forms = await page.evaluate(() => document.querySelector('phone-login')!.shadowRoot!.querySelectorAll('form').length);
    assert.equal(forms, 1);
    await page.close();
  });

  /** A new page at `url`, once `<phone-login>` is defined and has rendered. */
  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('phone-login [part~="submit"]').waitFor();
    return page;
  }
});

/** The page as an SSR framework would render it for `url`: the tag, and the scripts that upgrade it. */
function page(url: URL, api: string, successName: string): string {
  const lang = url.searchParams.get('lang') === 'et' ? 'et' : 'en';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Server-rendered</title>
<script type="module" src="/dist/cdn/phone-login.js"></script></head>
<body>
<phone-login endpoint="${api}/api/auth-valimo/" lang="${lang}" default-country="EE"><h2 slot="header">Sign in</h2></phone-login>
<output id="token"></output>
<script type="module">
  document.querySelector('phone-login').addEventListener(${JSON.stringify(successName)}, (event) => {
    document.getElementById('token').textContent = event.detail.token;
  });
</script>
</body>
</html>`;
}

/** Renders `/` per request with `render`, and serves dist/cdn/ as the page's static files. */
async function servePages(render: (url: URL) => string): Promise<Running> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(render(url));
      return;
    }
    const file = normalize(join('dist/cdn', url.pathname.replace(/^\/dist\/cdn\//, '')));
    if (url.pathname.startsWith('/dist/cdn/') && file.startsWith('dist/cdn/') && existsSync(file)) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Waits until the simulated phone holds a prompt with `code`, as a person would wait for it to ring. */
async function waitForPrompt(api: string, code: string): Promise<{ uuid: string }> {
  for (let i = 0; i < 100; i++) {
    const prompts = (await (await fetch(`${api}/__phone/prompts`)).json()) as { uuid: string; code: string }[];
    const found = prompts.find((p) => p.code === code);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no prompt with code ${code}`);
}
