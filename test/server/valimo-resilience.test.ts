import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { GENERIC_PROVIDER_ERROR } from '../../server/logins.js';
import { TIMEOUT_DETAILS } from '../../server/providers/mobile-id-simulator.js';
import { MSSP_UNREACHABLE } from '../../server/providers/valimo/index.js';
import { MemoryStore } from '../../server/store.js';
import { client, freshNumber, manualClock, twoInstances, useStandIn, type Client } from '../stand-ins/mssp/harness.js';
import type { Script } from '../stand-ins/mssp/mssp.js';

const stand = useStandIn();
const SIGNED = { status: 502, identity: 'SERIALNUMBER=PNOEE-38001085718, CN=X' } as const;
const ETSI = 'http://uri.etsi.org/TS102204/v1.1.2#';

/** A status answer that would log "lollollollol…" in if its DTD were honoured. */
const DOCTYPE_ANSWER = `<?xml version="1.0"?><!DOCTYPE e [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><soapenv:Envelope xmlns:soapenv="http://www.w3.org/2003/05/soap-envelope"><soapenv:Body><MSS_StatusQueryResponse><mss:MSS_StatusResp xmlns:mss="${ETSI}" MSSP_TransID="x"><mss:Status><mss:StatusCode Value="502"/><mss:StatusDetail><mss:UserIdentifier>SERIALNUMBER=&lol2;</mss:UserIdentifier></mss:StatusDetail></mss:Status></mss:MSS_StatusResp></MSS_StatusQueryResponse></soapenv:Body></soapenv:Envelope>`;

/** Starts a login with `script` and waits until the MSSP has accepted it. */
async function begin(on: Client, script: Script = {}) {
  const phone = freshNumber();
  stand.mssp.script(phone, script);
  const login = await on.start(phone);
  const transaction = await stand.mssp.transaction(phone);
  assert.equal((await on.past(login.uuid, 'Scheduled')).state, 'Processing');
  return { login, transaction };
}

describe('Valimo MSSP provider: failures and timing', () => {
  it('a status query without an answer (timeout, 5xx page, junk, oversize) is retried, and the login still succeeds', async () => {
    const on = client(stand, { provider: { requestTimeoutMs: 200 } });
    const huge = { raw: `<a>${'x'.repeat(80 * 1024)}</a>` };
    const { login } = await begin(on, { status: [{ silent: true }, { http: 503 }, { raw: 'not XML <' }, huge, SIGNED] });
    assert.equal((await on.settled(login.uuid)).state, 'OK');
    const seen = on.log.filter((line) => line.event === 'mssp_transport_error' || line.event === 'mssp_bad_answer').map((line) => line.kind ?? line.why);
    assert.deepEqual(seen, ['timeout', 'http_error', 'malformed', 'too_large']);
  });

  it('an MSSP that refuses connections ends the start Erred, saying the service is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const on = client(stand, { provider: { url: `https://127.0.0.1:${port}` } });
    const login = await on.start(freshNumber());
    const done = await on.settled(login.uuid);
    assert.deepEqual([done.state, done.error_message], ['Erred', MSSP_UNREACHABLE]);
    assert.ok(on.log.some((line) => line.event === 'mssp_start_failed' && line.kind === 'connect' && line.errorCode === 'ECONNREFUSED'));
  });

  it('refuses an answer with a DOCTYPE: at the start (Erred) and on a status query (retried, never signed in by it)', async () => {
    const on = client(stand);
    const startPhone = freshNumber();
    stand.mssp.script(startPhone, { start: { raw: DOCTYPE_ANSWER.replaceAll('502', '100') } });
    const refused = await on.settled((await on.start(startPhone)).uuid);
    assert.deepEqual([refused.state, refused.error_message], ['Erred', GENERIC_PROVIDER_ERROR]);
    const { login } = await begin(on, { status: [{ raw: DOCTYPE_ANSWER }, SIGNED] });
    const done = await on.settled(login.uuid);
    assert.equal(on.tokens.verify(done.token!)?.sub, 'PNOEE-38001085718', 'the DTD answer did not count');
    assert.equal(on.log.filter((line) => line.event === 'mssp_bad_answer' && line.why === 'doctype').length, 2);
  });

  it('a user who never answers: Canceled "timeout" once TimeOut (300 s) and the margin have passed', async () => {
    const clock = manualClock();
    // Only the provider's time is manual: the handler's long polls keep real time, so a poll that misses a change still ends.
    const on = client(stand, { provider: { now: clock.now } });
    const { login, transaction } = await begin(on);
    clock.advance(5_000);
    await stand.mssp.queried(transaction, 1);
    assert.equal((await on.result(login.uuid)).state, 'Processing');
    clock.advance(290_000);
    assert.equal((await on.result(login.uuid)).state, 'Processing', 'still inside TimeOut');
    clock.advance(15_000);
    const done = await on.settled(login.uuid);
    assert.deepEqual([done.state, done.reason, done.details], ['Canceled', 'timeout', TIMEOUT_DETAILS]);
  });

  it('an MSSP that stops answering status queries: Erred at the deadline, not a misleading "timeout"', async () => {
    const clock = manualClock();
    const on = client(stand, { provider: { now: clock.now, requestTimeoutMs: 100 } });
    const { login } = await begin(on, { status: Array.from({ length: 20 }, () => ({ silent: true }) as const) });
    clock.advance(5_000);
    await on.logged('mssp_transport_error');
    assert.equal((await on.result(login.uuid)).state, 'Processing', 'one failed query loses nothing');
    clock.advance(310_000);
    const done = await on.settled(login.uuid);
    assert.deepEqual([done.state, done.error_message], ['Erred', MSSP_UNREACHABLE]);
    assert.ok(on.log.some((line) => line.event === 'mssp_unreachable'));
  });

  it('one status query in flight per login, however many polls race on two instances', async () => {
    const [a, b] = twoInstances(stand, new MemoryStore());
    const { login, transaction } = await begin(a, { delayMs: 80 });
    await stand.mssp.queried(transaction, 1);
    const t0 = performance.now();
    for (let round = 1; round <= 4; round++) {
      await Promise.all([...Array.from({ length: 6 }, () => a.result(login.uuid)), ...Array.from({ length: 6 }, () => b.result(login.uuid, 0.1))]);
      await stand.mssp.queried(transaction, transaction.statusQueries + 1);
    }
    const queries = transaction.statusQueries;
    const elapsed = performance.now() - t0;
    stand.mssp.approve(transaction);
    assert.equal((await b.settled(login.uuid)).state, 'OK');
    assert.equal(transaction.maxInFlight, 1);
    // Each query takes ≥ 80 ms and the next waits the 40 ms interval: no poll added queries of its own.
    assert.ok(queries <= elapsed / 120 + 2, `${queries} queries in ${elapsed.toFixed(0)} ms`);
  });

  it('another instance carries a login on when the one that started it is gone', async () => {
    const [a, b] = twoInstances(stand, new MemoryStore());
    const { login, transaction } = await begin(a);
    a.provider.close();
    stand.mssp.approve(transaction);
    const done = await b.settled(login.uuid);
    assert.equal(b.tokens.verify(done.token!)?.sub, 'PNOEE-38001085718');
  });

  it('a start whose instance died before the MSSP answered is ended by another instance', async () => {
    const clock = manualClock();
    const options = { provider: { now: clock.now, requestTimeoutMs: 60_000 }, handler: { now: clock.now } };
    const [a, b] = twoInstances(stand, new MemoryStore({ now: clock.now }), options);
    const phone = freshNumber();
    stand.mssp.script(phone, { start: { silent: true } });
    const login = await a.start(phone);
    assert.equal(login.state, 'Scheduled', 'the 201 did not wait for the (silent) MSSP');
    assert.equal((await b.result(login.uuid)).state, 'Scheduled');
    clock.advance(66_000);
    const done = await b.result(login.uuid);
    assert.deepEqual([done.state, done.error_message], ['Erred', GENERIC_PROVIDER_ERROR]);
    assert.ok(b.log.some((line) => line.event === 'mssp_start_lost'));
  });

  it('a client cancel stops the status queries of that login', async () => {
    const on = client(stand);
    const { login, transaction } = await begin(on);
    await stand.mssp.queried(transaction, 1);
    assert.equal((await on.cancel(login.uuid)).state, 'Canceled');
    const after = transaction.statusQueries;
    // Another login's queries are the clock: five of its intervals pass.
    const other = await begin(on);
    await stand.mssp.queried(other.transaction, 5);
    assert.ok(transaction.statusQueries <= after + 1, `${transaction.statusQueries - after} queries after the cancel`);
  });
});
