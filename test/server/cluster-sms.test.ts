import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startInstance, smsGateway, type Instance } from '../support/instances.js';
import { startRedis, type RedisServer } from '../support/redis.js';

const SECRET = 'a-cluster-server-secret-of-32-bytes-or-more';
const API_KEY = 'the-host-backends-api-key-0123456789';
const HOST = { Authorization: `Bearer ${API_KEY}` };

// Three server processes on one real Redis, as behind a load balancer: any instance answers any
// call of a login, and every limit holds for all of them together.
describe('three instances on one Redis: SMS codes', () => {
  let redis: RedisServer;
  let gateway: Awaited<ReturnType<typeof smsGateway>>;
  let a: Instance;
  let b: Instance;
  let c: Instance;
  let serial = 0;
  /** A fresh valid Estonian mobile number per test, so no test spends another's limits. */
  const number = () => `+3725123${String(++serial).padStart(4, '0')}`;

  before(async () => {
    redis = await startRedis();
    gateway = await smsGateway();
    const env = {
      PHONE_LOGIN_CHALLENGE: 'sms',
      PHONE_LOGIN_TOKEN_SECRET: SECRET,
      PHONE_LOGIN_API_KEY: API_KEY,
      PHONE_LOGIN_REDIS_URL: redis.url,
      PHONE_LOGIN_SMS: 'http',
      SMS_HTTP_URL: gateway.url,
      PHONE_LOGIN_APP_NAME: 'Shop',
      PHONE_LOGIN_PIN_ATTEMPTS: '3',
      PHONE_LOGIN_WRONG_PER_NUMBER: '5',
      // One second between codes to a number: long enough to make racing starts collide, short enough to wait out.
      PHONE_LOGIN_RESEND_COOLDOWN: '1',
    };
    [a, b, c] = await Promise.all([startInstance(env), startInstance(env), startInstance(env)]);
  });
  after(async () => {
    await Promise.all([a, b, c].map((instance) => instance?.stop()));
    gateway?.close();
    await redis?.close();
  });

  it('takes a login started on A, polled on B, verified on C, and its token redeemed on A', async () => {
    const phone = number();
    const started = await a.post('', { phone });
    assert.equal(started.status, 201);
    const uuid = started.body.uuid;
    const polled = await b.post('result/', { uuid });
    assert.deepEqual([polled.status, polled.body.state, polled.body.attempts_left], [200, 'Processing', 3]);
    const verified = await c.post('result/', { uuid, pin: gateway.codeFor(phone) });
    assert.equal(verified.body.state, 'OK');
    const redeemed = await a.post('verify/', { token: verified.body.token }, HOST);
    assert.deepEqual([redeemed.body.valid, redeemed.body.uuid, redeemed.body.phone], [true, uuid, phone]);
  });

  it('answers a long poll held on B within a round trip of the change made on A', async () => {
    const phone = number();
    const { uuid } = (await a.post('', { phone })).body;
    let answeredAt = 0;
    const held = b.post('result/', { uuid, wait: 10 }).then((answer) => {
      answeredAt = performance.now();
      return answer;
    });
    // The poll is held once B has answered nothing for a while; 300 ms is far above one round trip here.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(answeredAt, 0, 'B holds the poll');
    const sentAt = performance.now();
    const verified = await a.post('result/', { uuid, pin: gateway.codeFor(phone) });
    const aAnsweredAt = performance.now();
    assert.equal(verified.body.state, 'OK');
    assert.equal((await held).body.state, 'OK');
    const late = answeredAt - sentAt;
    console.log(`# the poll held on B answered ${late.toFixed(1)} ms after the code was sent to A (A's own answer: ${(aAnsweredAt - sentAt).toFixed(1)} ms)`);
    assert.ok(late < 100, `${late} ms`);
  });

  it('never gives 50 concurrent wrong guesses over three instances more tries than the attempts, nor more than the number allows', async () => {
    const phone = number();
    const { uuid } = (await a.post('', { phone })).body;
    const right = gateway.codeFor(phone)!;
    const wrong = Array.from({ length: 50 }, (_, i) => String(100000 + i)).filter((pin) => pin !== right);
    const answers = await Promise.all(wrong.map((pin, i) => [a, b, c][i % 3]!.post('result/', { uuid, pin })));
    assert.ok(answers.every((answer) => answer.status === 200 || answer.status === 429), answers.map((x) => x.status).join());
    const final = await b.post('result/', { uuid });
    assert.deepEqual([final.body.state, final.body.reason], ['Canceled', 'too_many_attempts']);
    // The number may type 5 wrong codes a day: a new login (after the 1 s cooldown) shows what the race left of them.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const next = await c.post('', { phone });
    assert.equal(next.status, 201);
    assert.ok((next.body.attempts_left as number) >= 2, `at most the 3 attempts of the login were spent of the 5, however the guesses raced (${next.body.attempts_left} left)`);
  });

  it('lets one token be redeemed exactly once when two instances are asked at the same moment', async () => {
    const phone = number();
    const { uuid } = (await a.post('', { phone })).body;
    const { token } = (await c.post('result/', { uuid, pin: gateway.codeFor(phone) })).body;
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => [a, b][i % 2]!.post('verify/', { token }, HOST)));
    assert.equal(answers.filter((answer) => answer.body.valid === true).length, 1);
    assert.ok(answers.every((answer) => answer.body.valid === true || answer.body.reason === 'used'));
  });

  it('sends one code when twenty starts for one number race over three instances', async () => {
    const phone = number();
    const before = gateway.texts.filter((text) => text.To === phone).length;
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => [a, b, c][i % 3]!.post('', { phone })));
    assert.equal(answers.filter((answer) => answer.status === 201).length, 1);
    assert.ok(answers.filter((answer) => answer.status !== 201).every((answer) => answer.status === 429 && Number(answer.headers.get('Retry-After')) > 0));
    assert.equal(gateway.texts.filter((text) => text.To === phone).length - before, 1);
  });

  it('answers 503 with Retry-After while Redis is down, says not ready, and completes the login once Redis is back', async () => {
    const phone = number();
    const { uuid } = (await a.post('', { phone })).body;
    await redis.stop();
    const during = await b.post('result/', { uuid });
    assert.equal(during.status, 503);
    assert.ok(Number(during.headers.get('Retry-After')) > 0);
    assert.equal((await fetch(`${c.url}/readyz`)).status, 503);
    assert.equal((await fetch(`${c.url}/healthz`)).status, 200, 'the process itself is fine');
    await redis.start();
    let back = 503;
    for (let i = 0; i < 100 && back !== 200; i++) {
      back = (await fetch(`${c.url}/readyz`)).status;
      if (back !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(back, 200);
    const verified = await c.post('result/', { uuid, pin: gateway.codeFor(phone) });
    assert.equal(verified.body.state, 'OK', 'the login survived the outage');
  });

  it('writes no number and no token into any log line of any instance', async () => {
    const logs = [a, b, c].map((instance) => instance.output()).join('\n');
    assert.ok(logs.includes('"event":"login_start"'), 'there is an audit log to search');
    for (const text of gateway.texts) {
      assert.ok(!logs.includes(text.To) && !logs.includes(text.To.slice(4)), 'a number is in the log');
      assert.ok(!logs.includes(text.Body.match(/\d{6}/)![0]!), 'a code is in the log');
    }
    assert.ok(!/"token":"[A-Za-z0-9_-]{20,}/.test(logs));
  });
});
