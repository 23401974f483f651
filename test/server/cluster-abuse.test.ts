import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startInstance, type Instance } from '../support/instances.js';
import { startRedis, type RedisServer } from '../support/redis.js';

// Abuse from the network, against two instances on one Redis behind a trusted proxy (127.0.0.1,
// which sets X-Forwarded-For), and a third that trusts no proxy. Each case failed on the server
// before these limits: it counted nothing per client, and took X-Forwarded-For from nobody.
describe('abuse limits shared by the instances', () => {
  let redis: RedisServer;
  let a: Instance;
  let b: Instance;
  let direct: Instance;
  let serial = 0;
  const number = () => `+3725124${String(++serial).padStart(4, '0')}`;
  const from = (address: string) => ({ 'X-Forwarded-For': `${address}, 127.0.0.1` });

  before(async () => {
    redis = await startRedis();
    const env = {
      PHONE_LOGIN_CHALLENGE: 'simulated',
      PHONE_LOGIN_SIMULATED_METHOD: 'message',
      PHONE_LOGIN_SIMULATED_DELAY_MS: '0',
      PHONE_LOGIN_REDIS_URL: redis.url,
      PHONE_LOGIN_TOKEN_SECRET: 'a-cluster-server-secret-of-32-bytes-or-more',
      PHONE_LOGIN_STARTS_PER_CLIENT: '6',
      PHONE_LOGIN_PENDING_PER_CLIENT: '5',
    };
    [a, b, direct] = await Promise.all([
      startInstance({ ...env, PHONE_LOGIN_TRUSTED_PROXIES: '127.0.0.1' }),
      startInstance({ ...env, PHONE_LOGIN_TRUSTED_PROXIES: '127.0.0.0/8' }),
      startInstance(env),
    ]);
  });
  after(async () => {
    await Promise.all([a, b, direct].map((instance) => instance?.stop()));
    await redis?.close();
  });

  it('counts one client\'s starts over every instance, and no other client\'s', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      const started = await [a, b][i % 2]!.post('', { phone: number() }, from('203.0.113.7'));
      statuses.push(started.status);
      if (started.status === 201) await a.post('cancel/', { uuid: started.body.uuid });
    }
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 201, 429]);
    assert.equal((await b.post('', { phone: number() }, from('203.0.113.8'))).status, 201, 'another client is not held up');
  });

  it('keeps a flood from one client from crowding out another\'s login: it is refused at its own cap', async () => {
    const victim = await a.post('', { phone: number() }, from('198.51.100.1'));
    assert.equal(victim.status, 201);
    const flood = await Promise.all(Array.from({ length: 40 }, (_, i) => [a, b][i % 2]!.post('', { phone: number() }, from('198.51.100.66'))));
    assert.equal(flood.filter((answer) => answer.status === 201).length, 5, 'five pending logins per client');
    assert.ok(flood.every((answer) => answer.status === 201 || answer.status === 429));
    // The victim's phone rings on the instance that started the login (the simulated phone lives there).
    let listed = await fetch(`${a.url}/__phone/prompts`);
    let prompts = (await listed.json()) as { uuid: string }[];
    if (!prompts.some((prompt) => prompt.uuid === victim.body.uuid)) {
      listed = await fetch(`${a.url}/__phone/prompts?wait=5&since=${listed.headers.get('X-Prompts-Version')}`);
      prompts = (await listed.json()) as { uuid: string }[];
    }
    assert.ok(prompts.some((prompt) => prompt.uuid === victim.body.uuid));
    assert.equal((await fetch(`${a.url}/__phone/prompts/${victim.body.uuid}/approve`, { method: 'POST' })).status, 204);
    assert.equal((await b.post('result/', { uuid: victim.body.uuid })).body.state, 'OK');
  });

  it('ignores X-Forwarded-For from a peer it does not trust: anyone can write one', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      const started = await direct.post('', { phone: number() }, from(`192.0.2.${i + 1}`));
      statuses.push(started.status);
      if (started.status === 201) await direct.post('cancel/', { uuid: started.body.uuid });
    }
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 201, 429], 'seven made-up addresses count as the one real peer');
  });
});
