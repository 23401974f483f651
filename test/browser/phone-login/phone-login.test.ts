import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextEvent } from '@lit/context';
import { ProtocolError } from '../../../src/api/errors.js';
import type { FailureEvent, SuccessEvent } from '../../../src/events.js';
import { fieldSettingsContext, type FieldSettings } from '../../../src/context.js';
import '../../../src/index.js';
import type { PhoneLogin } from '../../../src/phone-login/phone-login.js';
import { FakeClock, flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';

async function mount(client = new ScriptedClient()) {
  const el = await fixture<PhoneLogin>(html`<phone-login default-country="EE" .client=${client}></phone-login>`);
  return { el, client };
}

const part = (el: PhoneLogin, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const input = (el: PhoneLogin) =>
  el.shadowRoot!.querySelector('phone-login-number')!.shadowRoot!.querySelector('input')!;
const statusText = (el: PhoneLogin) =>
  el.shadowRoot!.querySelector('phone-login-status')!.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

/** Types a number with the keyboard and presses Enter, as a keyboard-only user would. */
async function typeAndSubmit(el: PhoneLogin, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

async function waitingForPhone() {
  const s = await mount();
  await typeAndSubmit(s.el, '5123 4567');
  s.client.last('start').resolve(authResult({ phone: '+37251234567', message: '0427' }));
  await flush();
  await s.el.updateComplete;
  return s;
}

describe('<phone-login>', () => {
  describe('accessibility', () => {
    it('is accessible on the phone form', async () => {
      const { el } = await mount();
      await expect(el).to.be.accessible();
    });

    it('is accessible while starting, waiting, after success and after failure', async () => {
      const { el, client } = await mount();
      await typeAndSubmit(el, '5123 4567');
      await expect(el).to.be.accessible();
      client.last('start').resolve(authResult());
      await flush();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      client.last('result').resolve(authResult({ state: 'Canceled', details: 'User cancel.' }));
      await flush();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('labels the phone field and the widget', async () => {
      const { el } = await mount();
      const field = input(el);
      expect(field.labels?.[0]?.textContent?.trim()).to.equal('Phone number');
      expect(field.getAttribute('autocomplete')).to.equal('tel');
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Phone login');
    });
  });

  describe('phone form', () => {
    it('has the Waldur endpoint by default', async () => {
      const { el } = await mount();
      expect(el.endpoint).to.equal('/api/auth-valimo/');
    });

    it('provides the field settings as one object, new only when one of its five attributes changes', async () => {
      const el = await fixture<PhoneLogin>(
        html`<phone-login default-country="EE" countries="EE FI" .client=${new ScriptedClient()}><p slot="header"></p></phone-login>`,
      );
      const child = el.querySelector('p')!;
      const seen: FieldSettings[] = [];
      child.dispatchEvent(new ContextEvent(fieldSettingsContext, child, (settings) => seen.push(settings), true));
      expect(seen).to.deep.equal([
        { defaultCountry: 'EE', countries: 'EE FI', preferredCountries: '', allowLandline: false, rememberCountry: false },
      ]);
      el.phone = '+37251234567';
      el.timeLimit = 60;
      await el.updateComplete;
      expect(seen, 'other properties leave it alone').to.have.length(1);
      el.allowLandline = true;
      el.preferredCountries = 'FI';
      await el.updateComplete;
      expect(seen).to.have.length(2);
      expect(seen[1]).to.deep.include({ allowLandline: true, preferredCountries: 'FI', defaultCountry: 'EE' });
    });

    it('prefills the phone attribute, formatted', async () => {
      const el = await fixture<PhoneLogin>(html`<phone-login phone="+37251234567" .client=${new ScriptedClient()}></phone-login>`);
      expect(input(el).value).to.equal('5123 4567');
    });

    it('sends a valid number in E.164, read in the default country', async () => {
      const { el, client } = await mount();
      await typeAndSubmit(el, '5123 4567');
      expect(client.of('start').map((c) => c.arg)).to.deep.equal(['+37251234567']);
      expect(statusText(el)).to.equal('Starting the login…');
    });

    it('never sends an invalid number, and says why at the field', async () => {
      const { el, client } = await mount();
      await typeAndSubmit(el, '512');
      expect(client.calls).to.have.length(0);
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      const number = el.shadowRoot!.querySelector('phone-login-number')!;
      expect(number.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('This number is too short.');
      expect(number.shadowRoot!.activeElement).to.equal(input(el));
    });

    it('never sends an empty number', async () => {
      const { el, client } = await mount();
      await typeAndSubmit(el, '');
      expect(client.calls).to.have.length(0);
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    });

    it('starts one login for a double click', async () => {
      const { el, client } = await mount();
      input(el).focus();
      await sendKeys({ type: '51234567' });
      const submit = part(el, 'submit')!;
      submit.click();
      submit.click();
      await el.updateComplete;
      submit.click();
      expect(client.of('start')).to.have.length(1);
    });

    it('shows the server refusal of the number as text, until the user edits it', async () => {
      const { el, client } = await mount();
      await typeAndSubmit(el, '5123 4567');
      client.last('start').reject(new ProtocolError('invalid', 400, { phone: ['<b>Not</b> allowed'] }));
      await flush();
      await el.updateComplete;
      const number = el.shadowRoot!.querySelector('phone-login-number')!;
      await number.updateComplete;
      const error = number.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
      expect(error.textContent).to.equal('<b>Not</b> allowed');
      expect(error.querySelector('b')).to.equal(null);
      expect(input(el).value).to.equal('5123 4567');
      input(el).focus();
      await sendKeys({ type: '8' });
      await el.updateComplete;
      await number.updateComplete;
      expect(error.hidden).to.equal(true);
    });

    it('words a long refusal (a number out of codes for the day) in hours, at the form and in the live region', async () => {
      const { el, client } = await mount();
      await typeAndSubmit(el, '5123 4567');
      client.last('start').reject(new ProtocolError('rate-limited', 429, {}, 40_000));
      await flush();
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.equal('Too many attempts. Try again in 12 hours.');
      await waitUntil(() => statusText(el) === 'Too many attempts. Try again in 12 hours.');
      expect(input(el).value).to.equal('5123 4567', 'the number is kept');
    });

    it('offers another try after the server could not be reached', async () => {
      const { el, client } = await mount();
      await typeAndSubmit(el, '5123 4567');
      client.last('start').reject(new ProtocolError('network'));
      await flush();
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('could not reach');
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Try again');
      part(el, 'submit')!.click();
      expect(client.of('start')).to.have.length(2);
    });
  });

  describe('waiting for the phone', () => {
    it('shows the verification code prominently, as text, and announces it', async () => {
      const { el } = await waitingForPhone();
      expect(part(el, 'code')!.textContent!.trim()).to.equal('0427');
      expect(part(el, 'instruction')!.textContent).to.contain('same code');
      expect(statusText(el)).to.equal('Verification code: 0 4 2 7. Sending the request to your phone…');
    });

    it('never renders a server message as HTML', async () => {
      const { el, client } = await mount();
      await typeAndSubmit(el, '5123 4567');
      client.last('start').resolve(authResult({ message: '<img src=x onerror="window.pwned=1">' }));
      await flush();
      await el.updateComplete;
      expect(part(el, 'code')!.querySelector('img')).to.equal(null);
      expect(part(el, 'code')!.textContent).to.contain('<img');
    });

    it('says which number was asked, formatted and kept left to right', async () => {
      const { el } = await waitingForPhone();
      expect(part(el, 'sent-to')!.textContent).to.equal('Login request sent to \u2066+372\u00a05123\u00a04567\u2069.');
    });

    it('changes the number by keyboard: cancels the pending login, back to the form with the number kept and focused', async () => {
      const { el, client } = await waitingForPhone();
      const canceled = oneEvent(el, 'cancel');
      // From the code (where the focus lands), the change-number button is the stop before it.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'change-number'));
      expect(part(el, 'change-number')!.textContent!.trim()).to.equal('Change number');
      await sendKeys({ press: 'Enter' });
      expect((await canceled).detail.uuid).to.equal('0123456789abcdef0123456789abcdef');
      expect(client.last('result').aborted).to.equal(true);
      expect(client.last('cancel').arg).to.equal('0123456789abcdef0123456789abcdef');
      await el.updateComplete;
      expect(input(el).value).to.equal('5123 4567');
      expect(el.shadowRoot!.querySelector('phone-login-number')!.matches(':focus-within')).to.equal(true);
    });

    it('moves keyboard focus to the code after submitting with Enter', async () => {
      const { el } = await waitingForPhone();
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'code'));
    });

    it('fires a bubbling, composed success event with token, uuid and phone', async () => {
      const { el, client } = await waitingForPhone();
      const seen = oneEvent(document, 'success') as Promise<SuccessEvent>;
      client.last('result').resolve(authResult({ state: 'OK', token: 'tok-1', phone: '+37251234567' }));
      const event = await seen;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ token: 'tok-1', uuid: '0123456789abcdef0123456789abcdef', phone: '+37251234567' });
      await el.updateComplete;
      expect(part(el, 'success')!.textContent).to.equal('You are logged in.');
      expect(el.shadowRoot!.innerHTML).not.to.contain('tok-1');
    });

    it('shows a finished state: a check mark, the number logged in with, the focus on it, the legal line gone', async () => {
      const { el, client } = await waitingForPhone();
      const legal = document.createElement('p');
      legal.slot = 'legal';
      legal.textContent = 'Terms';
      el.append(legal);
      expect(legal.assignedSlot, 'the legal line shows while logging in').to.not.equal(null);
      client.last('result').resolve(authResult({ state: 'OK', token: 't', phone: '+37251234567' }));
      await oneEvent(el, 'success');
      await el.updateComplete;
      const success = part(el, 'success')!;
      const step = success.closest('.success')!;
      expect(step.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(success.textContent).to.equal('You are logged in.');
      expect(step.querySelector('.success-phone')!.textContent).to.equal('Logged in with \u2066+372\u00a05123\u00a04567\u2069.');
      expect(el.shadowRoot!.activeElement).to.equal(success);
      expect(legal.assignedSlot, 'nothing left to accept once logged in').to.equal(null);
      expect(statusText(el)).to.equal('You are logged in.');
      await expect(el).to.be.accessible();
    });

    it('says a not-registered number apart and fires failure with the reason', async () => {
      const { el, client } = await waitingForPhone();
      const seen = oneEvent(el, 'failure') as Promise<FailureEvent>;
      client.last('result').resolve(authResult({ state: 'Canceled', details: 'User is not registered.' }));
      expect((await seen).detail.reason).to.equal('not_registered');
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('not registered');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'retry'));
    });

    it('shows a generic message for Erred, never the raw error_message', async () => {
      const { el, client } = await waitingForPhone();
      client.last('result').resolve(authResult({ state: 'Erred', error_message: 'Traceback: secret internals' }));
      await flush();
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).not.to.contain('secret internals');
      expect(part(el, 'error')!.textContent).to.equal('Something went wrong on the server. Please try again.');
    });

    it('tries again from a failure with the number kept', async () => {
      const { el, client } = await waitingForPhone();
      client.last('result').resolve(authResult({ state: 'Canceled', details: 'User cancel.' }));
      await flush();
      await el.updateComplete;
      part(el, 'retry')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(input(el).value).to.equal('5123 4567');
      expect(el.shadowRoot!.querySelector('phone-login-number')!.matches(':focus-within')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(client.of('start')).to.have.length(2);
    });

    it('cancels by keyboard: aborts the poll, tells the server, fires cancel, returns to the form', async () => {
      const { el, client } = await waitingForPhone();
      const seen = oneEvent(el, 'cancel');
      part(el, 'cancel')!.focus();
      await sendKeys({ press: 'Enter' });
      expect((await seen).detail.uuid).to.equal('0123456789abcdef0123456789abcdef');
      expect(client.last('result').aborted).to.equal(true);
      expect(client.last('cancel').arg).to.equal('0123456789abcdef0123456789abcdef');
      await el.updateComplete;
      expect(input(el).value).to.equal('5123 4567');
    });

    it('aborts every request and timer when removed, and resumes when put back', async () => {
      const client = new ScriptedClient();
      const clock = new FakeClock();
      const el = await fixture<PhoneLogin>(html`<phone-login default-country="EE" .client=${client} .clock=${clock}></phone-login>`);
      await typeAndSubmit(el, '5123 4567');
      client.last('start').resolve(authResult({ phone: '+37251234567', message: '0427' }));
      await flush();
      const parent = el.parentNode!;
      el.remove();
      expect(client.last('result').aborted).to.equal(true);
      // No timer is left to wake a poll: a minute on the flow's clock passes with no request at all.
      expect(clock.pending).to.equal(0);
      const before = client.calls.length;
      await clock.advance(60_000);
      expect(client.calls).to.have.length(before);
      parent.appendChild(el);
      await waitUntil(() => client.inFlight === 1);
      client.last('result').resolve(authResult({ state: 'OK', token: 't' }));
      await oneEvent(el, 'success');
    });
  });

  describe('terms', () => {
    it('replaces single texts through the terms property', async () => {
      const el = await fixture<PhoneLogin>(
        html`<phone-login .client=${new ScriptedClient()} .terms=${{ submit: 'Log in', phoneLabel: 'Mobile' }}></phone-login>`,
      );
      await el.updateComplete;
      expect(part(el, 'submit')!.textContent!.trim()).to.equal('Log in');
      await el.shadowRoot!.querySelector('phone-login-number')!.updateComplete;
      expect(input(el).labels![0].textContent).to.equal('Mobile');
    });
  });
});
