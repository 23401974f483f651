import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { PhoneLogin } from '../../../src/phone-login/phone-login.js';
import { flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';
import type { AuthResult } from '../../../src/api/types.js';
import { stubWebOtp } from '../helpers/web-otp.js';

const part = (el: PhoneLogin, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const field = (el: PhoneLogin) => el.shadowRoot!.querySelector('phone-login-number')!;
const input = (el: PhoneLogin) => field(el).shadowRoot!.querySelector('input')!;
const countryButton = (el: PhoneLogin) =>
  field(el).shadowRoot!.querySelector('phone-login-country')!.shadowRoot!.querySelector('[part~="trigger"]')!;

/** Mounts the widget, types `typed` and submits it; the server answers with `challenge`. */
async function submitted(defaultCountry: string, typed: string, challenge: 'pin' | 'message') {
  const client = new ScriptedClient();
  const el = await fixture<PhoneLogin>(html`<phone-login default-country=${defaultCountry} .client=${client}></phone-login>`);
  input(el).focus();
  await sendKeys({ type: typed });
  await sendKeys({ press: 'Enter' });
  const step: Partial<AuthResult> = challenge === 'pin' ? { challenge, state: 'Processing', pin_length: 6, message: '' } : {};
  client.last('start').resolve(authResult({ phone: '+37251234572', ...step }));
  await flush();
  await el.updateComplete;
  return el;
}

/** Presses a button of the step, then waits for the phone form and its field to settle. */
async function press(el: PhoneLogin, name: string) {
  part(el, name)!.click();
  await flush();
  await el.updateComplete;
  await field(el).metadataReady;
}

// Coming back from a later step, the field shows the number as the user typed it: national, beside
// the country button, never with the dial code a second time ("+372" | "+372 5123 4572").
describe('<phone-login> back to the phone form', () => {
  let restore: () => void;
  beforeEach(() => (restore = stubWebOtp()));
  afterEach(() => restore());

  it('after Change number on the code step: the national number, the country kept', async () => {
    const el = await submitted('EE', '5123 4572', 'pin');
    expect(el.shadowRoot!.querySelector('phone-login-pin'), 'on the code step').to.not.equal(null);
    await press(el, 'change-number');
    expect(input(el).value).to.equal('5123 4572');
    expect(countryButton(el).getAttribute('aria-label')).to.equal('Country: Estonia, +372');
    expect(field(el).value).to.equal('+37251234572');
  });

  it('after Cancel on the Mobile ID step: the national number, the country kept', async () => {
    const el = await submitted('EE', '5123 4572', 'message');
    expect(part(el, 'code'), 'on the Mobile ID step').to.not.equal(null);
    await press(el, 'cancel');
    expect(input(el).value).to.equal('5123 4572');
    expect(countryButton(el).getAttribute('aria-label')).to.equal('Country: Estonia, +372');
  });

  it('in the country the number was typed in, not the default one', async () => {
    const el = await submitted('FI', '+372 5123 4572', 'message');
    await press(el, 'change-number');
    expect(input(el).value).to.equal('5123 4572');
    expect(countryButton(el).getAttribute('aria-label')).to.equal('Country: Estonia, +372');
    expect(field(el).value).to.equal('+37251234572');
  });
});
