import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { MemoryStore } from '../../server/store.js';
import { loginRecord, setup, since } from './helpers.js';

/** A store on a hand-driven clock, closed after the test file. */
function clockStore(retentionMs = 1000) {
  const clock = { now: 1_000_000 };
  const store = new MemoryStore({ retentionMs, now: () => clock.now });
  after(() => store.close());
  return { clock, store };
}

const record = (uuid: string) => loginRecord(uuid);

describe('the in-memory store', () => {
  it('forgets a login after the retention time, so result/ and cancel/ answer 404', async () => {
    const { clock, store } = clockStore(1000);
    const { start, post } = setup({ store, now: () => clock.now, sim: { processingDelayMs: 60_000 } });
    const login = await start();
    clock.now += 999;
    assert.equal((await post('result/', { uuid: login.uuid })).status, 200);
    clock.now += 1;
    assert.equal((await post('result/', { uuid: login.uuid })).status, 404);
    assert.equal((await post('cancel/', { uuid: login.uuid })).status, 404);
  });

  it('counts retention from the last change, like Waldur\'s cleanup of `modified`', async () => {
    const { clock, store } = clockStore(1000);
    await store.create(record('a'));
    clock.now += 900;
    await store.update('a', () => ({ state: 'Processing' }));
    clock.now += 900;
    assert.equal((await store.get('a'))?.state, 'Processing');
  });

  it('sweeps expired records from memory without anyone reading them', async () => {
    const { clock, store } = clockStore(1000);
    await store.create(record('a'));
    await store.create(record('b'));
    clock.now += 500;
    await store.create(record('c'));
    clock.now += 600;
    store.sweep();
    assert.equal(store.size, 1);
  });

  it('makes room by dropping finished logins, oldest finished first, and never a pending one: a flood is refused instead', async () => {
    const store = new MemoryStore({ maxRecords: 3 });
    after(() => store.close());
    for (const uuid of ['pending', 'done-late', 'done-early']) await store.create(record(uuid));
    await store.update('done-early', () => ({ state: 'Canceled' }));
    await store.update('done-late', () => ({ state: 'OK', token: 't' }));
    await store.create(record('new-1'));
    assert.equal(await store.get('done-early'), undefined, 'the first to finish went first');
    await store.create(record('new-2'));
    assert.equal(await store.get('done-late'), undefined);
    await assert.rejects(store.create(record('flood')), (error: { status?: number }) => error.status === 429);
    assert.deepEqual((await Promise.all(['pending', 'new-1', 'new-2'].map((uuid) => store.get(uuid)))).map((r) => r?.state), ['Scheduled', 'Scheduled', 'Scheduled']);
  });

  it('bumps the version on each change, not on a refused one', async () => {
    const { store } = clockStore();
    assert.equal((await store.create(record('a'))).version, 1);
    assert.equal((await store.update('a', () => ({ state: 'Processing' })))?.version, 2);
    assert.equal((await store.update('a', () => undefined))?.version, 2);
  });

  it('waitForChange: resolves on a change, on time, on abort and on deletion', async () => {
    const { store } = clockStore(60_000);
    await store.create(record('a'));
    const changed = store.waitForChange('a', 1, 5000);
    await store.update('a', () => ({ state: 'Processing' }));
    assert.equal((await changed)?.version, 2);

    assert.equal((await store.waitForChange('a', 1, 5000))?.version, 2, 'already newer: at once');

    let t0 = performance.now();
    assert.equal((await store.waitForChange('a', 2, 50))?.version, 2);
    assert.ok(since(t0) >= 45 && since(t0) < 1000);

    const controller = new AbortController();
    t0 = performance.now();
    const aborted = store.waitForChange('a', 2, 5000, controller.signal);
    controller.abort();
    assert.equal((await aborted)?.version, 2);
    assert.ok(since(t0) < 100);

    const deleted = store.waitForChange('a', 2, 5000);
    await store.delete('a');
    assert.equal(await deleted, undefined);
  });

  it('waitForChange: leaves no abort listener behind, however it ends', async () => {
    const { store } = clockStore(60_000);
    await store.create(record('a'));
    let listeners = 0;
    const signal = {
      aborted: false,
      addEventListener: () => listeners++,
      removeEventListener: () => listeners--,
    } as unknown as AbortSignal;
    const changed = store.waitForChange('a', 1, 5000, signal);
    assert.equal(listeners, 1);
    await store.update('a', () => ({ state: 'Processing' }));
    await changed;
    await store.waitForChange('a', 2, 10, signal);
    assert.equal(listeners, 0);
  });

  it('never keeps a process alive on its own', () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', "const { MemoryStore } = await import('./server/store.ts'); new MemoryStore();"],
      { timeout: 10_000, encoding: 'utf8' },
    );
    assert.equal(child.status, 0, child.stderr);
  });
});
