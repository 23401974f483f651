import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FailureEvent } from '../../../src/events.js';
import '../../../src/index.js';
import { loadTerms } from '../../../src/i18n/load.js';
import type { PhoneLogin } from '../../../src/phone-login/phone-login.js';
import { FakeClock, flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';

interface Sent {
  path: string;
  headers: Headers;
}

/** Replaces `window.fetch` with one that records each request and answers with `respond(path)`. */
function stubFetch(respond: (path: string) => Response) {
  const original = window.fetch;
  const sent: Sent[] = [];
  window.fetch = (async (url: URL | string, init: RequestInit = {}) => {
    const path = new URL(String(url)).pathname;
    sent.push({ path, headers: new Headers(init.headers) });
    return respond(path);
  }) as typeof window.fetch;
  return { sent, restore: () => (window.fetch = original) };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A server that starts a login, keeps it pending on every poll, and cancels it on request. */
const pendingServer = (path: string) =>
  path.endsWith('/cancel/')
    ? json(200, authResult({ state: 'Canceled' }))
    : path.endsWith('/result/')
      ? json(200, authResult({ state: 'Processing' }))
      : json(201, authResult());

const part = (el: PhoneLogin, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const numberEl = (el: PhoneLogin) => el.shadowRoot!.querySelector('phone-login-number')!;
const input = (el: PhoneLogin) => numberEl(el).shadowRoot!.querySelector('input')!;
const fieldError = (el: PhoneLogin) => numberEl(el).shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
const statusText = (el: PhoneLogin) =>
  el.shadowRoot!.querySelector('phone-login-status')!.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

async function settle(el: PhoneLogin) {
  await flush();
  await el.updateComplete;
  await numberEl(el)?.updateComplete;
}

/** Types a number with the keyboard and submits it. */
async function submitNumber(el: PhoneLogin, text = '5123 4567') {
  input(el).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('<phone-login> against server extensions', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => {
    fetchStub?.restore();
    fetchStub = undefined;
  });

  /** Mounts the widget on the default fetch client, answered by `respond`. */
  async function mount(respond: (path: string) => Response, attributes: { accessToken?: string } = {}) {
    fetchStub = stubFetch(respond);
    const clock = new FakeClock();
    const el = await fixture<PhoneLogin>(
      html`<phone-login default-country="EE" access-token=${ifDefined(attributes.accessToken)} .clock=${clock}></phone-login>`,
    );
    return { el, clock, sent: fetchStub.sent };
  }

  describe('access-token', () => {
    it('is sent as a bearer on start, result and cancel; a new value counts from the next request', async () => {
      const { el, sent } = await mount(pendingServer, { accessToken: 'tok-1' });
      expect(el.accessToken).to.equal('tok-1');
      expect(el.hasAttribute('access-token')).to.equal(true);
      await submitNumber(el);
      await waitUntil(() => sent.length === 2, 'start, then the first poll');
      el.cancel();
      await waitUntil(() => sent.length === 3, 'the cancel');
      expect(sent.map((s) => [s.path, s.headers.get('Authorization')])).to.deep.equal([
        ['/api/auth-valimo/', 'Bearer tok-1'],
        ['/api/auth-valimo/result/', 'Bearer tok-1'],
        ['/api/auth-valimo/cancel/', 'Bearer tok-1'],
      ]);

      // The host refreshes the token between logins, as a property.
      el.accessToken = 'tok-2';
      await settle(el);
      await submitNumber(el, '');
      await waitUntil(() => sent.length === 5);
      expect(sent.slice(3).map((s) => s.headers.get('Authorization'))).to.deep.equal(['Bearer tok-2', 'Bearer tok-2']);
      expect(el.getAttribute('access-token')).to.equal('tok-1', 'the property is not reflected');
    });

    it('sends no Authorization header at all without it', async () => {
      const { el, sent } = await mount(pendingServer);
      expect(el.accessToken).to.equal('');
      await submitNumber(el);
      await waitUntil(() => sent.length === 2);
      el.cancel();
      await waitUntil(() => sent.length === 3);
      expect(sent.map((s) => s.headers.has('Authorization'))).to.deep.equal([false, false, false]);
    });

    it('leaves a replaced client alone', async () => {
      fetchStub = stubFetch(pendingServer);
      const client = new ScriptedClient();
      const el = await fixture<PhoneLogin>(html`<phone-login default-country="EE" access-token="tok-1" .client=${client}></phone-login>`);
      await submitNumber(el);
      expect(client.of('start')).to.have.length(1);
      expect(fetchStub.sent).to.have.length(0);
    });

    it('says the page expired when the server refuses the token (401 access_token_invalid)', async () => {
      const { el } = await mount(() =>
        json(401, { detail: 'This login page has expired. Reload it and try again.', code: 'access_token_invalid' }, { 'WWW-Authenticate': 'Bearer' }),
        { accessToken: 'stale' },
      );
      const failure = oneEvent(el, 'failure') as Promise<FailureEvent>;
      await submitNumber(el);
      expect((await failure).detail.reason).to.equal('access_denied');
      await settle(el);
      expect(part(el, 'error')!.textContent).to.equal('This login page has expired. Reload the page and try again.');
    });

    it('still says the method is disabled on a 401 without that code (plain Waldur)', async () => {
      const { el } = await mount(() => json(401, { detail: 'Authentication credentials were not provided.' }));
      const failure = oneEvent(el, 'failure') as Promise<FailureEvent>;
      await submitNumber(el);
      expect((await failure).detail.reason).to.equal('method_disabled');
      await settle(el);
      expect(part(el, 'error')!.textContent).to.equal('Phone login is turned off on this site. Please use another login method.');
    });

    it('keeps the user on the phone form when the token is for another number (403 access_token_phone_mismatch)', async () => {
      const { el } = await mount(
        () => json(403, { detail: 'This page may only log in the number it was opened for.', code: 'access_token_phone_mismatch' }),
        { accessToken: 'bound' },
      );
      await submitNumber(el);
      await waitUntil(() => fieldError(el).textContent === 'This page can only log in the phone number it was opened for.', 'the mismatch is worded');
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(input(el).value).to.equal('5123 4567');
      await waitUntil(() => statusText(el) === 'This page can only log in the phone number it was opened for.');
      // Editing the number puts the complaint away, as with the server's own text.
      input(el).focus();
      await sendKeys({ type: '8' });
      await settle(el);
      expect(fieldError(el).hidden).to.equal(true);
    });
  });

  describe('start refusals with a code', () => {
    it('words country_not_allowed at the field in the widget language, not the server text', async () => {
      const { el } = await mount(() => json(400, { phone: ['Country XY is not served.'], code: 'country_not_allowed' }));
      await submitNumber(el);
      await waitUntil(() => fieldError(el).textContent === 'Numbers from this country cannot be used here.', 'the refusal is worded');
      await waitUntil(() => statusText(el) === 'Numbers from this country cannot be used here.');
    });

    it('keeps showing the server text for a 400 without a known code', async () => {
      const { el } = await mount(() => json(400, { phone: ['Country XY is not served.'] }));
      await submitNumber(el);
      await waitUntil(() => fieldError(el).textContent === 'Country XY is not served.', "the server's text is shown");
    });

    it('words sms_budget with its wait, blocks the form for Retry-After, then lets the user try again', async () => {
      const { el, clock, sent } = await mount(() =>
        json(429, { detail: 'The SMS budget is spent.', code: 'sms_budget' }, { 'Retry-After': '600' }),
      );
      await submitNumber(el);
      const words = 'We cannot send codes to this country right now. Try again in 10 minutes, or use another login method.';
      await waitUntil(() => part(el, 'error')?.textContent === words, 'the SMS budget is worded');
      await waitUntil(() => statusText(el) === words);
      expect(part(el, 'submit')!.getAttribute('aria-disabled')).to.equal('true');
      part(el, 'submit')!.click();
      await settle(el);
      expect(sent).to.have.length(1);
      await clock.advance(600_000);
      await settle(el);
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'submit')!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('keeps the generic sentence for a 429 without the code', async () => {
      const { el } = await mount(() => json(429, { detail: 'Slow down.' }, { 'Retry-After': '45' }));
      await submitNumber(el);
      await waitUntil(() => part(el, 'error')?.textContent === 'Too many attempts. Try again in 45 seconds.', 'the 429 is worded');
    });

    it('words sms_budget in the page language', async () => {
      const de = await loadTerms('de');
      fetchStub = stubFetch(() => json(429, { code: 'sms_budget' }, { 'Retry-After': '45' }));
      const el = await fixture<PhoneLogin>(html`<phone-login lang="de" default-country="EE"></phone-login>`);
      await waitUntil(() => part(el, 'submit')?.textContent?.trim() === de.submit);
      await submitNumber(el);
      // The answer goes through fetch, JSON parsing and a render: wait for its words, not for a number of ticks.
      await waitUntil(() => part(el, 'error')?.textContent === de.smsBudget(45), 'the SMS budget is worded in German');
      expect(de.smsBudget(45)).to.contain('in 45 Sekunden');
    });
  });

  describe('Mobile ID reasons', () => {
    const sentences: Record<string, string> = {
      not_mobile_id_user: 'This number has no Mobile ID. Use another login method or ask your mobile operator.',
      phone_unreachable: 'Your phone could not be reached. Check that it is on and has a signal, then try again.',
      pin_blocked: 'Your Mobile ID PIN is blocked. Unblock it with your PUK code or ask your mobile operator.',
      card_blocked: 'The Mobile ID on your SIM card is blocked. Contact your mobile operator.',
      no_certificate: 'Your SIM card has no valid Mobile ID certificate. Contact your mobile operator.',
      certificate_revoked: 'Your Mobile ID certificate has been revoked. Contact your mobile operator.',
      invalid_signature: "Your phone's answer could not be verified. Please try again.",
    };
    for (const [reason, sentence] of Object.entries(sentences)) {
      it(`shows its own sentence for ${reason}`, async () => {
        const client = new ScriptedClient();
        const el = await fixture<PhoneLogin>(html`<phone-login default-country="EE" .client=${client}></phone-login>`);
        await submitNumber(el);
        client.last('start').resolve(authResult());
        await settle(el);
        const failure = oneEvent(el, 'failure') as Promise<FailureEvent>;
        client.last('result').resolve(authResult({ state: 'Canceled', details: 'Fault.', reason }));
        expect((await failure).detail).to.deep.include({ reason, details: 'Fault.' });
        await settle(el);
        expect(part(el, 'error')!.textContent).to.equal(sentence);
        await waitUntil(() => statusText(el) === sentence);
      });
    }
  });
});
