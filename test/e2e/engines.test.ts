import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchEngine, type Engine, type EngineName, type EnginePage } from '../engines/engines.js';
import { within } from '../engines/processes.js';
import { serveStatic, startReferenceServer, type Running } from './servers.js';

// Logins end to end in the three browser engines: Chromium (Playwright), Firefox (Debian's
// firefox-esr through puppeteer-core over WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser
// through selenium-webdriver and WebKitWebDriver, on an Xvfb display the test starts). In each, a
// plain page loads dist/cdn/phone-login.js under a strict Content-Security-Policy and logs in
// against the reference server on another origin: Mobile ID, an SMS code pasted, an SMS code
// filled by one-time-code autofill, and one by keyboard alone.

const ALL: { name: EngineName; label: string }[] = [
  { name: 'chromium', label: 'Chromium (Playwright)' },
  { name: 'firefox', label: 'Firefox (puppeteer-core, WebDriver BiDi)' },
  { name: 'webkit', label: 'WebKit (selenium-webdriver, WebKitGTK MiniBrowser on Xvfb)' },
];
/** ENGINES=firefox,webkit runs some of them, e.g. while working on one. */
const chosen = process.env.ENGINES?.split(',').map((name) => name.trim()) ?? ALL.map((engine) => engine.name);
const ENGINES = ALL.filter((engine) => chosen.includes(engine.name));
for (const name of chosen) assert.ok(ALL.some((engine) => engine.name === name), `ENGINES: unknown engine "${name}"`);

type Win = Window & {
  events: { type: string; detail: Record<string, string> }[];
  violations: string[];
  otpRequests: number;
};

/** An Estonian mobile number of its own for each login, so no per-number limit is ever shared. */
function number(engine: number, login: number): { typed: string; e164: string } {
  const digits = `5129${engine}${login}00`;
  return { typed: `${digits.slice(0, 4)} ${digits.slice(4)}`, e164: `+372${digits}` };
}

/**
 * What has the keyboard focus, through shadow roots: "host>tag[part]". With `want`, '' unless that
 * is it (for waiting on it).
 */
function focused(want?: string): string {
  let el: Element | null = document.activeElement;
  let host = '';
  while (el?.shadowRoot?.activeElement) {
    host = el.localName;
    el = el.shadowRoot.activeElement;
  }
  const got = el ? `${host}>${el.localName}[${el.getAttribute('part') ?? ''}]` : 'none';
  return want == null || got === want ? got : '';
}

/** The deep focused element's description when its part list has `part`, else ''. */
function focusedPart(part: string): string {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const parts = el?.getAttribute('part')?.split(/\s+/) ?? [];
  return parts.includes(part) ? `${el!.localName}[${parts.join(' ')}]` : '';
}

/** The code field's input inside the widget, as a string of facts, or '' before the code step. */
function codeField(): string {
  const input = document.querySelector('phone-login')?.shadowRoot?.querySelector('phone-login-pin')?.shadowRoot?.querySelector('input');
  return input ? JSON.stringify({ autocomplete: input.getAttribute('autocomplete'), reflected: input.autocomplete, value: input.value }) : '';
}

/** Records what the code field receives (window.fieldEvents: "type" or "type:inputType"), for the record. */
function watchField(): boolean {
  const input = document.querySelector('phone-login')!.shadowRoot!.querySelector('phone-login-pin')!.shadowRoot!.querySelector('input')!;
  const seen: string[] = ((window as unknown as { fieldEvents: string[] }).fieldEvents = []);
  for (const type of ['keydown', 'paste', 'beforeinput', 'input', 'change', 'keyup']) {
    input.addEventListener(type, (e) => seen.push(`${type}${(e as InputEvent).inputType ? `:${(e as InputEvent).inputType}` : ''}`));
  }
  return true;
}

/** What watchField recorded. */
function fieldEvents(): string[] {
  return (window as unknown as { fieldEvents: string[] }).fieldEvents;
}

/** The first event the widget fired, once it has fired one. */
function firstEvent(): Win['events'][number] | undefined {
  return (window as unknown as Win).events[0];
}

/**
 * Fills the code field as each engine's own autofill does. Read from the engines' sources:
 * - Chromium (blink WebFormControlElement::SetAutofillValue): a keydown of key "Unidentified", the
 *   value set, a plain `input` Event (bubbling, composed; no inputType), `change`, then keyup.
 * - Firefox (HTMLInputElement::SetUserInput, what its form and login autofill call): `beforeinput`
 *   then an InputEvent `input` of inputType "insertReplacementText" carrying the value. Firefox
 *   itself offers no SMS codes (it does not know the one-time-code token); password managers and
 *   extensions fill through the same path.
 * - WebKit (HTMLInputElement::setValueForUser, what Safari's AutoFill calls): the value set, a
 *   plain `input` Event, then `change`.
 */
function autofill(engine: string, code: string): boolean {
  const input = document.querySelector('phone-login')!.shadowRoot!.querySelector('phone-login-pin')!.shadowRoot!.querySelector('input')!;
  const all = { bubbles: true, composed: true };
  if (engine === 'chromium') {
    input.dispatchEvent(new KeyboardEvent('keydown', { ...all, key: 'Unidentified', cancelable: true }));
    input.value = code;
    input.dispatchEvent(new Event('input', all));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keyup', { ...all, key: 'Unidentified', cancelable: true }));
  } else if (engine === 'firefox') {
    const init = { ...all, inputType: 'insertReplacementText', data: code };
    if (input.dispatchEvent(new InputEvent('beforeinput', { ...init, cancelable: true }))) {
      input.value = code;
      input.dispatchEvent(new InputEvent('input', init));
    }
  } else {
    input.value = code;
    input.dispatchEvent(new Event('input', all));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return true;
}

/**
 * Puts `text` on the page and selects it, as a person selects the code in a message to copy it:
 * the focus leaves the code field for it.
 */
function selectText(text: string): string {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  (el as HTMLElement | null)?.blur();
  const p = document.getElementById('scratch')!;
  p.textContent = text;
  const range = document.createRange();
  range.selectNodeContents(p);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  return getSelection()!.toString();
}

describe('logins in every browser engine, from the CDN file under a strict CSP', () => {
  let site: Running;
  let mobileId: Running;
  let sms: Running;
  const dir = mkdtempSync(join(tmpdir(), 'phone-login-engines-'));

  before(async () => {
    site = await serveStatic({ '/dist/': 'dist', '/': dir });
    const common = {
      PHONE_LOGIN_CHALLENGE: 'simulated',
      PHONE_LOGIN_ALLOW_ORIGINS: site.url,
      PHONE_LOGIN_SIMULATED_DELAY_MS: '200',
      // Every login has a number of its own; three engines start a dozen logins from one address.
      PHONE_LOGIN_PROMPT_COOLDOWN: '0',
    };
    [mobileId, sms] = await within(
      60_000,
      'the reference servers did not listen within 60 s',
      Promise.all([
        startReferenceServer({ ...common, PHONE_LOGIN_SIMULATED_METHOD: 'message' }),
        startReferenceServer({ ...common, PHONE_LOGIN_SIMULATED_METHOD: 'pin' }),
      ]),
    );
    // Strict: scripts and styles from this origin only, no inline code, no eval, calls to the two
    // APIs only. img-src 'self' lets Firefox and WebKit ask for /favicon.ico, which they do for any
    // page (under img-src 'none' that request of the browser's own is reported as a violation).
    const csp = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src ${mobileId.url} ${sms.url}`;
    copyFileSync('test/engines/page/watch.js', join(dir, 'watch.js'));
    for (const [file, api] of [
      ['mobile-id.html', mobileId],
      ['sms.html', sms],
    ] as const) {
      writeFileSync(
        join(dir, file),
        `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <title>Any page</title>
  <script src="/watch.js"></script>
  <script type="module" src="/dist/cdn/phone-login.js"></script>
</head>
<body>
  <phone-login endpoint="${api.url}/api/auth-valimo/" default-country="EE"></phone-login>
  <p id="scratch"></p>
</body>
</html>`,
      );
    }
  });

  after(async () => {
    await mobileId?.close();
    await sms?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The code in the SMS the simulated phone got for `e164`, read as a person reads it. */
  async function smsCode(e164: string): Promise<string> {
    for (let i = 0; i < 200; i++) {
      const inbox = (await (await fetch(`${sms.url}/__phone/sms`)).json()) as { to: string; body: string }[];
      const code = /code is ([A-Z0-9]+)/.exec(inbox.find((m) => m.to === e164)?.body ?? '')?.[1];
      if (code) return code;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no SMS to ${e164} in the simulated inbox`);
  }

  /** Approves the prompt the simulated phone shows for `e164` once it shows `code`. */
  async function approve(e164: string, code: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const prompts = (await (await fetch(`${mobileId.url}/__phone/prompts`)).json()) as { uuid: string; phone: string; code: string }[];
      const prompt = prompts.find((p) => p.phone === e164);
      if (prompt) {
        assert.equal(prompt.code, code, 'the phone shows the code the page shows');
        const answer = await fetch(`${mobileId.url}/__phone/prompts/${prompt.uuid}/approve`, { method: 'POST' });
        assert.equal(answer.status, 204);
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no prompt for ${e164} on the simulated phone`);
  }

  ENGINES.forEach(({ name, label }) => {
    const index = ALL.findIndex((engine) => engine.name === name);
    describe(label, () => {
      let engine: Engine;
      /** Violations seen on every page of this engine, checked by the last test. */
      const violations: string[] = [];

      before(async () => {
        engine = await launchEngine(name);
      });

      after(async () => {
        await engine?.close();
      });

      /** Opens `file`, runs `body`, and keeps the page's CSP violations, also when `body` fails. */
      async function withPage(file: string, body: (page: EnginePage) => Promise<void>): Promise<void> {
        const page = await engine.newPage();
        try {
          await page.goto(`${site.url}/${file}`);
          await page.waitUntil('the widget', 10_000, () => Boolean(document.querySelector('phone-login')?.shadowRoot?.querySelector('phone-login-number')));
          await body(page);
        } finally {
          violations.push(...(await page.run(() => (window as unknown as Win).violations).catch(() => [])));
          await page.close();
        }
      }

      /** Waits for the widget's first event and checks it is a success for `e164`. */
      async function assertSuccess(page: EnginePage, e164: string): Promise<void> {
        const event = await page.waitUntil('the success event', 20_000, firstEvent);
        assert.equal(event.type, 'success', JSON.stringify(event));
        assert.equal(event.detail.phone, e164);
        assert.match(event.detail.uuid, /^[0-9a-f]{32}$/);
        assert.ok(event.detail.token.length > 20, 'a token');
        await page.waitUntil('the success message', 5_000, () => Boolean(document.querySelector('phone-login')?.shadowRoot?.querySelector('[part~="success"]')));
      }

      /** Submits `typed` as the phone number and waits for the SMS code step with the field focused. */
      async function requestCode(page: EnginePage, typed: string): Promise<void> {
        await page.typeInto(['phone-login', 'phone-login-number', 'input'], typed);
        await page.press('Enter');
        await page.waitUntil('the code field', 10_000, codeField);
        await page.waitUntil('the focus in the code field', 5_000, focused, 'phone-login-pin>input[input]');
      }

      it('logs in with Mobile ID: the code shown, approved on the phone, success with a token', { timeout: 60_000 }, async (t) => {
        t.diagnostic(engine.version);
        const { typed, e164 } = number(index, 1);
        await withPage('mobile-id.html', async (page) => {
          await page.typeInto(['phone-login', 'phone-login-number', 'input'], typed);
          await page.press('Enter');
          const code = await page.waitUntil('the verification code', 10_000, () =>
            document.querySelector('phone-login')?.shadowRoot?.querySelector('[part~="code"]')?.textContent?.trim(),
          );
          assert.match(code, /^\d{4}$/);
          await approve(e164, code);
          await assertSuccess(page, e164);
        });
      });

      it('logs in with an SMS code pasted into the code field (copied with Control+C, pasted with Control+V)', { timeout: 60_000 }, async (t) => {
        const { typed, e164 } = number(index, 2);
        await withPage('sms.html', async (page) => {
          await requestCode(page, typed);
          const code = await smsCode(e164);
          // The person selects the code in the message and copies it, comes back to the code
          // field and pastes it there.
          assert.equal(await page.run(selectText, code), code);
          await page.press('Copy');
          await page.focus(['phone-login', 'phone-login-pin', 'input']);
          assert.equal(await page.run(focused), 'phone-login-pin>input[input]');
          await page.run(watchField);
          await page.press('Paste');
          await assertSuccess(page, e164);
          const seen = await page.run(fieldEvents);
          t.diagnostic(`the code field got: ${seen.join(' ')}`);
          assert.ok(seen.includes('paste') && seen.includes('input:insertFromPaste'), 'a real paste');
        });
      });

      it('logs in with an SMS code filled by one-time-code autofill, with WebOTP only where the engine has it', { timeout: 60_000 }, async (t) => {
        const { typed, e164 } = number(index, 3);
        await withPage('sms.html', async (page) => {
          await requestCode(page, typed);
          const field = JSON.parse(await page.run(codeField)) as { autocomplete: string; reflected: string };
          assert.equal(field.autocomplete, 'one-time-code', 'the field asks autofill for the SMS code');
          const webOtp = await page.run(() => ({ api: 'OTPCredential' in window, requests: (window as unknown as Win).otpRequests }));
          if (name === 'chromium') {
            // WebOTP exists in Chromium only; the widget asks it for the SMS. It cannot deliver here
            // (no phone receives SMS on this machine), so autofill below fills the field instead.
            assert.deepEqual(webOtp, { api: true, requests: 1 });
            assert.equal(field.reflected, 'one-time-code');
          } else {
            // Firefox and WebKit have no WebOTP: the widget asks nothing, and the one-time-code
            // field is how the code arrives (autofill, paste, typing).
            assert.deepEqual(webOtp, { api: false, requests: 0 });
            // Firefox does not know the one-time-code token (its reflected autocomplete reads ''),
            // so it offers no SMS codes itself; WebKit (Safari) does.
            assert.equal(field.reflected, name === 'firefox' ? '' : 'one-time-code');
          }
          await page.run(watchField);
          await page.run(autofill, name, await smsCode(e164));
          await assertSuccess(page, e164);
          t.diagnostic(`the code field got: ${(await page.run(fieldEvents)).join(' ')}`);
        });
      });

      it('logs in by keyboard alone: Tab to the number, type it, Enter, type the code', { timeout: 60_000 }, async () => {
        const { typed, e164 } = number(index, 4);
        await withPage('sms.html', async (page) => {
          // From the top of the page: the country button, then the number.
          const stops: string[] = [];
          for (let i = 0; i < 8 && !stops.includes('phone-login-number>input[input]'); i++) {
            await page.press('Tab');
            stops.push(await page.run(focused));
          }
          assert.deepEqual(stops.slice(-2), ['phone-login-country>button[trigger]', 'phone-login-number>input[input]'], stops.join(' → '));
          await page.type(typed);
          await page.press('Enter');
          await page.waitUntil('the code field', 10_000, codeField);
          await page.waitUntil('the focus in the code field', 5_000, focused, 'phone-login-pin>input[input]');
          await page.type(await smsCode(e164));
          await assertSuccess(page, e164);
          await page.waitUntil('the focus on the result', 5_000, focusedPart, 'success');
        });
      });

      it('raises no Content-Security-Policy violation: on every page above, nor when a language module loads', { timeout: 60_000 }, async () => {
        await withPage('sms.html', async (page) => {
          await page.run(() => document.documentElement.setAttribute('lang', 'et'));
          await page.waitUntil('the Estonian texts', 10_000, () =>
            document.querySelector('phone-login')?.shadowRoot?.querySelector('[part~="submit"]')?.textContent?.trim() === 'Jätka',
          );
        });
        assert.deepEqual(violations, []);
      });
    });
  });
});
