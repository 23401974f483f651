import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import { loadTerms } from '../../../src/i18n/load.js';
import type { PhoneLogin } from '../../../src/phone-login/phone-login.js';
import { flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';
import { stubWebOtp } from '../helpers/web-otp.js';

const part = (el: PhoneLogin, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const numberEl = (el: PhoneLogin) => el.shadowRoot!.querySelector('phone-login-number')!;
const input = (el: PhoneLogin) => numberEl(el).shadowRoot!.querySelector('input')!;
const label = (el: PhoneLogin) => input(el).labels![0]!.textContent!.trim();
const submitText = (el: PhoneLogin) => part(el, 'submit')!.textContent!.trim();

/** Resolves once the widget's submit button reads `text` (locales load asynchronously). */
async function shows(el: PhoneLogin, text: string) {
  await waitUntil(() => part(el, 'submit')?.textContent?.trim() === text, `submit never read "${text}"`);
  await numberEl(el).updateComplete;
}

describe('languages at run time', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('speaks the language of its lang attribute, and switches when it changes', async () => {
    const [et, de] = await Promise.all([loadTerms('et'), loadTerms('de')]);
    const el = await fixture<PhoneLogin>(html`<phone-login lang="et" .client=${new ScriptedClient()}></phone-login>`);
    await shows(el, et.submit);
    expect(label(el)).to.equal(et.phoneLabel);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(et.regionLabel);
    el.setAttribute('lang', 'de-AT');
    await shows(el, de.submit);
    expect(label(el)).to.equal(de.phoneLabel);
  });

  it('follows the nearest lang up the tree, through shadow roots, and the page language', async () => {
    const fi = await loadTerms('fi');
    const sv = await loadTerms('sv');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"><section><phone-login .client=${new ScriptedClient()}></phone-login></section></div>`);
    const el = wrapper.querySelector('phone-login')!;
    await shows(el, fi.submit);

    // Inside another component's shadow root, with the page's language only.
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('phone-login') as PhoneLogin;
    inner.client = new ScriptedClient();
    shadow.append(inner);
    document.documentElement.setAttribute('lang', 'sv');
    await shows(inner, sv.submit);
  });

  it('stays in English for a language it does not ship', async () => {
    const el = await fixture<PhoneLogin>(html`<phone-login lang="xx" .client=${new ScriptedClient()}></phone-login>`);
    await el.updateComplete;
    expect(submitText(el)).to.equal('Continue');
  });

  it('lets the terms property replace single texts on top of the language', async () => {
    const et = await loadTerms('et');
    const el = await fixture<PhoneLogin>(html`<phone-login lang="et" .client=${new ScriptedClient()} .terms=${{ submit: 'Sisene' }}></phone-login>`);
    await waitUntil(() => label(el) === et.phoneLabel);
    expect(submitText(el)).to.equal('Sisene');
  });

  it('names countries in the page language through Intl.DisplayNames', async () => {
    const el = await fixture<PhoneLogin>(html`<phone-login lang="de" default-country="EE" .client=${new ScriptedClient()}></phone-login>`);
    const de = await loadTerms('de');
    await shows(el, de.submit);
    const trigger = numberEl(el).shadowRoot!.querySelector('phone-login-country')!.shadowRoot!.querySelector('[part~="trigger"]')!;
    await waitUntil(() => trigger.getAttribute('aria-label')?.includes('Estland'), trigger.getAttribute('aria-label') ?? '');
  });
});

describe('right to left', () => {
  let restore: () => void;
  beforeEach(() => (restore = stubWebOtp()));
  afterEach(() => restore());

  for (const lang of ['ar', 'he']) {
    it(`lays ${lang} out right to left, keeps the number and the code left to right, and is accessible`, async () => {
      const terms = await loadTerms(lang);
      const client = new ScriptedClient();
      const el = await fixture<PhoneLogin>(html`<phone-login lang=${lang} default-country="EE" .client=${client}></phone-login>`);
      await shows(el, terms.submit);
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      expect(getComputedStyle(input(el)).direction).to.equal('ltr', 'the phone number reads left to right');
      await expect(el).to.be.accessible();

      input(el).focus();
      await sendKeys({ type: '51234567' });
      await sendKeys({ press: 'Enter' });
      client.last('start').resolve(
        authResult({ phone: '+37251234567', message: '', challenge: 'pin', pin_length: 6, expires_in: 300, attempts_left: 3, resend_in: 30 }),
      );
      await flush();
      await el.updateComplete;
      const pin = el.shadowRoot!.querySelector('phone-login-pin')!;
      await pin.updateComplete;
      expect(getComputedStyle(pin.shadowRoot!.querySelector('[part~="boxes"]')!).direction).to.equal('ltr', 'code boxes fill left to right');
      // The number sits isolated inside the sentence, so the bidi algorithm cannot reorder its digits,
      // and its spaces do not break, so it stays on one line.
      expect(part(el, 'sent-to')!.textContent).to.include('\u2066+372\u00a05123\u00a04567\u2069');
      await expect(el).to.be.accessible();
    });
  }
});
