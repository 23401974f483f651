import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createLogger, type Logger } from '../../server/log.js';
import { TOO_MANY_ATTEMPTS_DETAILS } from '../../server/providers/local-otp.js';
import { CHECK_FAILED, CODE_GONE_DETAILS, NUMBER_REFUSED, SmsCxProvider, START_UNSURE, type SmsCxOptions } from '../../server/providers/smscx/index.js';
import { SMS_NOT_SENT } from '../../server/sms/gateway.js';
import type { AuthResult } from '../../server/types.js';
import { faults, PROVIDER_TEXT, SmsCxStandIn, type Fault } from '../stand-ins/smscx.js';
import { PHONE, setup } from './helpers.js';

const T0 = Date.UTC(2026, 10, 24, 12);

/** A handler on the SMS.cx provider against a fresh stand-in, with a settable clock and the error log. */
async function smscx(options: Partial<SmsCxOptions> = {}, serverLog?: Logger) {
  let time = T0;
  const now = () => time;
  const standIn = await SmsCxStandIn.start({ now });
  after(() => standIn.close());
  const logged: Record<string, unknown>[] = [];
  const log: Logger = serverLog ?? { debug() {}, info() {}, warn: (fields) => void logged.push({ ...fields }), error: (fields) => void logged.push({ ...fields }), child: () => log };
  const provider = new SmsCxProvider({ apiKey: standIn.apiKey, baseUrl: standIn.url, timeoutMs: 5_000, log, now, ...options });
  const context = setup({ provider, now, log });
  const call = async (path: string, body: unknown) => {
    const response = await context.post(path, body);
    return { status: response.status, retryAfter: response.headers.get('Retry-After'), body: (await response.json()) as AuthResult & Record<string, unknown> };
  };
  const code = () => /is ([0-9A-Z]+)\./.exec(standIn.inbox.at(-1)?.body ?? '')?.[1] ?? '';
  const size = () => (context.handler.store as unknown as { size: number }).size;
  return { ...context, standIn, logged, call, code, size, advance: (seconds: number) => void (time += seconds * 1000) };
}

/** A different valid Estonian mobile number for each case, so no cooldown is shared. */
const numberOf = (i: number) => `+37251${String(i).padStart(5, '0')}`;

describe('SMS.cx: refused starts', () => {
  it('refuses the number as a field error, with our own words, for 2001, 2003, 2020, 1207 and 1210', async () => {
    const { standIn, call, size, logged } = await smscx();
    for (const [i, code] of [2001, 2003, 2020, 1207, 1210].entries()) {
      standIn.script('POST /otp', faults.error(400, code, 'invalid_param'));
      const { status, body } = await call('', { phone: numberOf(i) });
      assert.deepEqual([status, body], [400, { phone: [NUMBER_REFUSED] }], String(code));
      assert.deepEqual(logged.at(-1), { event: 'number_refused', status: 400, error_code: code, error_type: 'invalid_param' });
    }
    assert.equal(size(), 0, 'the refused logins were dropped');
  });

  const configuration: [string, Fault, string][] = [
    ...[2002, ...Array.from({ length: 16 }, (_, i) => 2004 + i)].map((code): [string, Fault, string] => [String(code), faults.error(400, code, 'invalid_param'), 'provider_config_error']),
    ['405', faults.error(405, 405, 'method_not_allowed'), 'provider_config_error'],
    ['an undocumented 404', faults.error(404, 9999, 'not_found'), 'provider_config_error'],
    ['401 invalid_api_key', faults.error(401, 401, 'invalid_api_key'), 'provider_account_error'],
    ['403 access_denied', faults.error(403, 403, 'access_denied'), 'provider_account_error'],
    ['insufficient_credit', faults.insufficientCredit(), 'provider_account_error'],
  ];
  it(`ends the login Erred with a fixed text, the cause logged by code and type, for ${configuration.length} configuration and account errors`, async () => {
    const { standIn, call, logged } = await smscx();
    for (const [i, [name, fault, event]] of configuration.entries()) {
      standIn.script('POST /otp', fault);
      const { status, body } = await call('', { phone: numberOf(i) });
      assert.deepEqual([status, body.state, body.reason, body.error_message], [201, 'Erred', 'provider_error', SMS_NOT_SENT], name);
      const cause = logged.find((fields) => fields.event === event && fields.error_code === (fault as { code: number }).code);
      assert.ok(cause, `${name} logged as ${event}`);
    }
  });

  it('ends the login Erred when SMS.cx refuses our key for real', async () => {
    const { call, logged } = await smscx({ apiKey: 'not-the-key' });
    assert.equal((await call('', { phone: PHONE })).body.state, 'Erred');
    assert.ok(logged.some((f) => f.event === 'provider_account_error' && f.status === 401 && f.error_type === 'invalid_api_key'));
  });

  it("keeps SMS.cx's error code through the server's pino logger, which redacts any field named `code`", async () => {
    const written: string[] = [];
    const { standIn, call } = await smscx({}, createLogger({ destination: { write: (line: string) => void written.push(line) } }));
    standIn.script('POST /otp', faults.error(400, 2005, 'invalid_param'));
    await call('', { phone: PHONE });
    const line = written.map((text) => JSON.parse(text) as Record<string, unknown>).find((entry) => entry.event === 'provider_config_error');
    assert.deepEqual([line?.level, line?.error_code, line?.error_type, line?.status], [50, 2005, 'invalid_param', 400]);
    assert.ok(!written.join('').includes(PROVIDER_TEXT) && !written.join('').includes('5123456'));
  });

  it("answers SMS.cx's 429 with ours, waiting until X-Rate-Limit-Reset or our cooldown, whichever is later", async () => {
    const { standIn, call } = await smscx();
    standIn.script('POST /otp', faults.rateLimited(T0 / 1000 + 42), faults.rateLimited(T0 / 1000 + 5), faults.rateLimited(T0 / 1000 - 100));
    const answers = [];
    for (const i of [1, 2, 3]) answers.push(await call('', { phone: numberOf(i) }));
    assert.deepEqual(answers.map((a) => [a.status, a.retryAfter]), [[429, '42'], [429, '30'], [429, '30']]);
  });
});

describe('SMS.cx: starts without an outcome', () => {
  for (const fault of ['hang', 'server-error'] as const) {
    it(`answers a ${fault === 'hang' ? 'timeout' : '5xx'} with 503 and never sends a second code unasked`, async () => {
      const { standIn, call, advance, size, logged } = await smscx({ timeoutMs: 1_000 });
      standIn.script('POST /otp', fault);
      const lost = await call('', { phone: PHONE });
      assert.deepEqual([lost.status, lost.body, lost.retryAfter], [503, { detail: START_UNSURE }, '30']);
      assert.equal(size(), 0);
      assert.ok(logged.some((f) => f.event === 'provider_unavailable' && f.cause === (fault === 'hang' ? 'timeout' : 'server') && typeof f.track_id === 'string'));
      assert.equal(standIn.inbox.length, fault === 'hang' ? 1 : 0, 'a lost answer may still have sent the code');
      advance(10);
      assert.deepEqual([(await call('', { phone: PHONE })).status, standIn.count('POST /otp')], [429, 1], 'the cooldown holds');
      advance(20);
      assert.equal((await call('', { phone: PHONE })).body.state, 'Processing', 'the user asked again');
      assert.equal(standIn.count('POST /otp'), 2);
    });
  }
});

describe('SMS.cx: refused checks', () => {
  const cases: [Fault, number, Partial<AuthResult>][] = [
    [faults.error(404, 2021, 'not_found'), 200, { state: 'Canceled', reason: 'expired', details: CODE_GONE_DETAILS }],
    [faults.error(400, 2024, 'otp_cancelled'), 200, { state: 'Canceled', reason: 'expired', details: CODE_GONE_DETAILS }],
    [faults.error(400, 2025, 'otp_expired'), 200, { state: 'Canceled', reason: 'expired' }],
    [faults.error(400, 2028, 'otp_expired'), 200, { state: 'Canceled', reason: 'expired' }],
    [faults.error(400, 2026, 'otp_failed'), 200, { state: 'Canceled', reason: 'too_many_attempts', details: TOO_MANY_ATTEMPTS_DETAILS }],
    [faults.error(400, 2027, 'otp_failed'), 200, { state: 'Canceled', reason: 'too_many_attempts' }],
    [faults.error(400, 2029, 'invalid_pin'), 200, { state: 'Processing', attempts_left: 2 }],
    [faults.error(401, 401, 'invalid_api_key'), 200, { state: 'Erred', error_message: CHECK_FAILED }],
    [faults.insufficientCredit(), 200, { state: 'Erred', error_message: CHECK_FAILED }],
    [faults.error(400, 2022, 'invalid_param'), 400, {}],
    [faults.rateLimited(T0 / 1000 + 7), 429, {}],
  ];
  for (const [fault, status, expected] of cases) {
    const name = typeof fault === 'object' ? `${fault.status} ${fault.code} ${fault.type}` : fault;
    it(`maps ${name} to ${status} ${JSON.stringify(expected)}`, async () => {
      const { standIn, call, code } = await smscx();
      const login = (await call('', { phone: PHONE })).body;
      standIn.script('POST /otp/{id}', fault);
      const answer = await call('result/', { uuid: login.uuid, pin: code() });
      assert.equal(answer.status, status);
      for (const [key, value] of Object.entries(expected)) assert.equal(answer.body[key], value, key);
      if (status === 429) assert.equal(answer.retryAfter, '7');
      if (status === 400) assert.deepEqual(answer.body, { pin: ['Enter the 6-character code.'], attempts_left: 3 });
    });
  }
});
