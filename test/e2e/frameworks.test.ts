import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright';
import { launch } from './browser.js';
import { codeFromInbox, useMethod } from './demo.js';
import { serveStatic, startReferenceServer, type Running } from './servers.js';

// One small app per framework (test/frameworks/), each built with its framework's own toolchain
// from the packed package installed as a user installs it (`npm install <tarball>`), served as
// static files from one origin, logging in against the reference server on another.
// FRAMEWORKS_TARBALL=/path/to/phone-login-x.y.z.tgz tests that tarball instead of packing this tree.

/** The apps: their folder under test/frameworks/, and where their build writes the site. */
const APPS = {
  react19: { output: 'dist' },
  react18: { output: 'dist' },
  vue3: { output: 'dist' },
  svelte5: { output: 'dist' },
  angular: { output: 'dist/browser' },
} as const;
type AppName = keyof typeof APPS;

/** The elements `<phone-login>` renders, each of which an app's import must define. */
const PARTS = ['phone-login', 'phone-login-number', 'phone-login-country', 'phone-login-pin', 'phone-login-status'];

const work = mkdtempSync(join(tmpdir(), 'phone-login-frameworks-'));
let tarball = '';
let site: Running;
let api: Running;
let browser: Browser;
const timings: string[] = [];

before(async () => {
  tarball = process.env.FRAMEWORKS_TARBALL
    ? resolve(process.env.FRAMEWORKS_TARBALL)
    : join(work, (await run('npm', ['pack', '--silent', '--pack-destination', work], process.cwd())).trim().split('\n').at(-1)!);
  const roots = Object.fromEntries(Object.entries(APPS).map(([name, { output }]) => [`/${name}/`, join(work, name, output)]));
  site = await serveStatic(roots);
  api = await startReferenceServer({
    PHONE_LOGIN_CHALLENGE: 'simulated',
    PHONE_LOGIN_SIMULATED_METHOD: 'choice',
    PHONE_LOGIN_ALLOW_ORIGINS: site.url,
    PHONE_LOGIN_SIMULATED_DELAY_MS: '100',
    // Each login has a number of its own, but the phone need not wait between prompts either.
    PHONE_LOGIN_PROMPT_COOLDOWN: '0',
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await api?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
  if (timings.length) console.log(`# install + build, total: ${timings.join('; ')}`);
});

describe('React 19: the <phone-login> tag, onsuccess', () => {
  const app = frameworkApp('react19');

  it('logs in with Mobile ID: onsuccess fires, onSuccess (an event named "Success") never does', async () => {
    const page = await app.open();
    await mobileIdLogin(page, '5123 4101');
    assert.equal(await text(page, '#camel-case'), '');
    // React did attach onSuccess, as a listener for "Success": the widget's event is "success".
    await page.locator('phone-login').evaluate((element) => element.dispatchEvent(new Event('Success')));
    assert.equal(await text(page, '#camel-case'), 'onSuccess');
  });

  it('logs in with an SMS code', async () => {
    const page = await app.open();
    await smsLogin(page, '5123 4102');
    assert.equal(await text(page, '#camel-case'), '');
  });

  it("cancels: oncancel fires, onCancel (React's own event of <dialog>) never does", async () => {
    const page = await app.open();
    await cancelLogin(page, '5123 4103');
    assert.equal(await text(page, '#camel-case'), '');
  });

  it('re-renders the widget when lang changes', async () => switchLang(await app.open()));
});

describe('React 18: PhoneLogin from phone-login/react, onSuccess', () => {
  const app = frameworkApp('react18');
  it('logs in with Mobile ID', async () => mobileIdLogin(await app.open(), '5123 4201'));
  it('logs in with an SMS code', async () => smsLogin(await app.open(), '5123 4202'));
  it('cancels: onCancel fires', async () => cancelLogin(await app.open(), '5123 4203'));
  it('re-renders the widget when lang changes', async () => switchLang(await app.open()));
});

describe('Vue 3: isCustomElement, @success', () => {
  const app = frameworkApp('vue3');
  it('logs in with Mobile ID', async () => mobileIdLogin(await app.open(), '5123 4301'));
  it('logs in with an SMS code', async () => smsLogin(await app.open(), '5123 4302'));
  it('re-renders the widget when lang changes', async () => switchLang(await app.open()));
});

describe('Angular 21: CUSTOM_ELEMENTS_SCHEMA, (success)', () => {
  const app = frameworkApp('angular');
  it('logs in with Mobile ID', async () => mobileIdLogin(await app.open(), '5123 4401'));
  it('logs in with an SMS code', async () => smsLogin(await app.open(), '5123 4402'));
  it('re-renders the widget when lang changes', async () => switchLang(await app.open()));
});

describe('Svelte 5: onsuccess', () => {
  const app = frameworkApp('svelte5');
  it('logs in with Mobile ID', async () => mobileIdLogin(await app.open(), '5123 4501'));
  it('logs in with an SMS code', async () => smsLogin(await app.open(), '5123 4502'));
  it('re-renders the widget when lang changes', async () => switchLang(await app.open()));
});

/**
 * Before the tests of the enclosing suite: copies the app out of the tree, installs its
 * dependencies and the tarball (`npm install <tarball>`), and builds it with its own script.
 */
function frameworkApp(name: AppName): { open(): Promise<Page> } {
  let page: Page | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  before(async () => {
    const dir = join(work, name);
    mkdirSync(dir);
    cpSync(join('test/frameworks', name), dir, { recursive: true, filter: (path) => !/\/(node_modules|dist|\.angular)$/.test(path) });
    const t0 = performance.now();
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], dir);
    const t1 = performance.now();
    await run('npm', ['run', 'build'], dir);
    const t2 = performance.now();
    const line = `${name} ${seconds(t2 - t0)} (install ${seconds(t1 - t0)}, build ${seconds(t2 - t1)})`;
    timings.push(line);
    console.log(`# ${line}`);
  });
  return {
    /** A fresh page of the app, the API's URL in its query, recording every `success` the widget fires. */
    async open() {
      const opened = (page = await browser.newPage());
      await opened.addInitScript(() => {
        const events: unknown[] = ((window as unknown as { successes: unknown[] }).successes = []);
        document.addEventListener('success', (event) => events.push((event as CustomEvent).detail));
      });
      await opened.goto(`${site.url}/${name}/?api=${encodeURIComponent(`${api.url}/api/auth-valimo/`)}`);
      await opened.locator('phone-login').waitFor({ state: 'attached' });
      // What the app imported must define the widget and every element it renders.
      const undefinedTags = await opened.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), PARTS);
      assert.deepEqual(undefinedTags, [], `${name}: the entry it imports left ${undefinedTags.join(', ')} undefined`);
      await opened.locator('phone-login input').waitFor();
      return opened;
    },
  };
}

/** Types a number and sends it, as a user does. */
async function enterNumber(page: Page, national: string): Promise<void> {
  const input = page.locator('phone-login phone-login-number input');
  await input.pressSequentially(national);
  await input.press('Enter');
}

/** The app shows the token of the one `success` the widget fired, for `national`. */
async function assertTokenShown(page: Page, national: string): Promise<void> {
  await page.locator('#token').filter({ hasText: /\S/ }).waitFor();
  const [detail, ...more] = await page.evaluate(() => (window as unknown as { successes: { token: string; phone: string }[] }).successes);
  assert.equal(more.length, 0);
  assert.equal(detail!.phone, `+372${national.replace(/\s/g, '')}`);
  assert.ok(detail!.token.length > 20);
  assert.equal(await text(page, '#token'), detail!.token);
}

/** Mobile ID: the page shows a code, the phone shows the same, its owner approves. */
async function mobileIdLogin(page: Page, national: string): Promise<void> {
  await useMethod(api.url, 'message');
  await enterNumber(page, national);
  const code = await text(page, 'phone-login [part~="code"]');
  assert.match(code, /^\d{4}$/);
  await answerPrompt(code, 'approve');
  await assertTokenShown(page, national);
}

/** SMS: the code from the simulated inbox, typed into the code field. */
async function smsLogin(page: Page, national: string): Promise<void> {
  await useMethod(api.url, 'pin');
  const sentAt = Date.now();
  await enterNumber(page, national);
  const code = await codeFromInbox(api.url, sentAt);
  await page.locator('phone-login phone-login-pin input').pressSequentially(code);
  await assertTokenShown(page, national);
}

/** A Mobile ID login abandoned from the page: the app counts one `cancel`. */
async function cancelLogin(page: Page, national: string): Promise<void> {
  await useMethod(api.url, 'message');
  await enterNumber(page, national);
  await page.locator('phone-login [part~="code"]').waitFor();
  await page.locator('phone-login [part~="cancel"]').click();
  await page.locator('#cancels', { hasText: '1' }).waitFor();
}

/** The app's button switches `lang`; the widget follows, in both directions. */
async function switchLang(page: Page): Promise<void> {
  const submit = page.locator('phone-login [part~="submit"]');
  assert.equal(await text(page, 'phone-login [part~="submit"]'), 'Continue');
  await page.locator('#lang').click();
  await submit.filter({ hasText: 'Jätka' }).waitFor();
  await page.locator('#lang').click();
  await submit.filter({ hasText: 'Continue' }).waitFor();
}

/** Answers the simulated phone's prompt that shows `code`. */
async function answerPrompt(code: string, verdict: 'approve' | 'reject'): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const prompts = (await (await fetch(`${api.url}/__phone/prompts`)).json()) as { uuid: string; code: string }[];
    const prompt = prompts.find((p) => p.code === code);
    if (prompt) {
      const answered = await fetch(`${api.url}/__phone/prompts/${prompt.uuid}/${verdict}`, { method: 'POST' });
      assert.ok(answered.ok, `${verdict}: HTTP ${answered.status}`);
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no prompt with code ${code} on the simulated phone`);
}

async function text(page: Page, selector: string): Promise<string> {
  const locator = page.locator(selector);
  await locator.waitFor({ state: 'attached' });
  return ((await locator.textContent()) ?? '').trim();
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a command; its output only in the error when it fails. What `npm test` tells its scripts of this package stays out. */
function run(command: string, args: string[], cwd: string): Promise<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(config_local_prefix$|package_|lifecycle_|command$)/.test(key)));
  return new Promise((done, fail) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${command} ${args.join(' ')} in ${cwd} failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`));
      else done(stdout);
    });
  });
}
