import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LocalOtpProvider } from '../../server/providers/local-otp.js';
import { SimulatedInbox } from '../../server/sms/simulated-inbox.js';
import { BASE, PHONE, setup } from './helpers.js';

/** Starts a login for `phone`, as a client at `address` (what the node adapter reports). */
const startFrom = (handler: ReturnType<typeof setup>['handler'], phone: string, address = '203.0.113.1') =>
  handler.handle(new Request(BASE, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone }) }), { remoteAddress: address });

const smsSetup = (admission: object, extra: object = {}) => {
  const provider = new LocalOtpProvider({ sender: new SimulatedInbox(), resendCooldownSeconds: 0 });
  return setup({ provider, admission, ...extra });
};

describe('admission: who may start a login', () => {
  it('refuses a number from a country that is not allowed, with a code the widget words', async () => {
    const { handler } = setup({ admission: {}, countries: ['ee', 'LV'] });
    const refused = await startFrom(handler, '+358401234567');
    assert.equal(refused.status, 400);
    assert.deepEqual(await refused.json(), { phone: ['Numbers from this country cannot be used here.'], code: 'country_not_allowed' });
    assert.equal((await startFrom(handler, PHONE)).status, 201);
  });

  it('keeps a per-country and a global SMS budget against SMS pumping (429 sms_budget)', async () => {
    const { handler } = smsSetup({ smsPerCountryPerHour: 2, smsPerHour: 3 });
    const statuses = [];
    for (const phone of ['+3725123401', '+3725123402', '+3725123403']) statuses.push((await startFrom(handler, phone)).status);
    assert.deepEqual(statuses, [201, 201, 429], "Estonia's budget is two an hour");
    const over = await startFrom(handler, '+3725123404');
    assert.equal((await over.json()).code, 'sms_budget');
    assert.ok(Number(over.headers.get('Retry-After')) > 3500);
    assert.equal((await startFrom(handler, '+37120012345')).status, 201, 'Latvia has its own');
    assert.equal((await startFrom(handler, '+37120012346')).status, 429, 'and the global budget of three is spent');
  });

  it('keeps a budget per calling code for numbers of no country (satellite, international)', async () => {
    const { handler } = smsSetup({ smsPerCountryPerHour: 2 });
    const statuses = [];
    for (const phone of ['+881612345678', '+881612345679', '+881612345670']) statuses.push((await startFrom(handler, phone)).status);
    assert.deepEqual(statuses, [201, 201, 429]);
  });

  it('frees the slot of a login that ended by its last wrong code', async () => {
    const inbox = new SimulatedInbox();
    const provider = new LocalOtpProvider({ sender: inbox, resendCooldownSeconds: 0, maxAttempts: 2 });
    const { handler, post } = setup({ provider, admission: { pendingPerNumber: 1 } });
    const { uuid } = (await (await startFrom(handler, PHONE)).json()) as { uuid: string };
    const code = /code is (\d+)/.exec(inbox.messages()[0]!.body)![1];
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 2; i++) await post('result/', { uuid, pin: wrong });
    assert.equal(((await (await post('result/', { uuid })).json()) as { state: string }).state, 'Canceled');
    assert.equal((await startFrom(handler, PHONE)).status, 201, 'the number may start again at once');
  });

  it('gives a number one pending Mobile ID login: the phone rings again only once the first has ended', async () => {
    const { handler, post, simulator, ringing } = setup({ admission: { promptCooldownMs: 0 } });
    const first = await (await startFrom(handler, PHONE)).json();
    const second = await startFrom(handler, PHONE, '198.51.100.9');
    assert.equal(second.status, 429, 'even from another client');
    await ringing(first.uuid);
    await simulator.reject(first.uuid);
    assert.equal((await post('result/', { uuid: first.uuid })).status, 200);
    assert.equal((await startFrom(handler, PHONE)).status, 201);
  });

  it('spaces Mobile ID prompts to a number, and gives each client a share of its daily prompts', async () => {
    let time = Date.UTC(2026, 11, 1);
    const { handler, post } = setup({ admission: { promptCooldownMs: 15_000, promptsPerNumberPerClient: 2, promptsPerNumber: 3 }, now: () => time });
    const cancel = async (answer: Response) => post('cancel/', { uuid: ((await answer.json()) as { uuid: string }).uuid });
    await cancel(await startFrom(handler, PHONE, '203.0.113.5'));
    const soon = await startFrom(handler, PHONE, '203.0.113.6');
    assert.deepEqual([soon.status, soon.headers.get('Retry-After')], [429, '15'], 'fifteen seconds between prompts, whoever asks');
    time += 15_000;
    await cancel(await startFrom(handler, PHONE, '203.0.113.5'));
    time += 15_000;
    assert.equal((await startFrom(handler, PHONE, '203.0.113.5')).status, 429, "this client's share (two a day) is spent");
    await cancel(await startFrom(handler, PHONE, '203.0.113.7'));
    time += 15_000;
    assert.equal((await startFrom(handler, PHONE, '203.0.113.8')).status, 429, "and the number's three a day");
  });

  it('counts a client\'s pending logins, each client on its own', async () => {
    const { handler } = smsSetup({ startsPerClient: 100, pendingPerClient: 2, pendingPerNumber: 5 });
    assert.equal((await startFrom(handler, '+3725123411')).status, 201);
    assert.equal((await startFrom(handler, '+3725123412')).status, 201);
    assert.equal((await startFrom(handler, '+3725123413')).status, 429, 'two pending per client');
    assert.equal((await startFrom(handler, '+3725123413', '203.0.113.2')).status, 201, 'another client');
  });

  it('gives back the slot and the SMS budget of a start the provider refused (the number\'s cooldown)', async () => {
    const provider = new LocalOtpProvider({ sender: new SimulatedInbox(), resendCooldownSeconds: 30 });
    const { handler } = setup({ provider, admission: { pendingPerClient: 2, smsPerHour: 2 } });
    assert.equal((await startFrom(handler, '+3725123421')).status, 201);
    const cooling = await startFrom(handler, '+3725123421');
    assert.deepEqual([cooling.status, (await cooling.json()).code], [429, undefined], "the provider's own refusal");
    assert.equal((await startFrom(handler, '+3725123422')).status, 201, 'the refused start held neither a slot nor an SMS');
  });
});
