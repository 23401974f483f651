import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ProtocolError } from '../../../src/api/errors.js';
import type { AuthResult } from '../../../src/api/types.js';
import '../../../src/index.js';
import type { PhoneLogin } from '../../../src/phone-login/phone-login.js';
import { FakeClock, flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';
import { stubWebOtp } from '../helpers/web-otp.js';

const part = (el: PhoneLogin, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const pinEl = (el: PhoneLogin) => el.shadowRoot!.querySelector('phone-login-pin')!;
const pinInput = (el: PhoneLogin) => pinEl(el).shadowRoot!.querySelector('input')!;
const text = (el: PhoneLogin, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const statusText = (el: PhoneLogin) =>
  el.shadowRoot!.querySelector('phone-login-status')!.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

function pinResult(overrides: Partial<AuthResult> = {}): AuthResult {
  return authResult({
    phone: '+37251234567',
    message: '',
    state: 'Processing',
    challenge: 'pin',
    pin_length: 6,
    expires_in: 300,
    attempts_left: 3,
    resend_in: 30,
    ...overrides,
  });
}

/** Mounts the widget on a fake clock and brings it to the code step by keyboard. */
async function onCodeStep(fields: Partial<AuthResult> = {}) {
  const client = new ScriptedClient();
  const clock = new FakeClock();
  const el = await fixture<PhoneLogin>(html`<phone-login default-country="EE" .client=${client} .clock=${clock}></phone-login>`);
  const input = el.shadowRoot!.querySelector('phone-login-number')!.shadowRoot!.querySelector('input')!;
  input.focus();
  await sendKeys({ type: '51234567' });
  await sendKeys({ press: 'Enter' });
  client.last('start').resolve(pinResult(fields));
  await flush();
  await el.updateComplete;
  await pinEl(el).updateComplete;
  return { el, client, clock };
}

async function settle(el: PhoneLogin) {
  await flush();
  await el.updateComplete;
  await pinEl(el)?.updateComplete;
}

describe('<phone-login> code step (SMS)', () => {
  let restore: () => void;
  beforeEach(() => (restore = stubWebOtp()));
  afterEach(() => restore());

  it('is accessible while entering and while checking the code', async () => {
    const { el } = await onCodeStep();
    await expect(el).to.be.accessible();
    await sendKeys({ type: '123456' });
    await settle(el);
    expect(text(el, 'submit')).to.equal('Checking the code…');
    await expect(el).to.be.accessible();
  });

  it('says where the code went, announces it, and puts the keyboard in the code field', async () => {
    const { el } = await onCodeStep();
    expect(text(el, 'sent-to')).to.equal('We sent a code by SMS to \u2066+372 5123 4567\u2069.');
    expect(statusText(el)).to.equal('Code sent by SMS. It expires in 5 minutes.');
    expect(pinEl(el).shadowRoot!.activeElement).to.equal(pinInput(el));
    expect(pinEl(el).shadowRoot!.querySelectorAll('[part="box"]')).to.have.length(6);
  });

  it('checks the code as soon as it is complete, sending it as typed', async () => {
    const { el, client } = await onCodeStep();
    await sendKeys({ type: '012345' });
    await settle(el);
    expect(client.last('result').options.pin).to.equal('012345');
    const success = oneEvent(el, 'success');
    client.last('result').resolve(pinResult({ state: 'OK', token: 'tok' }));
    expect((await success).detail.token).to.equal('tok');
  });

  it('after a wrong code: says how many attempts are left, empties the field and keeps the focus there', async () => {
    const { el, client } = await onCodeStep();
    await sendKeys({ type: '111111' });
    await settle(el);
    client.last('result').reject(new ProtocolError('invalid', 400, { pin: ['Wrong code.'], attempts_left: 2 }));
    await settle(el);
    expect(pinEl(el).value).to.equal('');
    expect(pinEl(el).shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('Wrong code. 2 attempts left.');
    expect(pinInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(statusText(el)).to.equal('Wrong code. 2 attempts left.');
    expect(pinEl(el).shadowRoot!.activeElement).to.equal(pinInput(el));

    // Typing again dismisses the stale error and checks the new code.
    await sendKeys({ type: '2' });
    await settle(el);
    expect(pinInput(el).getAttribute('aria-invalid')).to.equal('false');
    await sendKeys({ type: '22222' });
    await settle(el);
    expect(client.of('result').map((c) => c.options.pin)).to.deep.equal(['111111', '222222']);
  });

  it('takes a wrong code answered 200 (still pending) like a 400: counts down, empties the field, ends at the last', async () => {
    const { el, client } = await onCodeStep();
    for (const [code, left, words] of [
      ['111111', 2, 'Wrong code. 2 attempts left.'],
      ['222222', 1, 'Wrong code. 1 attempt left.'],
    ] as const) {
      await sendKeys({ type: code });
      await settle(el);
      expect(client.last('result').options.pin).to.equal(code);
      client.last('result').resolve(pinResult({ state: 'Processing', attempts_left: left }));
      await settle(el);
      expect(pinEl(el).value).to.equal('');
      expect(pinEl(el).shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal(words);
      expect(pinInput(el).getAttribute('aria-invalid')).to.equal('true');
      expect(statusText(el)).to.equal(words);
      expect(pinEl(el).shadowRoot!.activeElement).to.equal(pinInput(el));
    }
    const failure = oneEvent(el, 'failure');
    await sendKeys({ type: '333333' });
    await settle(el);
    client.last('result').resolve(pinResult({ state: 'Processing', attempts_left: 0 }));
    expect((await failure).detail.reason).to.equal('too_many_attempts');
    await settle(el);
    expect(text(el, 'error')).to.equal('Too many wrong codes. This code can no longer be used.');
    expect(client.of('result').map((c) => c.options.pin)).to.deep.equal(['111111', '222222', '333333']);
  });

  it('after the last wrong code: says the code is used up and offers a new one once the cooldown allows', async () => {
    const { el, client, clock } = await onCodeStep();
    await sendKeys({ type: '111111' });
    await settle(el);
    client.last('result').reject(new ProtocolError('invalid', 400, { pin: ['Wrong code.'], attempts_left: 0 }));
    await settle(el);
    expect(text(el, 'error')).to.equal('Too many wrong codes. This code can no longer be used.');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'retry'));
    // The server's resend cooldown still runs: the button says how long, and asking early does nothing.
    expect(text(el, 'retry')).to.equal('Send a new code in 0:30');
    expect(part(el, 'retry')!.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(client.of('start')).to.have.length(1);
    await clock.advance(30_000);
    await settle(el);
    expect(text(el, 'retry')).to.equal('Send a new code');
    expect(part(el, 'retry')!.getAttribute('aria-disabled')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'retry'), 'the focus stayed on the button');
    await sendKeys({ press: 'Enter' });
    expect(client.of('start').map((c) => c.arg)).to.deep.equal(['+37251234567', '+37251234567']);
  });

  it('counts down the time left and the resend cooldown, and expires the code', async () => {
    const { el, clock, client } = await onCodeStep();
    expect(text(el, 'countdown')).to.equal('The code expires in 5:00.');
    expect(text(el, 'resend')).to.equal('Send a new code in 0:30');
    expect(part(el, 'resend')!.getAttribute('aria-disabled')).to.equal('true');
    part(el, 'resend')!.click();
    expect(client.of('start')).to.have.length(1);
    await clock.advance(1000);
    await settle(el);
    expect(text(el, 'countdown')).to.equal('The code expires in 4:59.');
    expect(text(el, 'resend')).to.equal('Send a new code in 0:29');
    await clock.advance(29_000);
    await settle(el);
    expect(text(el, 'resend')).to.equal('Send a new code');
    expect(part(el, 'resend')!.getAttribute('aria-disabled')).to.equal('false');
    await clock.advance(210_000);
    await settle(el);
    expect(statusText(el)).to.equal('The code expires in less than a minute.');
    await clock.advance(60_000);
    await settle(el);
    expect(text(el, 'error')).to.equal('The code has expired.');
    expect(text(el, 'retry')).to.equal('Send a new code');
  });

  it('sends a new code when the cooldown is over, and the field starts empty', async () => {
    const { el, clock, client } = await onCodeStep();
    await sendKeys({ type: '12' });
    await clock.advance(30_000);
    await settle(el);
    part(el, 'resend')!.click();
    expect(client.of('start')).to.have.length(2);
    client.last('start').resolve(pinResult({ uuid: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', resend_in: 60 }));
    await settle(el);
    expect(pinEl(el).value).to.equal('');
    expect(text(el, 'resend')).to.equal('Send a new code in 1:00');
    expect(client.last('cancel').arg).to.equal('0123456789abcdef0123456789abcdef');
  });

  it('goes back to the phone form by keyboard, with the number kept', async () => {
    const { el, client } = await onCodeStep();
    part(el, 'change-number')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const number = el.shadowRoot!.querySelector('phone-login-number')!;
    await number.updateComplete;
    expect(number.shadowRoot!.querySelector('input')!.value).to.equal('5123 4567');
    expect(client.last('cancel').arg).to.equal('0123456789abcdef0123456789abcdef');
    expect(number.matches(':focus-within')).to.equal(true);
  });

  it('draws resend and change number as links: real buttons on one row, 24 px targets, focus visible', async () => {
    const { el } = await onCodeStep({ resend_in: 0 });
    const form = part(el, 'pin-form')!.getBoundingClientRect();
    const submit = part(el, 'submit')!.getBoundingClientRect();
    const rows = new Set<number>();
    for (const name of ['resend', 'change-number']) {
      const button = part(el, name) as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      const style = getComputedStyle(button);
      expect(style.borderTopStyle, name).to.equal('none');
      expect(style.backgroundColor, name).to.equal('rgba(0, 0, 0, 0)');
      expect(style.textDecorationLine, name).to.equal('underline');
      const box = button.getBoundingClientRect();
      expect(box.width, `${name} is no full-width button`).to.be.below(form.width / 2);
      expect(box.height, `${name} is lower than the verify button`).to.be.below(submit.height);
      expect(Math.min(box.width, box.height), `${name} target`).to.be.at.least(24);
      rows.add(Math.round(box.top));
    }
    expect(rows.size, 'both on one row').to.equal(1);
    // Keyboard: code field, verify, then the two links, each showing its focus.
    await sendKeys({ press: 'Tab' });
    for (const name of ['resend', 'change-number']) {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, name).to.equal(part(el, name));
      expect(getComputedStyle(part(el, name)!).outlineStyle, name).to.equal('solid');
    }
  });

  it('takes letters for an alphanumeric code', async () => {
    const { el, client } = await onCodeStep({ pin_type: 'alphanumeric', pin_length: 5 });
    await sendKeys({ type: 'yt53m' });
    await settle(el);
    expect(client.last('result').options.pin).to.equal('YT53M');
  });
});
