import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { PhoneLogin } from '../../../src/phone-login/phone-login.js';
import { flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';
import { stubWebOtp } from '../helpers/web-otp.js';

/** The part names a page can style with `phone-login::part(…)` right now: own parts and exported ones. */
function styleableParts(el: PhoneLogin): string[] {
  const names = new Set<string>();
  for (const node of el.shadowRoot!.querySelectorAll('[part], [exportparts]')) {
    for (const name of (node.getAttribute('part') ?? '').split(/\s+/)) if (name) names.add(name);
    for (const mapping of (node.getAttribute('exportparts') ?? '').split(',')) {
      const exported = mapping.split(':').at(-1)!.trim();
      if (exported) names.add(exported);
    }
  }
  return [...names].sort();
}

async function settle(el: PhoneLogin) {
  await flush();
  await el.updateComplete;
}

// The parts are the theming contract: renaming or dropping one breaks somebody's CSS, so each
// step's set is written out here and a change must be deliberate.
describe('<phone-login> CSS parts, step by step', () => {
  let restore: () => void;
  beforeEach(() => (restore = stubWebOtp()));
  afterEach(() => restore());

  const FIELD = ['control', 'country', 'country-list', 'country-option', 'country-popup', 'country-search', 'country-trigger', 'dial', 'field', 'field-error', 'flag', 'hint', 'input', 'label'];

  async function begin() {
    const client = new ScriptedClient();
    const el = await fixture<PhoneLogin>(html`<phone-login default-country="EE" .client=${client}></phone-login>`);
    return { el, client };
  }

  async function submit(el: PhoneLogin) {
    el.shadowRoot!.querySelector('phone-login-number')!.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '51234567' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
  }

  it('phone form', async () => {
    const { el } = await begin();
    expect(styleableParts(el)).to.deep.equal(['base', 'button', 'form', 'number', 'submit', ...FIELD].sort());
  });

  it('Mobile ID code, then success', async () => {
    const { el, client } = await begin();
    await submit(el);
    client.last('start').resolve(authResult({ phone: '+37251234567', message: '0427' }));
    await settle(el);
    expect(styleableParts(el)).to.deep.equal(['base', 'button', 'cancel', 'change-number', 'code', 'code-label', 'instruction', 'message', 'progress', 'sent-to']);
    client.last('result').resolve(authResult({ phone: '+37251234567', message: '0427', state: 'OK', token: 't' }));
    await settle(el);
    expect(styleableParts(el)).to.deep.equal(['base', 'success']);
  });

  it('SMS code step, then failure', async () => {
    const { el, client } = await begin();
    await submit(el);
    client.last('start').resolve(
      authResult({ phone: '+37251234567', message: '', challenge: 'pin', pin_length: 6, expires_in: 300, resend_in: 30, attempts_left: 3 }),
    );
    await settle(el);
    expect(styleableParts(el)).to.deep.equal(
      ['base', 'box', 'boxes', 'button', 'change-number', 'countdown', 'pin', 'pin-actions', 'pin-error', 'pin-field', 'pin-form', 'pin-hint', 'pin-input', 'pin-label', 'resend', 'sent-to', 'submit'].sort(),
    );
    await el.shadowRoot!.querySelector('phone-login-pin')!.updateComplete;
    await sendKeys({ type: '111111' });
    await settle(el);
    client.last('result').resolve(authResult({ phone: '+37251234567', state: 'Canceled', reason: 'user_cancel', details: 'User cancel.' }));
    await settle(el);
    expect(styleableParts(el)).to.deep.equal(['base', 'button', 'error', 'failure', 'retry']);
  });
});
