import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup, since } from './helpers.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('long polling: result/ with "wait"', () => {
  it('holds the answer until the login changes, then answers at once', async () => {
    const { start, result, ringing, simulator } = setup();
    const login = await start();
    await ringing(login.uuid);
    const t0 = performance.now();
    const held = result(login.uuid, { wait: 10 });
    await pause(100);
    await simulator.approve(login.uuid);
    const read = await held;
    const elapsed = since(t0);
    assert.equal(read.state, 'OK');
    assert.ok(read.token);
    assert.ok(elapsed >= 90, `held until the approval (${elapsed} ms)`);
    assert.ok(elapsed < 1000, `answered right after the approval, not after the wait (${elapsed} ms)`);
  });

  it('also answers when Scheduled becomes Processing', async () => {
    const { start, result } = setup({ sim: { processingDelayMs: 80 } });
    const login = await start();
    const t0 = performance.now();
    const read = await result(login.uuid, { wait: 10 });
    assert.equal(read.state, 'Processing');
    assert.ok(since(t0) < 1000);
  });

  it('answers at once when the login is already final', async () => {
    const { start, result, ringing, simulator } = setup();
    const login = await start();
    await ringing(login.uuid);
    await simulator.reject(login.uuid);
    const t0 = performance.now();
    const read = await result(login.uuid, { wait: 10 });
    assert.equal(read.state, 'Canceled');
    assert.ok(since(t0) < 100, `answered in ${since(t0)} ms`);
  });

  it('caps the wait at maxWait and then answers with the unchanged login', async () => {
    const { start, result, ringing } = setup({ maxWait: 0.15 });
    const login = await start();
    await ringing(login.uuid);
    const t0 = performance.now();
    const read = await result(login.uuid, { wait: 30 });
    const elapsed = since(t0);
    assert.equal(read.state, 'Processing');
    assert.ok(elapsed >= 140 && elapsed < 1000, `held ${elapsed} ms`);
  });

  it('ignores a wait that is not a JSON number', async () => {
    const { start, result, ringing } = setup();
    const login = await start();
    await ringing(login.uuid);
    for (const wait of ['5', true, null, -3]) {
      const t0 = performance.now();
      assert.equal((await result(login.uuid, { wait })).state, 'Processing');
      assert.ok(since(t0) < 100, `wait ${JSON.stringify(wait)} answered in ${since(t0)} ms`);
    }
  });

  it('releases a held poll when the request is aborted', async () => {
    const { start, post, ringing } = setup();
    const login = await start();
    await ringing(login.uuid);
    const controller = new AbortController();
    const t0 = performance.now();
    const held = post('result/', { uuid: login.uuid, wait: 10 }, {}, controller.signal);
    setTimeout(() => controller.abort(), 50);
    await held;
    assert.ok(since(t0) < 1000, `released after ${since(t0)} ms`);
  });

  it('answers 404 when the login disappears during the wait', async () => {
    const { start, post, ringing, handler } = setup();
    const login = await start();
    await ringing(login.uuid);
    const held = post('result/', { uuid: login.uuid, wait: 10 });
    await pause(20);
    await handler.store.delete(login.uuid);
    assert.equal((await held).status, 404);
  });
});

describe('caps on held polls', () => {
  it('answers a poll at once, rather than refusing it, when its login already has as many held as allowed', async () => {
    const { start, post, ringing, handler } = setup({ maxHeldPollsPerLogin: 1, sim: { processingDelayMs: 0 } });
    const login = await start();
    await ringing(login.uuid);
    const controller = new AbortController();
    const first = post('result/', { uuid: login.uuid, wait: 20 }, {}, controller.signal);
    while (handler.heldPolls === 0) await new Promise((resolve) => setImmediate(resolve));
    const t0 = performance.now();
    const second = await post('result/', { uuid: login.uuid, wait: 20 });
    assert.equal(second.status, 200);
    assert.ok(performance.now() - t0 < 1000, 'not held');
    assert.equal(handler.heldPolls, 1);
    controller.abort();
    await first.catch(() => undefined);
  });
});
