import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright';
import { launch } from './browser.js';
import { type Running, serveStatic, startReferenceServer, waitForPrompt } from './servers.js';

// A plain HTML page on one origin loads dist/cdn/phone-login.js with a script tag and logs a user
// in against the reference server on another origin, under a strict Content-Security-Policy.
describe('the CDN file on a page of another origin', () => {
  let site: Running;
  let api: Running;
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'phone-login-cdn-'));

  before(async () => {
    site = await serveStatic({ '/dist/': 'dist', '/': dir });
    api = await startReferenceServer({
      PHONE_LOGIN_CHALLENGE: 'simulated',
      PHONE_LOGIN_SIMULATED_METHOD: 'message',
      PHONE_LOGIN_ALLOW_ORIGINS: site.url,
      PHONE_LOGIN_SIMULATED_DELAY_MS: '200',
      // The tests log one number in one after another, faster than a real phone would be asked twice.
      PHONE_LOGIN_PROMPT_COOLDOWN: '0',
    });
    const csp = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${api.url}`;
    copyFileSync('test/e2e/cdn-page/page.js', join(dir, 'page.js'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <title>Any page</title>
  <script type="module" src="/dist/cdn/phone-login.js"></script>
</head>
<body>
  <phone-login endpoint="${api.url}/api/auth-valimo/" default-country="EE"></phone-login>
  <script type="module" src="/page.js"></script>
</body>
</html>`,
    );
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await api?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs in and fires success with token, uuid and phone', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await page.goto(`${site.url}/`);
    const input = page.locator('phone-login input');
    await input.pressSequentially('5123 4567');
    await input.press('Enter');

    const code = (await page.locator('phone-login [part~="code"]').textContent())!.trim();
    assert.match(code, /^\d{4}$/);
    const prompt = await waitForPrompt(api.url, code);
    await fetch(`${api.url}/__phone/prompts/${prompt.uuid}/approve`, { method: 'POST' });

    await page.waitForFunction(() => (window as unknown as { events: unknown[] }).events.length > 0);
    const [event] = await page.evaluate(() => (window as unknown as { events: { type: string; detail: Record<string, string> }[] }).events);
    assert.equal(event.type, 'success');
    assert.equal(event.detail.phone, '+37251234567');
    assert.match(event.detail.uuid, /^[0-9a-f]{32}$/);
    assert.ok(event.detail.token.length > 20);
    await page.locator('phone-login [part~="success"]').waitFor();

    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
    const apiCalls = requests.filter((r) => r.includes(api.url));
    assert.ok(apiCalls.includes(`POST ${api.url}/api/auth-valimo/`));
    assert.ok(apiCalls.includes(`POST ${api.url}/api/auth-valimo/result/`));
    // The phone number and the token travel in bodies only, never in a URL.
    assert.ok(requests.every((r) => !r.includes('5123') && !r.includes(event.detail.token)));
    await page.close();
  });

  it('shows the rejection and lets the user try again', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    const input = page.locator('phone-login input');
    await input.pressSequentially('5123 4567');
    await input.press('Enter');
    const code = (await page.locator('phone-login [part~="code"]').textContent())!.trim();
    const prompt = await waitForPrompt(api.url, code);
    await fetch(`${api.url}/__phone/prompts/${prompt.uuid}/reject`, { method: 'POST' });
    await assertText(page.locator('phone-login [part~="error"]'), 'The login was canceled on the phone.');
    await page.locator('phone-login [part~="retry"]').press('Enter');
    assert.equal(await page.locator('phone-login input').inputValue(), '5123 4567');
    await page.close();
  });

  it('stands alone, and fetches a language module only when the page switches language', async () => {
    // One file for the script tag: every other file (languages, landline metadata) is a dynamic import.
    const source = readFileSync('dist/cdn/phone-login.js', 'utf8');
    assert.doesNotMatch(source, /import\s*[{*][^;()]*?from\s*["'`]/, 'no static import of another file');
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}/`);
    await assertText(page.locator('phone-login [part~="submit"]'), 'Continue');
    assert.deepEqual(loaded.filter((path) => path.startsWith('/dist/cdn/')), ['/dist/cdn/phone-login.js']);
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'et'));
    await page.locator('phone-login [part~="submit"]', { hasText: 'Jätka' }).waitFor();
    assert.ok(loaded.some((path) => /^\/dist\/cdn\/et-[\w-]+\.js$/.test(path)), loaded.join(' '));
    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), [], 'the strict CSP allows it');
    await page.close();
  });
});

async function assertText(locator: import('playwright').Locator, text: string) {
  await locator.waitFor();
  assert.equal((await locator.textContent())?.trim(), text);
}
