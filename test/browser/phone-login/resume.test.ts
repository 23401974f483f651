import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ProtocolError } from '../../../src/api/errors.js';
import type { AuthResult } from '../../../src/api/types.js';
import type { FailureEvent, SuccessEvent } from '../../../src/events.js';
import '../../../src/index.js';
import type { PhoneLogin } from '../../../src/phone-login/phone-login.js';
import { FakeClock, flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';

const UUID = '0123456789abcdef0123456789abcdef';
const TOKEN = 'secret-token-0123456789';
const part = (el: PhoneLogin, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: PhoneLogin, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const pinEl = (el: PhoneLogin) => el.shadowRoot!.querySelector('phone-login-pin')!;

/** Every sessionStorage entry the widget wrote. */
function saved(): [string, string][] {
  const entries: [string, string][] = [];
  for (let i = 0; i < sessionStorage.length; i++) {
    const key = sessionStorage.key(i)!;
    if (key.startsWith('phone-login:')) entries.push([key, sessionStorage.getItem(key)!]);
  }
  return entries;
}

function pinResult(overrides: Partial<AuthResult> = {}): AuthResult {
  return authResult({ phone: '+37251234567', message: '', state: 'Processing', challenge: 'pin', pin_length: 6, expires_in: 300, resend_in: 30, ...overrides });
}

async function settle(el: PhoneLogin) {
  await flush();
  await el.updateComplete;
  await pinEl(el)?.updateComplete;
}

async function mount(clock: FakeClock, client = new ScriptedClient(), noResume = false) {
  const el = await fixture<PhoneLogin>(
    html`<phone-login default-country="EE" ?no-resume=${noResume} .client=${client} .clock=${clock}></phone-login>`,
  );
  await settle(el);
  return { el, client };
}

/** Starts a login by keyboard and answers the start with `answer`. */
async function startLogin(answer: AuthResult, noResume = false) {
  const clock = new FakeClock();
  const { el, client } = await mount(clock, new ScriptedClient(), noResume);
  el.shadowRoot!.querySelector('phone-login-number')!.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: '5123 4567' });
  await sendKeys({ press: 'Enter' });
  client.last('start').resolve(answer);
  await settle(el);
  return { el, client, clock };
}

/**
 * What a reload does: the page goes (without disconnecting anything), `elapsed` ms pass, and a new
 * page with a new widget starts from the same sessionStorage. Removing the element here would
 * forget its login, so the test puts back what the reloaded page finds.
 */
async function reload(old: PhoneLogin, clock: FakeClock, elapsed = 0, noResume = false) {
  const kept = saved();
  old.remove();
  await clock.advance(elapsed);
  for (const [key, value] of kept) sessionStorage.setItem(key, value);
  return mount(clock, new ScriptedClient(), noResume);
}

describe('<phone-login> resumes after a reload', () => {
  afterEach(() => sessionStorage.clear());

  it('Mobile ID: shows the same code and the masked number, polls with the same uuid, then succeeds', async () => {
    const { el: before, clock } = await startLogin(authResult({ uuid: UUID, phone: '+37251234567', message: '0427' }));
    expect(saved()).to.have.length(1);
    const { el, client } = await reload(before, clock, 20_000);
    expect(text(el, 'code')).to.equal('0427');
    expect(text(el, 'sent-to')).to.contain('+372 •••• 4567');
    expect(client.of('start')).to.have.length(0);
    expect(client.last('result').arg).to.equal(UUID);
    const success = oneEvent(el, 'success') as Promise<SuccessEvent>;
    client.last('result').resolve(authResult({ uuid: UUID, state: 'OK', token: TOKEN }));
    expect((await success).detail).to.deep.equal({ token: TOKEN, uuid: UUID, phone: '+3725123456' });
    await settle(el);
    expect(part(el, 'success')).to.exist;
    expect(saved(), 'a finished login is forgotten').to.deep.equal([]);
  });

  it('SMS: shows the code step with the time left, and verifies against the same uuid', async () => {
    const { el: before, clock } = await startLogin(pinResult({ uuid: UUID }));
    await clock.advance(60_000);
    const { el, client } = await reload(before, clock);
    expect(pinEl(el).length).to.equal(6);
    expect(text(el, 'countdown')).to.contain('4:00');
    expect(text(el, 'sent-to')).to.contain('+372 •••• 4567');
    pinEl(el).focus();
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    expect(client.last('result').arg).to.equal(UUID);
    expect(client.last('result').options.pin).to.equal('123456');
  });

  it('keeps neither the number nor the token in storage, at any step', async () => {
    const { el, client } = await startLogin(authResult({ uuid: UUID, phone: '+37251234567' }));
    const values = () => saved().map(([, value]) => value.replace(/\D/g, ''));
    expect(saved()).to.have.length(1);
    for (const digits of values()) expect(digits).not.to.contain('51234567');
    client.last('result').resolve(authResult({ uuid: UUID, state: 'OK', token: TOKEN }));
    await settle(el);
    expect(saved().some(([, value]) => value.includes(TOKEN))).to.equal(false);

    await startLogin(pinResult({ uuid: UUID }));
    expect(saved()).to.have.length(1);
    for (const digits of values()) expect(digits).not.to.contain('51234567');
  });

  it('discards a code that expired meanwhile, and a login past its time limit, and shows the phone form', async () => {
    const sms = await startLogin(pinResult({ uuid: UUID, expires_in: 120 }));
    const afterCode = await reload(sms.el, sms.clock, 121_000);
    expect(part(afterCode.el, 'form')).to.exist;
    expect(afterCode.client.calls).to.have.length(0);
    expect(saved()).to.deep.equal([]);

    const mobileId = await startLogin(authResult({ uuid: UUID }));
    const afterLimit = await reload(mobileId.el, mobileId.clock, 361_000);
    expect(part(afterLimit.el, 'form')).to.exist;
    expect(afterLimit.client.calls).to.have.length(0);
    expect(saved()).to.deep.equal([]);
  });

  it('forgets a login that failed, was cancelled, or that the element left', async () => {
    const failed = await startLogin(authResult({ uuid: UUID }));
    const failure = oneEvent(failed.el, 'failure') as Promise<FailureEvent>;
    failed.client.last('result').resolve(authResult({ uuid: UUID, state: 'Erred' }));
    await failure;
    expect(saved()).to.deep.equal([]);

    const cancelled = await startLogin(authResult({ uuid: UUID }));
    cancelled.el.cancel();
    expect(saved()).to.deep.equal([]);

    const left = await startLogin(authResult({ uuid: UUID }));
    left.el.remove();
    expect(saved()).to.deep.equal([]);
  });

  it('shows the phone form when the server no longer knows the uuid, without a failure', async () => {
    const { el: before, clock } = await startLogin(authResult({ uuid: UUID }));
    const { el, client } = await reload(before, clock);
    let failures = 0;
    el.addEventListener('failure', () => failures++);
    client.last('result').reject(new ProtocolError('not-found', 404, {}));
    await settle(el);
    expect(part(el, 'form')).to.exist;
    expect(failures).to.equal(0);
    expect(saved()).to.deep.equal([]);
  });

  it('no-resume: keeps nothing, and takes up nothing kept', async () => {
    const off = await startLogin(authResult({ uuid: UUID }), true);
    expect(saved()).to.deep.equal([]);
    off.el.remove();

    const on = await startLogin(authResult({ uuid: UUID }));
    const { el, client } = await reload(on.el, on.clock, 0, true);
    expect(part(el, 'form')).to.exist;
    expect(client.calls).to.have.length(0);
  });

  describe('when storage throws (privacy modes)', () => {
    const methods = ['getItem', 'setItem', 'removeItem'] as const;
    const originals = methods.map((name) => Storage.prototype[name]);
    beforeEach(() => {
      for (const name of methods) {
        Storage.prototype[name] = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      }
    });
    afterEach(() => methods.forEach((name, i) => (Storage.prototype[name] = originals[i] as never)));

    it('still logs in, and a new widget shows the phone form', async () => {
      const { el, client, clock } = await startLogin(authResult({ uuid: UUID, message: '0427' }));
      expect(text(el, 'code')).to.equal('0427');
      const success = oneEvent(el, 'success') as Promise<SuccessEvent>;
      client.last('result').resolve(authResult({ uuid: UUID, state: 'OK', token: TOKEN }));
      expect((await success).detail.token).to.equal(TOKEN);
      el.remove();
      const again = await mount(clock);
      expect(part(again.el, 'form')).to.exist;
    });
  });
  it('two widgets with one endpoint: the second keeps no login over the first, and only one takes it up after a reload', async () => {
    const { el: first, clock } = await startLogin(authResult({ uuid: UUID, phone: '+37251234567', message: '0427' }));
    const kept = saved();
    expect(kept).to.have.length(1);
    // A second widget on the page (a dialog's) starts its own login against the same endpoint.
    const second = await mount(clock);
    second.el.shadowRoot!.querySelector('phone-login-number')!.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '5123 4568' });
    await sendKeys({ press: 'Enter' });
    second.client.last('start').resolve(authResult({ uuid: 'f'.repeat(32), phone: '+37251234568', message: '1111' }));
    await settle(second.el);
    expect(saved(), "the first widget's login is still the one kept").to.deep.equal(kept);
    second.el.remove();
    expect(saved(), "removing the second forgets nothing of the first's").to.deep.equal(kept);
    // After a reload both widgets come back: one takes the login up, the other shows the phone form.
    const { el: a, client: clientA } = await reload(first, clock);
    const b = await mount(clock);
    expect(text(a, 'code')).to.equal('0427');
    expect(clientA.last('result').arg).to.equal(UUID);
    expect(b.el.shadowRoot!.querySelector('phone-login-number')).to.exist;
    expect(b.client.of('result')).to.have.length(0);
  });
});
