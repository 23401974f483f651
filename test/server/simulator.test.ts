import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MobileIdSimulator } from '../../server/providers/mobile-id-simulator.js';
import { createSimulatedPhoneHandler } from '../../server/providers/simulated-phone-handler.js';
import { PHONE, setup, since } from './helpers.js';

// The simulated phone answers pages of this machine only, so its tests call it on loopback.
const PHONE_BASE = 'http://127.0.0.1:5173/__phone/';

/** The simulator behind a login handler, plus its phone API. */
function phoneSetup(sim = {}) {
  const context = setup({ sim });
  const phone = createSimulatedPhoneHandler(context.simulator, { maxWait: 5 });
  const call = (path: string, method = 'GET', signal?: AbortSignal) => phone.handle(new Request(new URL(path, PHONE_BASE), { method, signal }));
  return { ...context, phone, call };
}

describe('the Mobile ID simulator', () => {
  it("makes Waldur's code: 4 digits, zero-padded", () => {
    const simulator = new MobileIdSimulator();
    const codes = Array.from({ length: 2000 }, () => simulator.message());
    assert.ok(codes.every((code) => /^\d{4}$/.test(code)));
    assert.ok(codes.some((code) => code.startsWith('0')), 'small numbers keep their leading zeros');
    assert.ok(new Set(codes).size > 1000, 'codes vary');
  });

  it('rings only after the processing delay, when the login becomes Processing', async () => {
    const { start, result, ringing, simulator } = setup({ sim: { processingDelayMs: 60 } });
    const t0 = performance.now();
    const login = await start();
    assert.deepEqual(simulator.pending(), []);
    await ringing(login.uuid);
    assert.ok(since(t0) >= 55, `rang after ${since(t0)} ms`);
    assert.equal((await result(login.uuid)).state, 'Processing');
    assert.deepEqual(simulator.pending(), [{ uuid: login.uuid, phone: PHONE, code: login.message }]);
  });

  it('answers each prompt once', async () => {
    const { start, ringing, simulator } = setup();
    const login = await start();
    assert.equal(await simulator.approve(login.uuid), false, 'not ringing yet');
    await ringing(login.uuid);
    assert.equal(await simulator.approve(login.uuid), true);
    assert.equal(await simulator.approve(login.uuid), false);
    assert.equal(await simulator.reject(login.uuid), false);
  });

  it('ends the login Erred when the registration check fails', async () => {
    const { start, ringing, simulator, result } = setup({
      sim: {
        isRegistered: () => {
          throw new Error('directory down');
        },
      },
    });
    const login = await start();
    await ringing(login.uuid);
    await simulator.approve(login.uuid);
    const read = await result(login.uuid);
    assert.deepEqual([read.state, read.reason, read.details], ['Erred', 'provider_error', '']);
    assert.ok(read.error_message.length > 0);
  });
});

describe('the simulated phone API (/__phone/)', () => {
  it('lists pending prompts and approves one, which logs the user in', async () => {
    const { start, ringing, call, result } = phoneSetup();
    const login = await start();
    await ringing(login.uuid);
    const list = await call('prompts');
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('Cache-Control'), 'no-store');
    assert.deepEqual(await list.json(), [{ uuid: login.uuid, phone: PHONE, code: login.message }]);
    assert.equal((await call(`prompts/${login.uuid}/approve`, 'POST')).status, 204);
    assert.equal((await result(login.uuid)).state, 'OK');
    assert.deepEqual(await (await call('prompts')).json(), []);
    assert.equal((await call(`prompts/${login.uuid}/approve`, 'POST')).status, 404, 'already answered');
  });

  it('rejects a prompt', async () => {
    const { start, ringing, call, result } = phoneSetup();
    const login = await start();
    await ringing(login.uuid);
    assert.equal((await call(`prompts/${login.uuid}/reject`, 'POST')).status, 204);
    assert.equal((await result(login.uuid)).state, 'Canceled');
  });

  it('holds GET prompts?wait=N until the phone rings', async () => {
    const { start, call } = phoneSetup({ processingDelayMs: 80 });
    const version = (await call('prompts')).headers.get('X-Prompts-Version');
    const t0 = performance.now();
    const login = await start();
    const list = await (await call(`prompts?wait=5&since=${version}`)).json();
    assert.deepEqual(list.map((p: { uuid: string }) => p.uuid), [login.uuid]);
    assert.ok(since(t0) >= 70 && since(t0) < 1000, `answered after ${since(t0)} ms`);
  });

  it('answers a held GET at once when it missed a change, and releases it on abort', async () => {
    const { start, ringing, call } = phoneSetup();
    const before = (await call('prompts')).headers.get('X-Prompts-Version');
    const login = await start();
    await ringing(login.uuid);
    let t0 = performance.now();
    assert.equal((await (await call(`prompts?wait=5&since=${before}`)).json()).length, 1);
    assert.ok(since(t0) < 100);
    const controller = new AbortController();
    t0 = performance.now();
    setTimeout(() => controller.abort(), 30);
    await call('prompts?wait=5', 'GET', controller.signal);
    assert.ok(since(t0) < 1000);
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    const { call } = phoneSetup();
    assert.equal((await call('prompts', 'POST')).status, 405);
    assert.equal((await call(`prompts/${'a'.repeat(32)}/approve`, 'GET')).status, 405);
    assert.equal((await call(`prompts/${'a'.repeat(32)}/approve`, 'POST')).status, 404);
    assert.equal((await call('other')).status, 404);
  });
});

describe('the simulated phone answers this machine only', () => {
  it('refuses another host (a DNS-rebinding page) and a page of another origin, and a POST that is not JSON', async () => {
    const { phone, start, ringing } = phoneSetup();
    const login = await start();
    await ringing(login.uuid);
    const ask = (url: string, init: RequestInit = {}) => phone.handle(new Request(url, init));
    assert.equal((await ask('http://evil.example:5173/__phone/prompts')).status, 403, 'a rebinding page has its own name as Host');
    assert.equal((await ask('http://127.0.0.1:5173/__phone/prompts', { headers: { Origin: 'https://evil.example' } })).status, 403);
    assert.equal((await ask('http://127.0.0.1:5173/__phone/prompts', { headers: { Origin: 'http://127.0.0.1:5173' } })).status, 200);
    const form = await ask('http://127.0.0.1:5173/__phone/settings', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"method":"pin"}' });
    assert.notEqual(form.status, 200, 'a cross-site text/plain POST changes nothing');
  });
});
