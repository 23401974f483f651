import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { valimoEnv } from '../stand-ins/mssp/harness.js';
import { StandInMssp } from '../stand-ins/mssp/mssp.js';
import { makeTestPki, type TestPki } from '../stand-ins/mssp/pki.js';
import { startInstance, type Instance } from '../support/instances.js';
import { startRedis, type RedisServer } from '../support/redis.js';

const SECRET = 'a-cluster-server-secret-of-32-bytes-or-more';

// Mobile ID over the stand-in MSSP, with three server processes on one Redis: the MSSP's
// transaction lives in the shared record, so whichever instance holds the page's poll asks for
// its status, one query at a time, even after the instance that started it is gone.
describe('three instances on one Redis: Mobile ID', () => {
  let redis: RedisServer;
  let pki: TestPki;
  let mssp: StandInMssp;
  let a: Instance;
  let b: Instance;
  let c: Instance;

  before(async () => {
    redis = await startRedis();
    pki = makeTestPki();
    mssp = await StandInMssp.start({ pki });
    const env = {
      PHONE_LOGIN_CHALLENGE: 'valimo',
      PHONE_LOGIN_TOKEN_SECRET: SECRET,
      PHONE_LOGIN_REDIS_URL: redis.url,
      // Every start here comes from 127.0.0.1: the per-client limits have their own tests.
      PHONE_LOGIN_STARTS_PER_CLIENT: '100000',
      PHONE_LOGIN_PENDING_PER_CLIENT: '100000',
      PHONE_LOGIN_MAX_CONNECTIONS_PER_CLIENT: '1000',
      ...valimoEnv(pki, mssp),
    };
    [a, b, c] = await Promise.all([startInstance(env), startInstance(env), startInstance(env)]);
  });
  after(async () => {
    await Promise.all([a, b, c].map((instance) => instance?.stop()));
    await mssp?.close();
    pki?.remove();
    await redis?.close();
  });

  /** Reads `uuid` on `instance`, then long-polls it (as the widget does, wait 25) until the state is not `state`. */
  async function pollPast(instance: Instance, uuid: unknown, state: string) {
    for (let wait = 0; ; wait = 25) {
      const answer = await instance.post('result/', { uuid, wait });
      if (answer.status !== 200 || answer.body.state !== state) return answer;
    }
  }

  it('finishes a login started on A on B, which asks the MSSP while it holds the poll, one query at a time', async () => {
    const started = await a.post('', { phone: '+37251239001' });
    assert.equal(started.status, 201);
    const transaction = await mssp.transaction('+37251239001');
    assert.equal(transaction.dataToBeSigned, `Login code: ${started.body.message}`);
    const processing = await pollPast(b, started.body.uuid, 'Scheduled');
    assert.equal(processing.body.state, 'Processing');
    await mssp.queried(transaction, 1);
    mssp.approve(transaction);
    const done = await pollPast(c, started.body.uuid, 'Processing');
    assert.deepEqual([done.body.state, typeof done.body.token], ['OK', 'string']);
    assert.equal(transaction.maxInFlight, 1, 'never two status queries at once, over three instances');
  });

  it('finishes the login through the others when the instance that started it is killed (-9) mid-way', async () => {
    const started = await a.post('', { phone: '+37251239002' });
    const transaction = await mssp.transaction('+37251239002');
    assert.equal((await pollPast(b, started.body.uuid, 'Scheduled')).body.state, 'Processing');
    await a.stop('SIGKILL');
    const before = transaction.statusQueries;
    const held = pollPast(b, started.body.uuid, 'Processing');
    await mssp.queried(transaction, before + 1);
    mssp.approve(transaction);
    const done = await held;
    assert.equal(done.body.state, 'OK', 'B asked the MSSP on its own');
    const read = await c.post('result/', { uuid: started.body.uuid });
    assert.equal(read.body.token, done.body.token, 'and C reads the same result');
  });

  it('gives 200 parallel starts for one number over the instances one pending login and one prompt on the phone', async () => {
    const phone = '+37251239003';
    const signaturesBefore = mssp.counts.signature;
    const alive = [b, c];
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => alive[i % 2]!.post('', { phone })));
    const created = answers.filter((answer) => answer.status === 201);
    assert.equal(created.length, 1);
    assert.ok(answers.every((answer) => answer.status === 201 || (answer.status === 429 && Number(answer.headers.get('Retry-After')) > 0)));
    await mssp.transaction(phone);
    // Each instance sends a start's signature request before it answers; once the login is Processing, all were sent.
    assert.equal((await pollPast(b, created[0]!.body.uuid, 'Scheduled')).body.state, 'Processing');
    assert.equal(mssp.counts.signature - signaturesBefore, 1, 'the phone was asked once');
  });
});
