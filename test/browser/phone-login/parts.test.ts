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

/** The `@csspart` names custom-elements.json gives `<phone-login>` (written by `npm run analyze`). */
async function manifestParts(): Promise<string[]> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run analyze`');
  const manifest = (await response.json()) as { modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[] };
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'phone-login');
  return (declaration?.cssParts ?? []).map((p) => p.name).sort();
}

async function settle(el: PhoneLogin) {
  await flush();
  await el.updateComplete;
}

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

/** Every step's parts, through a Mobile ID login to success and an SMS login to failure. */
async function partsOfEveryStep(): Promise<Record<string, string[]>> {
  const steps: Record<string, string[]> = {};
  const mobileId = await begin();
  steps.phone = styleableParts(mobileId.el);
  await submit(mobileId.el);
  mobileId.client.last('start').resolve(authResult({ phone: '+37251234567', message: '0427' }));
  await settle(mobileId.el);
  steps.mobileId = styleableParts(mobileId.el);
  mobileId.client.last('result').resolve(authResult({ phone: '+37251234567', message: '0427', state: 'OK', token: 't' }));
  await settle(mobileId.el);
  steps.success = styleableParts(mobileId.el);

  const sms = await begin();
  await submit(sms.el);
  sms.client.last('start').resolve(
    authResult({ phone: '+37251234567', message: '', challenge: 'pin', pin_length: 6, expires_in: 300, resend_in: 30, attempts_left: 3 }),
  );
  await settle(sms.el);
  steps.code = styleableParts(sms.el);
  await sms.el.shadowRoot!.querySelector('phone-login-pin')!.updateComplete;
  await sendKeys({ type: '111111' });
  await settle(sms.el);
  sms.client.last('result').resolve(authResult({ phone: '+37251234567', state: 'Canceled', reason: 'user_cancel', details: 'User cancel.' }));
  await settle(sms.el);
  steps.failure = styleableParts(sms.el);
  return steps;
}

// The parts are the theming contract: renaming or dropping one breaks somebody's CSS, so each
// step's set is written out here and a change must be deliberate.
describe('<phone-login> CSS parts, step by step', () => {
  const NUMBER = ['number-control', 'number-error', 'number-field', 'number-hint', 'number-input', 'number-label'];
  const COUNTRY = ['country', 'country-dial', 'country-flag', 'country-list', 'country-option', 'country-popup', 'country-search', 'country-trigger'];
  const PIN = ['pin-box', 'pin-boxes', 'pin-error', 'pin-field', 'pin-hint', 'pin-input', 'pin-label'];
  /** The names before 0.2, kept as aliases. */
  const NUMBER_ALIASES = ['control', 'dial', 'field', 'field-error', 'flag', 'hint', 'input', 'label'];
  const PIN_ALIASES = ['box', 'boxes'];

  let steps: Record<string, string[]>;
  let restore: () => void;
  before(async () => {
    restore = stubWebOtp();
    steps = await partsOfEveryStep();
  });
  after(() => restore());

  it('phone form', () => {
    expect(steps.phone).to.deep.equal(['base', 'button', 'form', 'number', 'submit', ...NUMBER, ...COUNTRY, ...NUMBER_ALIASES].sort());
  });

  it('Mobile ID code, then success', () => {
    expect(steps.mobileId).to.deep.equal(['base', 'button', 'cancel', 'change-number', 'code', 'code-label', 'instruction', 'message', 'progress', 'sent-to']);
    expect(steps.success).to.deep.equal(['base', 'success']);
  });

  it('SMS code step, then failure', () => {
    expect(steps.code).to.deep.equal(
      ['base', 'button', 'change-number', 'countdown', 'pin', 'pin-actions', 'pin-form', 'resend', 'sent-to', 'submit', ...PIN, ...PIN_ALIASES].sort(),
    );
    expect(steps.failure).to.deep.equal(['base', 'button', 'error', 'failure', 'retry']);
  });

  it('the number and code fields export the same roles under their own prefix', () => {
    const roles = (prefix: string, names: string[]) => names.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length));
    for (const role of ['field', 'label', 'input', 'hint', 'error']) {
      expect(roles('number-', steps.phone), role).to.include(role);
      expect(roles('pin-', steps.code), role).to.include(role);
    }
  });

  it('lists in custom-elements.json every part reachable in some step, and nothing else', async () => {
    const reachable = [...new Set(Object.values(steps).flat())].sort();
    const documented = await manifestParts();
    expect(reachable.filter((name) => !documented.includes(name)), 'reachable but not in @csspart').to.deep.equal([]);
    expect(documented.filter((name) => !reachable.includes(name)), 'in @csspart but reachable in no step').to.deep.equal([]);
  });

  it('styles the fields through the new names and the old aliases alike', async () => {
    const style = document.createElement('style');
    style.textContent = `
      phone-login::part(number-input) { text-indent: 3px; }
      phone-login::part(input) { letter-spacing: 2px; }
      phone-login::part(country-flag) { text-indent: 5px; }
      phone-login::part(flag) { letter-spacing: 4px; }
    `;
    document.head.append(style);
    try {
      const { el } = await begin();
      const number = el.shadowRoot!.querySelector('phone-login-number')!;
      await number.updateComplete;
      const input = getComputedStyle(number.shadowRoot!.querySelector('input')!);
      expect([input.textIndent, input.letterSpacing]).to.deep.equal(['3px', '2px']);
      const country = number.shadowRoot!.querySelector('phone-login-country')!;
      const flag = getComputedStyle(country.shadowRoot!.querySelector('[part~="flag"]')!);
      expect([flag.textIndent, flag.letterSpacing]).to.deep.equal(['5px', '4px']);
    } finally {
      style.remove();
    }
  });
});
