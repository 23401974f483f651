import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright';
import { createLoginHandler } from '../../server/handler.js';
import { toNodeListener } from '../../server/node.js';
import { ValimoProvider } from '../../server/providers/valimo/index.js';
import { en } from '../../src/i18n/locales/en.js';
import { StandInMssp, type Step } from '../stand-ins/mssp/mssp.js';
import { providerOptions, valimoEnv } from '../stand-ins/mssp/harness.js';
import { makeTestPki, type TestPki } from '../stand-ins/mssp/pki.js';
import { SmsCxStandIn } from '../stand-ins/smscx.js';
import { launch } from './browser.js';
import { serveStatic, startReferenceServer, type Running } from './servers.js';

const SECRET = 'an-end-to-end-server-secret-of-32-bytes-at-least';
const API_KEY = 'the-host-backends-api-key-0123456789';

/** Writes the page of the site: the CDN file, the widget pointed at `api`, a strict CSP. */
function writePage(dir: string, api: string): void {
  copyFileSync('test/e2e/cdn-page/page.js', join(dir, 'page.js'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${api}">
<script type="module" src="/dist/cdn/phone-login.js"></script></head>
<body><phone-login endpoint="${api}/api/auth-valimo/" default-country="EE"></phone-login><script type="module" src="/page.js"></script></body></html>`,
  );
}

/** Types a national number and submits it, as a user does. */
async function submitNumber(page: Page, national: string): Promise<void> {
  const input = page.locator('phone-login input');
  await input.pressSequentially(national);
  await input.press('Enter');
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { events: { type: string; detail: Record<string, string> }[] }).events);

async function text(page: Page, part: string): Promise<string> {
  const locator = page.locator(`phone-login [part~="${part}"]`);
  await locator.waitFor();
  return (await locator.textContent())!.trim();
}

async function redeem(api: string, token: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${api}/api/auth-valimo/verify/`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  return (await response.json()) as Record<string, unknown>;
}

describe('Mobile ID over a Valimo MSSP, from the widget (a strict stand-in MSSP with mutual TLS)', () => {
  let pki: TestPki;
  let mssp: StandInMssp;
  let browser: Browser;
  let bin: Running;
  let fast: { url: string; close(): void };
  let site: Running;
  const dir = mkdtempSync(join(tmpdir(), 'phone-login-valimo-'));

  before(async () => {
    pki = makeTestPki();
    mssp = await StandInMssp.start({ pki });
    site = await serveStatic({ '/dist/': 'dist', '/': dir });
    const usersFile = join(dir, 'users.json');
    writeFileSync(usersFile, JSON.stringify({ 'PNOEE-38001085718': 'user-42' }));
    // The bin as an operator runs it: settings from the environment, certificates from files.
    bin = await startReferenceServer({
      PHONE_LOGIN_CHALLENGE: 'valimo',
      PHONE_LOGIN_TOKEN_SECRET: SECRET,
      PHONE_LOGIN_API_KEY: API_KEY,
      PHONE_LOGIN_ALLOW_ORIGINS: site.url,
      PHONE_LOGIN_USERS: usersFile,
      ...valimoEnv(pki, mssp),
    });
    // The same server in this process with a fast status schedule, for the many failure outcomes.
    const provider = new ValimoProvider(providerOptions(pki, mssp));
    const handler = createLoginHandler({ provider, allowedOrigins: [site.url], log: undefined });
    const server: Server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fast = {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => {
        provider.close();
        handler.close();
        server.closeAllConnections();
        server.close();
      },
    };
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await bin?.close();
    fast?.close();
    await mssp?.close();
    await site?.close();
    pki?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the code the phone shows; approved on the phone, the page gets a token the host redeems for its user', async () => {
    writePage(dir, bin.url);
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await submitNumber(page, '5123 4567');
    const code = await text(page, 'code');
    const transaction = await mssp.transaction('+37251234567');
    assert.equal(transaction.dataToBeSigned, `Login code: ${code}`, 'the phone and the page show the same code');
    await mssp.queried(transaction, 1);
    mssp.approve(transaction);
    await page.locator('phone-login [part~="success"]').waitFor();
    const [event] = await events(page);
    assert.equal(event!.type, 'success');
    assert.deepEqual(await redeem(bin.url, event!.detail.token!), { valid: true, subject: 'user-42', phone: '+37251234567', uuid: event!.detail.uuid, ...(await claimsTimes(event!.detail.token!)) });
    await page.close();
  });

  const outcomes: [string, Step, keyof typeof en.failures][] = [
    ['rejects on the phone', { fault: 401, text: 'User cancel.' }, 'user_cancel'],
    ['does not answer in time', { status: 208 }, 'timeout'],
    ['cannot be reached', { status: 209 }, 'phone_unreachable'],
    ['has a blocked PIN', { status: 402 }, 'pin_blocked'],
    ['has a blocked SIM card', { status: 403 }, 'card_blocked'],
    ['has no signing certificate', { status: 422 }, 'no_certificate'],
    ['signs with a revoked certificate', { status: 501 }, 'certificate_revoked'],
    ['signs with an invalid signature', { status: 503 }, 'invalid_signature'],
  ];
  let serial = 0;
  for (const [name, step, reason] of outcomes) {
    it(`says so in its own sentence when the user ${name}`, async () => {
      writePage(dir, fast.url);
      const national = `5555 ${String(1000 + serial++)}`;
      const msisdn = `+372${national.replace(' ', '')}`;
      mssp.script(msisdn, { status: [step] });
      const page = await browser.newPage();
      await page.goto(`${site.url}/`);
      await submitNumber(page, national);
      assert.equal(await text(page, 'error'), en.failures[reason]);
      assert.equal((await events(page))[0]!.detail.reason, reason);
      await page.close();
    });
  }

  it('says the number has no Mobile ID when the MSSP does not know it', async () => {
    writePage(dir, fast.url);
    mssp.script('+37255559999', { start: { status: 105 } });
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await submitNumber(page, '5555 9999');
    assert.equal(await text(page, 'error'), en.failures.not_mobile_id_user);
    await page.close();
  });
});

describe('SMS.cx codes, from the widget (a strict stand-in of the SMS.cx API)', () => {
  let smscx: SmsCxStandIn;
  let browser: Browser;
  let bin: Running;
  let site: Running;
  const dir = mkdtempSync(join(tmpdir(), 'phone-login-smscx-'));

  before(async () => {
    smscx = await SmsCxStandIn.start();
    site = await serveStatic({ '/dist/': 'dist', '/': dir });
    bin = await startReferenceServer({
      PHONE_LOGIN_CHALLENGE: 'smscx',
      PHONE_LOGIN_TOKEN_SECRET: SECRET,
      PHONE_LOGIN_API_KEY: API_KEY,
      PHONE_LOGIN_APP_NAME: 'Shop',
      PHONE_LOGIN_ALLOW_ORIGINS: site.url,
      PHONE_LOGIN_WEBOTP_HOST: '127.0.0.1',
      SMSCX_API_KEY: smscx.apiKey,
      SMSCX_URL: smscx.url,
      SMSCX_FROM: 'Shop',
    });
    writePage(dir, bin.url);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await bin?.close();
    await smscx?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs in with the code SMS.cx texted, in two requests to SMS.cx, after one wrong code', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await submitNumber(page, '5123 4568');
    const pin = page.locator('phone-login phone-login-pin input');
    await pin.waitFor();
    const sms = smscx.inbox.at(-1)!;
    assert.equal(sms.to, '+37251234568');
    assert.match(sms.body, /^Shop: your login code is (\d{6})\. It expires in 5 min\.\n\n@127\.0\.0\.1 #\1$/);
    const code = /code is (\d{6})/.exec(sms.body)![1]!;
    await pin.pressSequentially(code === '000000' ? '111111' : '000000');
    const error = page.locator('phone-login phone-login-pin [part~="error"]');
    await error.filter({ hasText: '2 attempts' }).waitFor();
    assert.equal((await error.textContent())?.trim(), en.wrongCode(2));
    await pin.pressSequentially(code);
    await page.locator('phone-login [part~="success"]').waitFor();
    const [event] = await events(page);
    assert.equal((await redeem(bin.url, event!.detail.token!)).valid, true);
    assert.deepEqual([smscx.count('POST /otp'), smscx.count('POST /otp/{id}')], [1, 2], 'one code made, two checks (one wrong)');
    await page.close();
  });
});

/** The `iat` and `exp` a token carries, for comparing a whole verify/ answer. */
async function claimsTimes(token: string): Promise<{ iat: number; exp: number }> {
  const { iat, exp } = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { iat: number; exp: number };
  return { iat, exp };
}
