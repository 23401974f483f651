import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLIENT_CANCEL_DETAILS } from '../../server/logins.js';
import { NOT_REGISTERED_DETAILS } from '../../server/logins.js';
import { TIMEOUT_DETAILS, USER_CANCEL_DETAILS } from '../../server/providers/mobile-id-simulator.js';
import { PHONE, setup } from './helpers.js';

const hyphenate = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

describe('poll: POST {base}result/', () => {
  it('answers an unknown, malformed, missing or null uuid with 404, never 400', async () => {
    const { post } = setup();
    const bodies: unknown[] = [
      { uuid: 'f'.repeat(32) },
      { uuid: 'not-a-uuid' },
      { uuid: 42 },
      { uuid: null },
      {},
      [],
      'null',
    ];
    for (const body of bodies) {
      const response = await post('result/', body);
      assert.equal(response.status, 404, JSON.stringify(body));
      assert.deepEqual(await response.json(), { detail: 'Not found.' });
    }
  });

  it('accepts the uuid hyphenated and in capitals, answering with the 32-hex form', async () => {
    const { start, result } = setup({ sim: { processingDelayMs: 60_000 } });
    const login = await start();
    const read = await result(hyphenate(login.uuid).toUpperCase());
    assert.deepEqual(read, login);
  });

  it('goes Scheduled → Processing → OK with a token only at OK, re-readable any number of times', async () => {
    const { start, result, ringing, simulator, tokens } = setup();
    const login = await start();
    await ringing(login.uuid);
    const processing = await result(login.uuid);
    assert.equal(processing.state, 'Processing');
    assert.equal(processing.token, null);
    assert.equal(processing.message, login.message);

    assert.equal(await simulator.approve(login.uuid), true);
    const ok = await result(login.uuid);
    assert.equal(ok.state, 'OK');
    assert.equal(ok.reason, undefined, 'no reason on OK');
    assert.deepEqual([ok.error_message, ok.details], ['', '']);
    const claims = tokens.verify(ok.token!);
    assert.equal(claims?.sub, PHONE);
    assert.equal(claims?.uuid, login.uuid);
    assert.deepEqual(await result(login.uuid), ok);
    assert.deepEqual(await result(login.uuid), ok);
  });

  it('ends Erred with the generic text, not stuck in Processing, when the token cannot be issued', async () => {
    const errors: unknown[] = [];
    const broken = { issue: () => Promise.reject(new Error('key store at 10.0.0.5 is down')) };
    const { start, result, ringing, simulator } = setup({ tokens: broken, onError: (error) => errors.push(error) });
    const login = await start();
    await ringing(login.uuid);
    await simulator.approve(login.uuid);
    const read = await result(login.uuid);
    assert.deepEqual([read.state, read.reason, read.token], ['Erred', 'provider_error', null]);
    assert.ok(!read.error_message.includes('10.0.0.5'), 'the failure text stays on the server');
    assert.equal(errors.length, 1, 'the operator hears of it');
  });

  it('ends as Canceled "User cancel." when the phone rejects', async () => {
    const { start, result, ringing, simulator } = setup();
    const login = await start();
    await ringing(login.uuid);
    await simulator.reject(login.uuid);
    const read = await result(login.uuid);
    assert.deepEqual(
      [read.state, read.details, read.reason, read.token, read.error_message],
      ['Canceled', USER_CANCEL_DETAILS, 'user_cancel', null, ''],
    );
  });

  it('ends as Canceled with Waldur\'s exact text for an unregistered number', async () => {
    const { start, result, ringing, simulator } = setup({ sim: { isRegistered: (phone) => phone !== PHONE } });
    const login = await start();
    await ringing(login.uuid);
    await simulator.approve(login.uuid);
    const read = await result(login.uuid);
    assert.deepEqual([read.state, read.details, read.reason, read.token], ['Canceled', 'User is not registered.', 'not_registered', null]);
    assert.equal(NOT_REGISTERED_DETAILS, 'User is not registered.');
  });

  it('ends as Canceled with reason timeout when nobody answers', async () => {
    const { start, result, ringing, simulator } = setup({ sim: { timeoutMs: 30 } });
    const login = await start();
    await ringing(login.uuid);
    const read = await result(login.uuid, { wait: 5 });
    assert.deepEqual([read.state, read.details, read.reason], ['Canceled', TIMEOUT_DETAILS, 'timeout']);
    assert.deepEqual(simulator.pending(), [], 'the phone stops showing it');
    assert.equal(await simulator.approve(login.uuid), false, 'too late to approve');
  });
});

describe('cancel: POST {base}cancel/', () => {
  it('cancels a pending login, takes the prompt off the phone, and keeps it canceled', async () => {
    const { start, post, result, ringing, simulator } = setup();
    const login = await start();
    await ringing(login.uuid);
    const response = await post('cancel/', { uuid: login.uuid });
    assert.equal(response.status, 200);
    const canceled = await response.json();
    assert.deepEqual([canceled.state, canceled.details, canceled.reason, canceled.token], ['Canceled', CLIENT_CANCEL_DETAILS, 'user_cancel', null]);
    assert.deepEqual(simulator.pending(), []);
    assert.equal(await simulator.approve(login.uuid), false);
    assert.deepEqual(await result(login.uuid), canceled);
  });

  it('cancels a Scheduled login before the phone rings, so it never rings', async () => {
    const { start, post, simulator } = setup({ sim: { processingDelayMs: 20 } });
    const login = await start();
    const canceled = await (await post('cancel/', { uuid: hyphenate(login.uuid) })).json();
    assert.equal(canceled.state, 'Canceled');
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.deepEqual(simulator.pending(), []);
  });

  it('returns a final login unchanged, token included', async () => {
    const { start, post, ringing, simulator, result } = setup();
    const login = await start();
    await ringing(login.uuid);
    await simulator.approve(login.uuid);
    const ok = await result(login.uuid);
    const response = await post('cancel/', { uuid: login.uuid });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), ok);
  });

  it('answers an unknown or missing uuid with 404', async () => {
    const { post } = setup();
    for (const body of [{ uuid: 'a'.repeat(32) }, {}, { uuid: 'x' }]) {
      const response = await post('cancel/', body);
      assert.deepEqual([response.status, await response.json()], [404, { detail: 'Not found.' }]);
    }
  });
});
