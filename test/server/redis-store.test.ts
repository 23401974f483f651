import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { StoreUnavailableError } from '../../server/errors.js';
import { NumberLimits } from '../../server/limits/number-limits.js';
import { RedisLimits } from '../../server/limits/redis-limits.js';
import { RedisStore } from '../../server/redis/store.js';
import type { LoginRecord } from '../../server/types.js';
import { startRedis, type RedisServer } from '../support/redis.js';
import { loginRecord } from './helpers.js';

const SEAL_KEY = Buffer.alloc(32, 7);
const record = loginRecord;

describe('the Redis store (a real redis-server)', () => {
  let redis: RedisServer;
  const stores: RedisStore[] = [];
  /** A store as one instance has it: its own connections to the shared Redis. */
  const instance = async (options: Partial<ConstructorParameters<typeof RedisStore>[0]> = {}) => {
    const store = new RedisStore({ url: redis.url, sealKey: SEAL_KEY, prefix: 'test:', ...options });
    stores.push(store);
    assert.ok(await store.connected());
    return store;
  };

  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await redis.close();
  });

  it('shares logins between instances, and keeps the number and the token sealed at rest', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    await a.create(record('a1'));
    await b.update('a1', () => ({ state: 'OK', token: 'the-token-itself', subject: 'PNOEE-38001085718' }));
    const read = await a.get('a1');
    assert.deepEqual([read?.state, read?.token, read?.phone, read?.version], ['OK', 'the-token-itself', '+3725123456', 2]);
    const client = new Redis(redis.url);
    const raw = await client.get('test:login:a1').finally(() => client.disconnect());
    assert.ok(raw && !raw.includes('5123456') && !raw.includes('the-token-itself') && !raw.includes('38001085718'), raw ?? '');
    assert.equal((await a.get('a1'))?.subject, 'PNOEE-38001085718');
  });

  it('gives every key a time to live', async () => {
    const store = await instance({ retentionMs: 60_000 });
    await store.create(record('ttl1'));
    await store.claim('lease:x', 5000);
    const client = new Redis(redis.url);
    const ttls = await Promise.all(['test:login:ttl1', 'test:claim:lease:x'].map((key) => client.pttl(key)));
    client.disconnect();
    assert.ok(ttls.every((ttl) => ttl > 0 && ttl <= 60_000), String(ttls));
  });

  it('applies racing updates from several instances one after another, none lost', async () => {
    const instances = await Promise.all([instance(), instance(), instance()]);
    await instances[0]!.create(record('race', { providerData: 0 }));
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => instances[i % 3]!.update('race', (current) => ({ providerData: (current.providerData as number) + 1 }))),
    );
    const final = await instances[1]!.get('race');
    assert.deepEqual([final?.providerData, final?.version], [60, 61]);
  });

  it('claims a key once across instances, until it expires', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const results = await Promise.all([a, b, a, b].map((store) => store.claim('used-token:j1', 60_000)));
    assert.equal(results.filter(Boolean).length, 1);
    await a.unclaim('used-token:j1');
    assert.equal(await b.claim('used-token:j1', 60_000), true);
  });

  it('wakes a long poll held on one instance when another changes the login', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    await a.create(record('poll'));
    const held = b.waitForChange('poll', 1, 10_000);
    // Give the wait time to register before the change (it reads after registering, so either order is safe).
    await new Promise((resolve) => setImmediate(resolve));
    const t0 = performance.now();
    await a.update('poll', () => ({ state: 'Processing' }));
    const woken = await held;
    const took = performance.now() - t0;
    assert.equal(woken?.state, 'Processing');
    assert.ok(took < 1000, `woken after ${took.toFixed(1)} ms`);
  });

  it('keeps per-number limits in Redis: shared, atomic under a race, never reset by a flood of other numbers', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const settings = { cooldownMs: 0, maxCodes: 3, maxWrong: 3, windowMs: 3_600_000 };
    const limitsA = new NumberLimits(settings, new RedisLimits(a.redis, 'test:'));
    const limitsB = new NumberLimits(settings, new RedisLimits(b.redis, 'test:'));
    const now = Date.now();
    const bookings = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? limitsA : limitsB).takeGuess('target', now)));
    assert.equal(bookings.filter(Boolean).length, 3, 'three guesses, however they raced over two instances');
    for (let i = 0; i < 2000; i++) await limitsA.claimCode(`other-${i}`, now);
    assert.equal(await limitsB.wrongLeft('target', now), 0, "a flood of other numbers did not reset the target's count");
    await limitsA.refundGuess('target', bookings.find(Boolean)!);
    assert.equal(await limitsB.wrongLeft('target', now + 1), 1);
    const client = new Redis(redis.url);
    const ttl = await client.pttl('test:limit:wrong:target');
    client.disconnect();
    assert.ok(ttl > 0 && ttl <= 3_600_000, `every key has a TTL (${ttl})`);
  });

  it('answers StoreUnavailableError quickly while Redis is down, and works again once it is back', async () => {
    const store = await instance();
    await store.create(record('down'));
    await redis.stop();
    const t0 = performance.now();
    await assert.rejects(store.get('down'), StoreUnavailableError);
    assert.ok(performance.now() - t0 < 2000);
    assert.equal(await store.ping(), false);
    await redis.start();
    let back: LoginRecord | undefined;
    for (let i = 0; i < 100 && !back; i++) back = await store.get('down').catch(() => new Promise<undefined>((resolve) => setTimeout(resolve, 50)));
    assert.equal(back?.uuid, 'down', 'the login survived the restart');
  });
});
