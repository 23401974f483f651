import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { client, freshNumber, useStandIn } from '../stand-ins/mssp/harness.js';
import { DEFAULT_IDENTITY } from '../stand-ins/mssp/mssp.js';

const stand = useStandIn();
const bare = useStandIn({ unqualified: true });

describe('Valimo MSSP provider: a login end to end against the stand-in', () => {
  it('shows the code, asks the phone with the same code, and logs in the signer on approval', async () => {
    const { start, past, tokens, provider } = client(stand);
    const phone = freshNumber();
    const t0 = performance.now();
    const login = await start(phone);
    const answeredIn = performance.now() - t0;
    assert.equal(login.state, 'Scheduled');
    assert.equal(login.challenge, 'message');
    assert.match(login.message, /^\d{4}$/);
    assert.equal(provider.challenge, 'message');

    const transaction = await stand.mssp.transaction(phone);
    assert.equal(transaction.dataToBeSigned, `Login code: ${login.message}`, 'the phone shows the code the browser shows');
    assert.equal(transaction.apTransId, `_${login.uuid}`.slice(0, 32));
    assert.equal((await past(login.uuid, 'Scheduled')).state, 'Processing');

    await stand.mssp.queried(transaction, 1);
    const approvedAt = performance.now();
    stand.mssp.approve(transaction);
    const done = await past(login.uuid, 'Processing');
    const latency = performance.now() - approvedAt;
    assert.equal(done.state, 'OK');
    assert.ok(done.token);
    assert.equal(tokens.verify(done.token)?.sub, 'PNOEE-38001085718');
    assert.ok(DEFAULT_IDENTITY.includes('CN="'), 'the identity has a quoted name with commas');
    const requests = 1 + transaction.statusQueries;
    console.log(`# start answered in ${answeredIn.toFixed(1)} ms; approve → OK in ${latency.toFixed(0)} ms; MSSP requests: ${requests}`);
  });

  it('one held long poll spans many "outstanding" answers and returns only with the result', async () => {
    const on = client(stand);
    const phone = freshNumber();
    const login = await on.start(phone);
    const transaction = await stand.mssp.transaction(phone);
    assert.equal((await on.past(login.uuid, 'Scheduled')).state, 'Processing');
    const polls = on.polls;
    const held = on.result(login.uuid, 10);
    await stand.mssp.queried(transaction, 8);
    stand.mssp.approve(transaction);
    assert.equal((await held).state, 'OK');
    assert.equal(on.polls - polls, 1, 'the 504s did not end the long poll');
  });

  it('escapes every value: a prefix with <&"\' reaches the phone as written, and so does an AP password with <&>"', async () => {
    const messagePrefix = `Sign <&"'> in ]]> at example.com:`;
    const on = client(stand, { provider: { messagePrefix } });
    const phone = freshNumber();
    const login = await on.start(phone);
    assert.equal((await stand.mssp.transaction(phone)).dataToBeSigned, `${messagePrefix} ${login.message}`);
    assert.match(stand.mssp.expected.apPwd, /[<&>"]/);
  });

  it('reads answers whose ETSI elements are in no namespace', async () => {
    const on = client(bare);
    const phone = freshNumber();
    const login = await on.start(phone);
    const transaction = await bare.mssp.transaction(phone);
    bare.mssp.approve(transaction);
    const done = await on.settled(login.uuid);
    assert.equal(on.tokens.verify(done.token!)?.sub, 'PNOEE-38001085718');
  });

  it('with the default schedule: first query about 3 s after acceptance, then every 2–3 s', async () => {
    const on = client(stand, { provider: { firstQueryDelayMs: 3000, queryIntervalMs: 2000, queryJitterMs: 1000 } });
    const phone = freshNumber();
    const login = await on.start(phone);
    const transaction = await stand.mssp.transaction(phone);
    const accepted = performance.now();
    await stand.mssp.queried(transaction, 1);
    const first = performance.now() - accepted;
    assert.ok(first >= 2900 && first < 3600, `first query after ${first.toFixed(0)} ms`);
    stand.mssp.approve(transaction);
    const done = await on.settled(login.uuid, 6);
    const latency = performance.now() - accepted - first;
    assert.equal(done.state, 'OK');
    assert.ok(latency >= 1900 && latency < 3400, `approve → OK in ${latency.toFixed(0)} ms`);
    assert.equal(transaction.statusQueries, 2);
    console.log(`# default schedule: first query ${first.toFixed(0)} ms after acceptance; approved just after it → OK ${latency.toFixed(0)} ms later; MSSP requests: ${1 + transaction.statusQueries}`);
  });
});
