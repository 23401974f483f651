import assert from 'node:assert/strict';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build } from 'esbuild';
import { html } from 'lit';
import type { Browser, Page } from 'playwright';
import { launch } from './browser.js';
import { type Running, startReferenceServer, waitForPrompt } from './servers.js';
import { importBuiltPackage } from '../support/built-package.js';

// A server-rendered page as a Next.js or Nuxt page is made: the page module imports the package
// in Node (here, this process, which has no DOM), writes the tag into the HTML per request, and
// the browser upgrades it from the module script. The second suite renders the widget itself on
// the server, to declarative shadow DOM with @lit-labs/ssr, and the browser hydrates it.
describe('a server-rendered page with the tag, upgraded in the browser', () => {
  let api: Running;
  let site: Running;
  let browser: Browser;

  before(async () => {
    // As a page module would: the package by its name, in Node; it must load without a DOM.
    const { SuccessEvent } = await importBuiltPackage();
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    const successName = SuccessEvent.eventName;
    ({ site, api } = await startSiteAndApi((url, apiUrl) => page(url, apiUrl, successName)));
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

// The widget rendered on the server: @lit-labs/ssr writes each element's shadow tree into the HTML
// as declarative shadow DOM, so the form shows before any script runs, and the browser, loading
// @lit-labs/ssr-client's hydrate support before the package, hydrates those trees in place.
describe('a page with the widget rendered by @lit-labs/ssr, hydrated in the browser', () => {
  let api: Running;
  let site: Running;
  let browser: Browser;
  let bundle: string;
  const errors: string[] = [];

  before(async () => {
    const { SuccessEvent } = await importBuiltPackage();
    // The page's script as an app's bundler makes it: hydrate support first, then the built package
    // (by its name, so dist/ as published), with the locales and phone data as chunks of their own.
    bundle = mkdtempSync(join(tmpdir(), 'phone-login-ssr-'));
    await build({
      stdin: { contents: HYDRATE_ENTRY, resolveDir: resolve('.'), sourcefile: 'page.js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: bundle,
      logLevel: 'warning',
    });
    ({ site, api } = await startSiteAndApi((url, apiUrl) => ssrPage(url, apiUrl, SuccessEvent.eventName), { '/hydrate/': bundle }));
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    if (bundle) rmSync(bundle, { recursive: true, force: true });
  });

  it('sends the form in the HTML: declarative shadow roots, in the page language', async () => {
    const body = await (await fetch(`${site.url}/?lang=et`)).text();
    assert.match(body, /<phone-login [^>]*lang="et"[^>]*>\s*<template shadowroot="open" shadowrootmode="open">/);
    assert.match(body, /Telefoninumber/);
    assert.match(body, /<h2 slot="header">Sign in<\/h2>/);
  });

  it('shows the form with JavaScript off: the text comes from the HTML alone', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/?lang=et`);
    assert.equal(await page.locator('phone-login [part~="label"]').textContent(), 'Telefoninumber');
    assert.ok(await page.locator('phone-login [part~="submit"]', { hasText: 'Jätka' }).isVisible());
    assert.ok(await page.locator('phone-login [part~="dial"]', { hasText: '+372' }).isVisible());
    await context.close();
  });

  it('hydrates the server\'s trees in place: the same nodes, one shadow tree each, nothing twice', async () => {
    const page = await browser.newPage();
    watch(page);
    // The script waits until the page has been looked at as the server sent it.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/hydrate/stdin.js', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${site.url}/?lang=et`, { waitUntil: 'commit' });
    await page.locator('phone-login [part~="label"]', { hasText: 'Telefoninumber' }).waitFor();
    const before = await page.evaluate(() => {
      const label = document.querySelector('phone-login')!.shadowRoot!.querySelector('phone-login-number')!.shadowRoot!.querySelector('label')!;
      (label as HTMLLabelElement & { fromServer?: boolean }).fromServer = true;
      return { defined: customElements.get('phone-login') !== undefined, text: label.textContent };
    });
    assert.deepEqual(before, { defined: false, text: 'Telefoninumber' });
    release();
    await hydrated(page);
    const after = await page.evaluate(() => {
      const login = document.querySelector('phone-login')!;
      const number = login.shadowRoot!.querySelector('phone-login-number')!;
      const country = number.shadowRoot!.querySelector('phone-login-country')!;
      const status = login.shadowRoot!.querySelector('phone-login-status')!;
      const label = number.shadowRoot!.querySelectorAll('label');
      return {
        sameLabel: (label[0] as HTMLLabelElement & { fromServer?: boolean }).fromServer === true,
        labels: label.length,
        inputs: number.shadowRoot!.querySelectorAll('input').length,
        boxes: login.shadowRoot!.querySelectorAll('[part~="base"]').length,
        forms: login.shadowRoot!.querySelectorAll('form').length,
        fields: login.shadowRoot!.querySelectorAll('phone-login-number').length,
        triggers: country.shadowRoot!.querySelectorAll('[part~="trigger"]').length,
        regions: status.shadowRoot!.querySelectorAll('[role="status"]').length,
        templates: document.querySelectorAll('template').length,
        headers: login.querySelectorAll('[slot="header"]').length,
        submit: login.shadowRoot!.querySelector('[part~="submit"]')!.textContent!.trim(),
      };
    });
    assert.deepEqual(after, {
      sameLabel: true,
      labels: 1,
      inputs: 1,
      boxes: 1,
      forms: 1,
      fields: 1,
      triggers: 1,
      regions: 1,
      templates: 0,
      headers: 1,
      submit: 'Jätka',
    });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('takes input once hydrated, logs in with Mobile ID, and the page script gets the token', async () => {
    const page = await browser.newPage();
    watch(page);
    await page.goto(`${site.url}/`);
    await hydrated(page);
    const input = page.locator('phone-login input');
    await input.pressSequentially('51234567');
    // Typing never waits for the phone data; once it is in, the number shows formatted.
    await page.locator('phone-login-number').evaluate((el) => (el as HTMLElement & { metadataReady: Promise<void> }).metadataReady);
    assert.equal(await input.inputValue(), '5123 4567');
    await input.press('Enter');
    const code = (await page.locator('phone-login [part~="code"]').textContent())!.trim();
    const prompt = await waitForPrompt(api.url, code);
    await fetch(`${api.url}/__phone/prompts/${prompt.uuid}/approve`, { method: 'POST' });
    await page.locator('#token').filter({ hasText: /.{20,}/ }).waitFor();
    await page.locator('phone-login [part~="success"]').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('reports a wrong number once hydrated, in the error the server rendered empty', async () => {
    const page = await browser.newPage();
    watch(page);
    await page.goto(`${site.url}/?lang=et`);
    await hydrated(page);
    const input = page.locator('phone-login input');
    await input.pressSequentially('12');
    await input.press('Enter');
    const error = page.locator('phone-login-number [part~="error"]');
    await error.filter({ hasText: /\S/ }).waitFor();
    assert.ok(await error.isVisible());
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('after a reload mid-login, hydrates the phone form the server sent, then the browser takes the login up', async () => {
    const page = await browser.newPage();
    watch(page);
    await page.goto(`${site.url}/`);
    await hydrated(page);
    await page.locator('phone-login input').pressSequentially('5123 4567');
    await page.locator('phone-login input').press('Enter');
    const code = (await page.locator('phone-login [part~="code"]').textContent())!.trim();
    // The server knows nothing of this tab's sessionStorage: it sends the phone form again.
    await page.reload();
    await hydrated(page);
    assert.equal((await page.locator('phone-login [part~="code"]').textContent())!.trim(), code);
    const prompt = await waitForPrompt(api.url, code);
    await fetch(`${api.url}/__phone/prompts/${prompt.uuid}/approve`, { method: 'POST' });
    await page.locator('#token').filter({ hasText: /.{20,}/ }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('hydrates the country the server rendered, then shows the one this browser remembered', async () => {
    // The server knows no browser's storage (nor languages): it renders no country.
    assert.match(await (await fetch(`${site.url}/?remember`)).text(), /<span part="flag"[^>]*>(<!--[^>]*-->)*🌐/);
    const page = await browser.newPage();
    watch(page);
    await page.addInitScript(() => localStorage.setItem('phone-login:country', 'FI'));
    await page.goto(`${site.url}/?remember`);
    await hydrated(page);
    await page.locator('phone-login [part~="dial"]', { hasText: '+358' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  /** Collects the page's uncaught errors and console errors (a hydration mismatch throws). */
  function watch(page: Page): void {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // The browser's own request for /favicon.ico is no error of the page's.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
    });
  }
});

/** Resolves once every element of the widget has hydrated and finished updating. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const login = document.querySelector('phone-login');
    if (!customElements.get('phone-login') || !login?.shadowRoot) return false;
    const number = login.shadowRoot.querySelector('phone-login-number');
    const country = number?.shadowRoot?.querySelector('phone-login-country');
    const all = [login, number, country, login.shadowRoot.querySelector('phone-login-status')];
    if (all.some((el) => !el || el.hasAttribute('defer-hydration'))) return false;
    await Promise.all(all.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    return all.every((el) => (el as unknown as { hasUpdated: boolean }).hasUpdated);
  });
}

/** The page's script: @lit-labs/ssr-client's hydrate support must load before Lit and the package. */
const HYDRATE_ENTRY = `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'phone-login';`;

/** The page with the widget rendered by @lit-labs/ssr for `url`, as a server framework would send it. */
async function ssrPage(url: URL, api: string, successName: string): Promise<string> {
  const lang = url.searchParams.get('lang') === 'et' ? 'et' : 'en';
  const remember = url.searchParams.has('remember');
  const widget = await collectResult(
    render(
      html`<phone-login endpoint="${api}/api/auth-valimo/" lang=${lang} default-country=${remember ? '' : 'EE'} ?remember-country=${remember}><h2 slot="header">Sign in</h2></phone-login>`,
    ),
  );
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Rendered by @lit-labs/ssr</title>
<script type="module" src="/hydrate/stdin.js"></script></head>
<body>
${widget}
<output id="token"></output>
<script type="module">
  document.querySelector('phone-login').addEventListener(${JSON.stringify(successName)}, (event) => {
    document.getElementById('token').textContent = event.detail.token;
  });
</script>
</body>
</html>`;
}

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

/**
 * The page server and the reference server with the simulated phone (Mobile ID), which allows the
 * page's origin: the page server starts first, so `render` gets the API's URL per request.
 */
async function startSiteAndApi(
  render: (url: URL, api: string) => string | Promise<string>,
  statics?: Record<string, string>,
): Promise<{ site: Running; api: Running }> {
  let api: Running | undefined;
  const site = await servePages((url) => render(url, api!.url), statics);
  api = await startReferenceServer({
    PHONE_LOGIN_CHALLENGE: 'simulated',
    PHONE_LOGIN_SIMULATED_METHOD: 'message',
    PHONE_LOGIN_ALLOW_ORIGINS: site.url,
    PHONE_LOGIN_PROMPT_COOLDOWN: '0',
  });
  return { site, api };
}

/** Renders `/` per request with `render`, and serves the files under each of `statics`' URL prefixes from its folder. */
async function servePages(
  render: (url: URL) => string | Promise<string>,
  statics: Record<string, string> = { '/dist/cdn/': 'dist/cdn' },
): Promise<Running> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(await render(url));
      return;
    }
    for (const [prefix, dir] of Object.entries(statics)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = normalize(join(dir, url.pathname.slice(prefix.length)));
      if (file.startsWith(normalize(dir) + sep) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
