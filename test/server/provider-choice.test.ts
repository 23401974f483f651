import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createLoginHandler } from '../../server/handler.js';
import { LocalOtpProvider } from '../../server/providers/local-otp.js';
import { MobileIdSimulator } from '../../server/providers/mobile-id-simulator.js';
import { ProviderChoice } from '../../server/providers/provider-choice.js';
import { createSimulatedPhoneHandler } from '../../server/providers/simulated-phone-handler.js';
import { SimulatedInbox } from '../../server/sms/simulated-inbox.js';
import { createSignedTokens } from '../../server/tokens.js';
import type { AuthResult } from '../../server/types.js';

const ORIGIN = 'http://127.0.0.1:5173';

/** The demo's server: Mobile ID and SMS codes behind one API, with the simulated phone's API. */
function demoServer() {
  const simulator = new MobileIdSimulator({ processingDelayMs: 0 });
  const inbox = new SimulatedInbox();
  const otp = new LocalOtpProvider({ sender: inbox, resendCooldownSeconds: 0 });
  const choice = new ProviderChoice([simulator, otp]);
  const login = createLoginHandler({ provider: choice, tokens: createSignedTokens() });
  const phone = createSimulatedPhoneHandler(simulator, { inbox, choice });
  after(() => {
    simulator.close();
    otp.close();
    login.close();
  });
  const call = (handler: typeof login | typeof phone, path: string, body?: unknown) =>
    handler.handle(
      new Request(`${ORIGIN}${path}`, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    );
  const api = async (path: string, body: unknown) => (await (await call(login, `/api/auth-valimo/${path}`, body)).json()) as AuthResult;
  return { simulator, inbox, choice, call, api, phone };
}

describe('the choice between challenges', () => {
  it('starts Mobile ID by default and switches new logins to SMS codes at /__phone/settings', async () => {
    const { call, api, phone } = demoServer();
    assert.deepEqual(await (await call(phone, '/__phone/settings')).json(), { method: 'message', methods: ['message', 'pin'] });
    const mobileId = await api('', { phone: '+3725123456' });
    assert.equal(mobileId.challenge, 'message');
    assert.match(mobileId.message, /^\d{4}$/);
    const switched = await call(phone, '/__phone/settings', { method: 'pin' });
    assert.deepEqual(await switched.json(), { method: 'pin', methods: ['message', 'pin'] });
    const sms = await api('', { phone: '+3725123456' });
    assert.deepEqual([sms.challenge, sms.pin_length, sms.message], ['pin', 6, '']);
  });

  it('keeps each login with the provider that began it after a switch', async () => {
    const { simulator, inbox, choice, api } = demoServer();
    const mobileId = await api('', { phone: '+3725123456' });
    choice.current = 'pin';
    const sms = await api('', { phone: '+3725000000' });
    choice.current = 'message';
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(await simulator.approve(mobileId.uuid), true);
    assert.equal((await api('result/', { uuid: mobileId.uuid })).state, 'OK');
    const code = /code is (\d+)/.exec(inbox.messages()[0]!.body)![1];
    const verified = await api('result/', { uuid: sms.uuid, pin: code });
    assert.equal(verified.state, 'OK');
    assert.equal(verified.pin_length, 6, 'the pin provider still describes its login');
  });

  it('ignores a pin sent for a Mobile ID login', async () => {
    const { api } = demoServer();
    const login = await api('', { phone: '+3725123456' });
    const read = await api('result/', { uuid: login.uuid, pin: '0000' });
    assert.equal(read.challenge, 'message');
    assert.notEqual(read.state, 'OK');
  });

  it('refuses an unknown method with a 400 and keeps the current one', async () => {
    const { call, phone, choice } = demoServer();
    for (const body of [{ method: 'carrier-pigeon' }, {}, 'pin']) {
      const response = await call(phone, '/__phone/settings', body);
      assert.equal(response.status, 400);
    }
    assert.equal(choice.current, 'message');
  });

  it('shows the SMS inbox newest first at /__phone/sms', async () => {
    const { call, api, choice, phone } = demoServer();
    choice.current = 'pin';
    await api('', { phone: '+3725123456' });
    await api('', { phone: '+3725000000' });
    const inbox = (await (await call(phone, '/__phone/sms')).json()) as { id: string; to: string; body: string; receivedAt: number }[];
    assert.deepEqual(
      inbox.map((m) => m.to),
      ['+3725000000', '+3725123456'],
    );
    assert.ok(inbox.every((m) => /your login code is \d{6}\./.test(m.body) && typeof m.receivedAt === 'number' && m.id.length > 0));
  });

  it('refuses to be built on a challenge it has no provider for', () => {
    assert.throws(() => new ProviderChoice([new MobileIdSimulator()], 'pin'), RangeError);
    const choice = new ProviderChoice([new MobileIdSimulator()]);
    assert.throws(() => (choice.current = 'pin'), RangeError);
    assert.equal(choice.current, 'message');
  });
});

describe('the simulated inbox', () => {
  it('keeps the newest messages up to its capacity', async () => {
    const inbox = new SimulatedInbox({ capacity: 3 });
    for (let i = 1; i <= 5; i++) await inbox.send({ to: '+3725123456', body: `message ${i}` });
    assert.deepEqual(
      inbox.messages().map((m) => m.body),
      ['message 5', 'message 4', 'message 3'],
    );
    inbox.clear();
    assert.deepEqual(inbox.messages(), []);
  });
});
