import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Logger } from '../../server/log.js';
import { EXPIRED_DETAILS, TOO_MANY_ATTEMPTS_DETAILS } from '../../server/providers/local-otp.js';
import { CHECK_UNSURE, CODE_GONE_DETAILS, SmsCxProvider, type SmsCxOptions } from '../../server/providers/smscx/index.js';
import { SmsTemplates } from '../../server/sms/templates.js';
import type { AuthResult } from '../../server/types.js';
import { faults, PROVIDER_TEXT, SmsCxStandIn, type SmsCxStandInOptions } from '../stand-ins/smscx.js';
import { PHONE, setup, type SetupOptions } from './helpers.js';

/** One log call, as a collecting Logger keeps it. */
interface LogLine {
  level: string;
  fields: Record<string, unknown>;
  message: string;
}

/** A Logger that keeps every line, with its bindings. */
function collectingLogger(lines: LogLine[], bindings: object = {}): Logger {
  const at = (level: string) => (fields: object, message: string) => void lines.push({ level, fields: { ...bindings, ...fields }, message });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (more) => collectingLogger(lines, { ...bindings, ...more }) };
}

/** A handler on the SMS.cx provider against a fresh stand-in, sharing one settable clock. */
async function smscx(options: Partial<SmsCxOptions> = {}, standInOptions: SmsCxStandInOptions = {}, handler: SetupOptions = {}) {
  let time = Date.UTC(2026, 10, 24, 12);
  let skewMs = 0;
  const now = () => time;
  const standIn = await SmsCxStandIn.start({ now: () => time + skewMs, ...standInOptions });
  after(() => standIn.close());
  const lines: LogLine[] = [];
  const log = collectingLogger(lines);
  const provider = new SmsCxProvider({
    apiKey: standIn.apiKey,
    baseUrl: standIn.url,
    from: 'KalevBank',
    templates: new SmsTemplates('Kalevipoeg Bank'),
    webOtpHost: 'login.example.com',
    // Generous: a cold first request on a busy machine must not pass for a timeout.
    timeoutMs: 5_000,
    log,
    now,
    ...options,
  });
  const context = setup({ provider, now, log, ...handler });
  /** The code in the newest text (or the `index`th), from its WebOTP line. */
  const code = (index = -1) => /#(\S+)$/.exec(standIn.inbox.at(index)?.body ?? '')?.[1] ?? '';
  const answers: string[] = [];
  /** POSTs and keeps the raw answer text, so a test can search every answer. */
  const call = async (path: string, body: unknown) => {
    const response = await context.post(path, body);
    const text = await response.text();
    answers.push(text);
    return { status: response.status, headers: response.headers, body: JSON.parse(text) as AuthResult & Record<string, unknown> };
  };
  return {
    ...context,
    standIn,
    provider,
    lines,
    answers,
    code,
    call,
    begin: async (phone = PHONE, locale?: string) => (await call('', { phone, ...(locale ? { locale } : {}) })).body,
    verify: (uuid: string, pin: unknown) => call('result/', { uuid, pin }),
    advance: (seconds: number) => void (time += seconds * 1000),
    skew: (seconds: number) => void (skewMs = seconds * 1000),
  };
}

describe('SMS.cx: a login end to end', () => {
  it('has SMS.cx text the code in the login\'s language, then logs in with it in two requests', async () => {
    const { begin, verify, code, standIn, tokens, handler } = await smscx();
    const login = await begin(PHONE, 'de-AT');
    assert.deepEqual(
      [login.state, login.message, login.challenge, login.pin_length, login.pin_type, login.expires_in, login.attempts_left, login.resend_in],
      ['Processing', '', 'pin', 6, 'numeric', 300, 3, 30],
    );
    const [sent] = standIn.bodies.get('POST /otp') as Record<string, unknown>[];
    const { trackId, ...rest } = sent!;
    assert.match(String(trackId), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a fresh UUID v4');
    assert.deepEqual(rest, {
      phoneNumber: PHONE,
      countryIso: 'EE',
      from: 'KalevBank',
      template: 'Kalevipoeg Bank: Ihr Anmeldecode ist {{pin}}. Gültig für 5 Min.\n\n@login.example.com #{{pin}}',
      ttl: 300,
      maxAttempts: 3,
      pinType: 'numbers',
      pinLength: 6,
    });
    const sms = standIn.inbox.at(-1)!;
    assert.match(code(), /^\d{6}$/);
    assert.equal(sms.body, `Kalevipoeg Bank: Ihr Anmeldecode ist ${code()}. Gültig für 5 Min.\n\n@login.example.com #${code()}`);
    assert.ok(!JSON.stringify(await handler.store.get(login.uuid)).includes(code()), 'we never know the code');
    const { status, body } = await verify(login.uuid, code());
    assert.deepEqual([status, body.state], [200, 'OK']);
    assert.deepEqual([tokens.verify(body.token!)?.sub, tokens.verify(body.token!)?.uuid], [PHONE, login.uuid]);
    // The figure for the benchmark: SMS.cx requests per successful SMS login.
    assert.deepEqual([standIn.count('POST /otp'), standIn.count('POST /otp/{id}'), standIn.count('DELETE /otp/{id}'), standIn.count('GET /otp/{id}')], [1, 1, 0, 0]);
  });

  it('asks for letters, and takes the code as people type it (lower case, spaces)', async () => {
    const { begin, verify, code, standIn } = await smscx({ pinType: 'alpha', pinLength: 8, webOtpHost: undefined });
    const login = await begin();
    assert.equal((standIn.bodies.get('POST /otp')![0] as Record<string, unknown>).pinType, 'letters');
    const pin = /is ([A-Z]+)\./.exec(standIn.inbox.at(-1)!.body)![1]!;
    assert.equal(pin.length, 8);
    assert.equal((await verify(login.uuid, `${pin.slice(0, 4).toLowerCase()} ${pin.slice(4)}`)).body.state, 'OK');
  });
});

describe('SMS.cx: wrong, malformed and expired codes', () => {
  it('answers wrong codes with 200 and attempts_left counted down; the last ends too_many_attempts', async () => {
    const { begin, verify, code, standIn } = await smscx();
    const login = await begin();
    const right = code();
    const wrongs = ['000000', '111111', '222222', '333333'].filter((c) => c !== right).slice(0, 3);
    const answers = [];
    for (const pin of wrongs) answers.push((await verify(login.uuid, pin)).body);
    assert.deepEqual(answers.map((a) => [a.state, a.attempts_left, a.reason]), [['Processing', 2, undefined], ['Processing', 1, undefined], ['Canceled', undefined, 'too_many_attempts']]);
    assert.equal(answers[2]!.details, TOO_MANY_ATTEMPTS_DETAILS);
    const late = await verify(login.uuid, right);
    assert.deepEqual([late.status, late.body.state, late.body.token], [200, 'Canceled', null]);
    assert.equal(standIn.count('POST /otp/{id}'), 3, 'a finished login asks SMS.cx nothing more');
  });

  it('refuses a malformed code with 400 without asking SMS.cx (no cost, no attempt)', async () => {
    const { begin, verify, standIn } = await smscx();
    const login = await begin();
    for (const pin of ['12345', '1234567', 'ABCDEF', '', 123456, null]) {
      const { status, body } = await verify(login.uuid, pin);
      assert.deepEqual([status, body], [400, { pin: ['Enter the 6-character code.'], attempts_left: 3 }], String(pin));
    }
    assert.equal(standIn.count('POST /otp/{id}'), 0);
  });

  it('ends the login expired once the code has run out, asking SMS.cx nothing', async () => {
    const { begin, result, verify, advance, code, standIn } = await smscx({ ttlSeconds: 60 });
    const login = await begin();
    advance(59);
    assert.equal((await result(login.uuid)).expires_in, 1);
    advance(1);
    const polled = await result(login.uuid);
    assert.deepEqual([polled.state, polled.reason, polled.details], ['Canceled', 'expired', EXPIRED_DETAILS]);
    assert.equal((await verify(login.uuid, code())).body.state, 'Canceled');
    assert.deepEqual([standIn.count('POST /otp/{id}'), standIn.count('DELETE /otp/{id}')], [0, 0]);
  });

  it('ends the login expired when SMS.cx finds the code expired first (its clock ahead of ours)', async () => {
    const { begin, verify, code, skew } = await smscx();
    const login = await begin();
    skew(301);
    const { body } = await verify(login.uuid, code());
    assert.deepEqual([body.state, body.reason, body.details], ['Canceled', 'expired', EXPIRED_DETAILS]);
  });
});

describe('SMS.cx: resend and cancel', () => {
  it('sends a new code only after our cooldown, and cancels the old one at SMS.cx on the client\'s cancel', async () => {
    const { begin, call, verify, advance, code, standIn, provider } = await smscx();
    const first = await begin();
    const firstOtp = standIn.otp(standIn.created[0]!)!;
    advance(10);
    const early = await call('', { phone: PHONE });
    assert.deepEqual([early.status, early.headers.get('Retry-After')], [429, '20']);
    assert.equal(standIn.count('POST /otp'), 1, 'nothing sent during the cooldown');
    advance(20);
    assert.equal((await call('cancel/', { uuid: first.uuid })).body.state, 'Canceled');
    await provider.idle();
    assert.deepEqual([standIn.count('DELETE /otp/{id}'), firstOtp.status], [1, 'CANCELLED']);
    const second = await begin();
    assert.equal(standIn.count('POST /otp'), 2);
    assert.equal((await verify(second.uuid, code())).body.state, 'OK');
  });

  it('cancels at SMS.cx a code whose number ran out of wrong codes before SMS.cx\'s count did', async () => {
    const { begin, verify, code, standIn, provider } = await smscx({ maxAttempts: 3, maxWrongPerNumber: 2 });
    const login = await begin();
    const wrong = code() === '000000' ? '111111' : '000000';
    assert.equal((await verify(login.uuid, wrong)).body.attempts_left, 1);
    const last = (await verify(login.uuid, wrong)).body;
    assert.deepEqual([last.state, last.reason], ['Canceled', 'too_many_attempts']);
    await provider.idle();
    assert.equal(standIn.otp(standIn.created[0]!)!.status, 'CANCELLED');
  });
});

describe('SMS.cx: no outcome on a check', () => {
  it('keeps the login on a 5xx and refunds the guess; the retry logs in', async () => {
    const { begin, verify, result, code, standIn } = await smscx();
    const login = await begin();
    standIn.script('POST /otp/{id}', 'server-error');
    const failed = await verify(login.uuid, code());
    assert.deepEqual([failed.status, failed.body, failed.headers.get('Retry-After')], [503, { detail: CHECK_UNSURE }, '2']);
    assert.deepEqual([(await result(login.uuid)).state, (await result(login.uuid)).attempts_left], ['Processing', 3]);
    assert.equal((await verify(login.uuid, code())).body.state, 'OK');
  });

  it('takes "already verified" as success after a check of ours timed out (SMS.cx did verify it)', async () => {
    const { begin, verify, code, standIn } = await smscx({ timeoutMs: 1_000 });
    const login = await begin();
    standIn.script('POST /otp/{id}', 'hang');
    assert.equal((await verify(login.uuid, code())).status, 503);
    assert.equal(standIn.otp(standIn.created[0]!)!.status, 'VERIFIED', 'the lost answer had verified the code');
    assert.equal((await verify(login.uuid, code())).body.state, 'OK');
    assert.equal(standIn.count('POST /otp/{id}'), 2);
  });

  it('does not take "already verified" as success when no check of ours may have done it', async () => {
    const { begin, verify, code, standIn, lines } = await smscx();
    const login = await begin();
    standIn.script('POST /otp/{id}', faults.error(400, 2023, 'otp_verified'));
    const { body } = await verify(login.uuid, code());
    assert.deepEqual([body.state, body.reason, body.details, body.token], ['Canceled', 'expired', CODE_GONE_DETAILS, null]);
    assert.ok(lines.some((l) => l.level === 'error' && l.fields.event === 'provider_unexpected_verified'));
  });
});

describe('SMS.cx: limits and leaks', () => {
  it('never lets racing checks exceed maxAttempts at SMS.cx', async () => {
    const { begin, verify, code, standIn } = await smscx({ maxAttempts: 3 });
    const login = await begin();
    const right = code();
    const guesses = Array.from({ length: 8 }, (_, i) => String(100000 + i)).filter((c) => c !== right);
    const raced = await Promise.all(guesses.map((pin) => verify(login.uuid, pin)));
    assert.ok(raced.every((a) => a.status === 200 || a.status === 429), raced.map((a) => a.status).join());
    for (const pin of guesses) if ((await verify(login.uuid, pin)).body.state === 'Canceled') break;
    const otp = standIn.otp(standIn.created[0]!)!;
    assert.ok(standIn.count('POST /otp/{id}') <= 3, `${standIn.count('POST /otp/{id}')} checks reached SMS.cx`);
    assert.deepEqual([otp.status, otp.attempts], ['FAILED', 3]);
  });

  it('lets neither SMS.cx\'s words nor the number into any answer or log line', async () => {
    const other = '+3725123457';
    const { begin, verify, call, code, standIn, provider, lines, answers } = await smscx({}, {}, { verifyOnly: true });
    const login = await begin(PHONE, 'fi');
    await verify(login.uuid, code() === '000000' ? '111111' : '000000');
    standIn.script('POST /otp/{id}', 'server-error');
    await verify(login.uuid, code());
    assert.equal((await verify(login.uuid, code())).body.state, 'OK');
    standIn.script('POST /otp', faults.error(400, 2020, 'invalid_param'));
    assert.equal((await call('', { phone: other })).status, 400);
    standIn.script('POST /otp', faults.error(400, 2005, 'invalid_param'));
    const erred = await begin('+3725123458');
    standIn.script('DELETE /otp/{id}', 'server-error');
    const abandoned = await begin('+3725123459');
    await call('cancel/', { uuid: abandoned.uuid });
    await provider.idle();
    assert.equal(erred.state, 'Erred');
    assert.ok(lines.some((l) => l.fields.event === 'provider_cancel_failed'), 'the failed cancel was logged');
    const everything = [...answers, ...lines.map((l) => JSON.stringify(l))].join('\n');
    assert.ok(!everything.includes(PROVIDER_TEXT), "SMS.cx's words leaked");
    assert.ok(!everything.includes('512345'), 'a number leaked');
  });
});
