import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProviderError, StoreUnavailableError } from '../../server/errors.js';
import { MemoryStore } from '../../server/store.js';
import {
  EXPIRED_DETAILS,
  LocalOtpProvider,
  TOO_MANY_ATTEMPTS_DETAILS,
  type LocalOtpOptions,
} from '../../server/providers/local-otp.js';
import type { SmsMessage, SmsSender } from '../../server/sms/sender.js';
import { SimulatedInbox } from '../../server/sms/simulated-inbox.js';
import type { AuthResult, LoginStore } from '../../server/types.js';
import { PHONE, setup } from './helpers.js';

const OTHER_PHONE = '+3725123457';

/** A handler on the local OTP provider with a settable clock and the SMS it sent. */
function otpSetup(options: Partial<LocalOtpOptions> = {}) {
  let time = Date.UTC(2026, 10, 24, 12);
  const now = () => time;
  const inbox = new SimulatedInbox({ now });
  const provider = new LocalOtpProvider({ sender: inbox, webOtpHost: 'login.example.com', now, ...options });
  const context = setup({ provider, now });
  /** The code in the newest SMS to `to`. */
  const code = (to = PHONE) => /code is ([A-Z0-9]+)/.exec(inbox.messages().find((m) => m.to === to)?.body ?? '')?.[1] ?? '';
  /** Sends a code; returns the HTTP status and the parsed body. */
  const verify = async (uuid: string, pin: unknown, extra: Record<string, unknown> = {}) => {
    const response = await context.post('result/', { uuid, pin, ...extra });
    return { status: response.status, body: (await response.json()) as AuthResult & Record<string, unknown> };
  };
  const advance = (seconds: number) => {
    time += seconds * 1000;
  };
  return { ...context, provider, inbox, code, verify, advance };
}

describe('local OTP: sending a code', () => {
  it('answers start with the pin challenge and its facts, and sends the code by SMS with a WebOTP line', async () => {
    const { start, inbox, code } = otpSetup();
    const login = await start();
    assert.equal(login.state, 'Processing', 'the SMS has gone out');
    assert.equal(login.message, '', 'the code never travels in the API');
    assert.equal(login.token, null);
    assert.deepEqual(
      [login.challenge, login.pin_length, login.pin_type, login.expires_in, login.attempts_left, login.resend_in],
      ['pin', 6, 'numeric', 300, 3, 30],
    );
    const [sms, ...rest] = inbox.messages();
    assert.equal(rest.length, 0);
    assert.equal(sms!.to, PHONE);
    assert.match(code(), /^\d{6}$/);
    assert.equal(sms!.body, `Example Service: your login code is ${code()}. It expires in 5 min.\n\n@login.example.com #${code()}`);
    assert.equal(sms!.body.split('\n').at(-1), `@login.example.com #${code()}`, 'WebOTP needs its line last');
  });

  for (const [type, pattern] of [
    ['numeric', /^[0-9]+$/],
    ['alpha', /^[A-Z]+$/],
    ['alphanumeric', /^[A-Z0-9]+$/],
  ] as const) {
    for (const length of [4, 10]) {
      it(`makes ${type} codes of ${length} characters, from the whole alphabet`, async () => {
        const sent: string[] = [];
        const sender: SmsSender = { send: async (m: SmsMessage) => void sent.push(/code is (\S+)\./.exec(m.body)![1]!) };
        const { start } = setup({ provider: new LocalOtpProvider({ sender, type, length, resendCooldownSeconds: 0 }) });
        for (let i = 0; i < 150; i++) await start(`+37251${String(i).padStart(5, '0')}`);
        assert.ok(sent.every((c) => c.length === length && pattern.test(c)), sent.join(' '));
        assert.ok(new Set(sent).size > 140, 'codes vary');
        const firsts = new Set(sent.map((c) => c[0]));
        if (type === 'numeric') assert.ok(firsts.has('0'), 'leading zeros are kept: a code is a string');
        if (type !== 'numeric') assert.ok([...firsts].some((c) => c >= 'N'), 'letters from the whole alphabet');
      });
    }
  }

  it('refuses lengths outside 4–10, unknown types and short secrets', () => {
    const sender = new SimulatedInbox();
    for (const length of [3, 11, 6.5]) assert.throws(() => new LocalOtpProvider({ sender, length }), RangeError);
    assert.throws(() => new LocalOtpProvider({ sender, type: 'emoji' as never }), RangeError);
    assert.throws(() => new LocalOtpProvider({ sender, secret: 'short' }), RangeError);
    // Each of these would switch a limit off (NaN and 0 compare false), so they are refused.
    for (const bad of [0, 1.5, Number.NaN]) {
      assert.throws(() => new LocalOtpProvider({ sender, maxAttempts: bad }), RangeError, `maxAttempts ${bad}`);
      assert.throws(() => new LocalOtpProvider({ sender, maxCodesPerNumber: bad }), RangeError, `maxCodesPerNumber ${bad}`);
      assert.throws(() => new LocalOtpProvider({ sender, maxWrongPerNumber: bad }), RangeError, `maxWrongPerNumber ${bad}`);
    }
    assert.throws(() => new LocalOtpProvider({ sender, numberWindowSeconds: 0 }), RangeError);
    assert.throws(() => new LocalOtpProvider({ sender, ttlSeconds: 0 }), RangeError);
    assert.throws(() => new LocalOtpProvider({ sender, resendCooldownSeconds: Number.NaN }), RangeError);
  });

  it('keeps only an HMAC of the code in the record', async () => {
    const { start, handler, code } = otpSetup({ type: 'alpha', length: 8 });
    const login = await start();
    const record = await handler.store.get(login.uuid);
    const stored = JSON.stringify(record);
    assert.ok(code().length === 8);
    // Capital letters cannot occur in lowercase hex, so the code would show if it were there.
    assert.ok(!stored.includes(code()), 'the code is not stored');
    assert.match(String((record!.providerData as { hash: string }).hash), /^[0-9a-f]{64}$/);
  });

  it('refuses a new code for the same number during the cooldown with 429 and Retry-After, sending nothing', async () => {
    const { start, post, inbox, advance, handler } = otpSetup();
    await start();
    advance(12.5);
    const refused = await post('', { phone: PHONE });
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('Retry-After'), '18');
    assert.deepEqual(await refused.json(), { detail: 'Request was throttled. Expected available in 18 seconds.' });
    assert.equal(inbox.messages().length, 1);
    assert.equal((handler.store as unknown as { size: number }).size, 1, 'no login was created');
    assert.equal((await post('', { phone: OTHER_PHONE })).status, 201, 'other numbers are not held up');
  });

  it('counts resend_in down on every answer, and sends again once it reaches 0', async () => {
    const { start, result, advance, inbox } = otpSetup();
    const first = await start();
    advance(10);
    assert.equal((await result(first.uuid)).resend_in, 20);
    assert.equal((await result(first.uuid)).expires_in, 290);
    advance(20);
    assert.equal((await result(first.uuid)).resend_in, 0);
    const second = await start();
    assert.equal(second.state, 'Processing');
    assert.equal(inbox.messages().length, 2);
  });

  it("keeps the owner's code working when someone else starts a login for the same number", async () => {
    const { start, result, verify, advance, code } = otpSetup();
    const owner = await start();
    const ownerCode = code();
    advance(30);
    const stranger = await start();
    assert.equal(stranger.state, 'Processing');
    assert.equal((await result(owner.uuid)).state, 'Processing', 'a new start does not end the pending login');
    assert.equal((await verify(owner.uuid, ownerCode)).body.state, 'OK');
  });

  it("reports the number's resend wait on every login of it, so no login offers a resend the server would refuse", async () => {
    const { start, result, advance } = otpSetup({ maxCodesPerNumber: 2, numberWindowSeconds: 3600 });
    const first = await start();
    advance(30);
    assert.equal((await result(first.uuid)).resend_in, 0);
    await start();
    assert.equal((await result(first.uuid)).resend_in, 3570, 'two codes of two: the wait is until the first leaves the window');
  });

  it('sends one number at most maxCodesPerNumber codes per window, then answers 429 until the oldest leaves it', async () => {
    const { start, post, inbox, advance } = otpSetup({ maxCodesPerNumber: 3, numberWindowSeconds: 3600 });
    for (let i = 0; i < 3; i++) {
      assert.equal((await start()).state, 'Processing');
      advance(30);
    }
    const refused = await post('', { phone: PHONE });
    assert.equal(refused.status, 429);
    // The first code went out at 0 s and it is now 90 s: its slot frees at 3600 s.
    assert.equal(refused.headers.get('Retry-After'), '3510');
    assert.equal(inbox.messages().length, 3, 'the phone is not flooded');
    assert.equal((await post('', { phone: OTHER_PHONE })).status, 201, 'other numbers are not held up');
    advance(3510);
    assert.equal((await start()).state, 'Processing');
  });

  it('keeps the cooldown when the SMS cannot be sent (a timed-out gateway may still deliver), ending the login Erred', async () => {
    let fail = true;
    const inbox = new SimulatedInbox();
    const sender: SmsSender = {
      async send(message) {
        if (fail) throw new ProviderError('The SMS gateway is unavailable.');
        await inbox.send(message);
      },
    };
    let time = Date.UTC(2026, 10, 24, 12);
    const { start, post } = setup({ provider: new LocalOtpProvider({ sender, now: () => time }) });
    const failed = await start();
    assert.deepEqual([failed.state, failed.reason, failed.error_message], ['Erred', 'provider_error', 'The SMS gateway is unavailable.']);
    fail = false;
    const early = await post('', { phone: PHONE });
    assert.deepEqual([early.status, early.headers.get('Retry-After')], [429, '30']);
    time += 30_000;
    assert.equal((await start()).state, 'Processing');
    assert.equal(inbox.messages().length, 1);
  });
});

describe('local OTP: checking a code', () => {
  it('logs in with the right code at once, even when the request also asks to wait', async () => {
    const { start, verify, code, tokens } = otpSetup();
    const login = await start();
    const t0 = performance.now();
    const { status, body } = await verify(login.uuid, code(), { wait: 30 });
    assert.ok(performance.now() - t0 < 1000, 'a verify never long-polls');
    assert.equal(status, 200);
    assert.equal(body.state, 'OK');
    assert.deepEqual([tokens.verify(body.token!)?.sub, tokens.verify(body.token!)?.uuid], [PHONE, login.uuid]);
  });

  it('accepts the code with spaces and in lower case, as people type it', async () => {
    const { start, verify, code } = otpSetup({ type: 'alphanumeric' });
    const login = await start();
    const typed = code().toLowerCase().replace(/^(...)/, '$1 ');
    assert.equal((await verify(login.uuid, typed)).body.state, 'OK');
  });

  it('answers a wrong code with 200, the pending login and attempts_left, as part of a normal login', async () => {
    const { start, verify, result, code } = otpSetup();
    const login = await start();
    const wrong = code() === '000000' ? '111111' : '000000';
    const { status, body } = await verify(login.uuid, wrong);
    assert.equal(status, 200, 'not a failed request: monitors and the console stay quiet');
    assert.deepEqual([body.state, body.attempts_left, body.token], ['Processing', 2, null]);
    const after = await result(login.uuid);
    assert.deepEqual([after.state, after.attempts_left], ['Processing', 2]);
    assert.equal((await verify(login.uuid, code())).body.state, 'OK', 'the right code still works');
  });

  it('stops brute force at the attempt limit: the right code is refused after it', async () => {
    const { start, verify, code } = otpSetup({ maxAttempts: 3 });
    const login = await start();
    const right = code();
    const wrongs = ['000000', '111111', '222222', '333333'].filter((c) => c !== right).slice(0, 3);
    const answers = [];
    for (const pin of wrongs) answers.push(await verify(login.uuid, pin));
    assert.deepEqual(
      answers.map((a) => [a.status, a.body.state, a.body.attempts_left]),
      [
        [200, 'Processing', 2],
        [200, 'Processing', 1],
        [200, 'Canceled', undefined],
      ],
    );
    assert.equal(answers[2]!.body.reason, 'too_many_attempts');
    const last = await verify(login.uuid, right);
    assert.equal(last.status, 200);
    assert.deepEqual([last.body.state, last.body.reason, last.body.details, last.body.token], ['Canceled', 'too_many_attempts', TOO_MANY_ATTEMPTS_DETAILS, null]);
  });

  it('counts guesses arriving together one by one, never allowing more than the limit', async () => {
    const { start, verify, code, advance } = otpSetup({ maxAttempts: 3, maxWrongPerNumber: 5 });
    const login = await start();
    const right = code();
    const guesses = Array.from({ length: 8 }, (_, i) => String(100000 + i)).filter((c) => c !== right);
    const answers = await Promise.all(guesses.map((pin) => verify(login.uuid, pin)));
    assert.ok(answers.every((a) => a.status === 200 && a.body.state === 'Canceled' && a.body.reason === 'too_many_attempts'));
    advance(30);
    const next = await start();
    assert.ok(next.attempts_left! >= 2, `at most three wrong codes were counted against the number, not seven (${next.attempts_left})`);
  });

  it('does not count a code of the wrong shape as an attempt', async () => {
    const { start, verify } = otpSetup();
    const login = await start();
    for (const pin of ['12345', '1234567', 'ABCDEF', '', 123456, null]) {
      const { status, body } = await verify(login.uuid, pin);
      assert.equal(status, 400, String(pin));
      assert.deepEqual(body, { pin: ['Enter the 6-character code.'], attempts_left: 3 });
    }
  });

  it('works once: the used code neither logs in again nor opens a new login', async () => {
    const { start, verify, code, advance, handler } = otpSetup();
    const first = await start();
    const used = code();
    const ok = await verify(first.uuid, used);
    assert.equal(ok.body.state, 'OK');
    const again = await verify(first.uuid, used);
    assert.deepEqual([again.body.state, again.body.token], ['OK', ok.body.token], 'the same login, nothing new issued');
    assert.equal((handler.store as unknown as { size: number }).size, 1);
    advance(30);
    const second = await start();
    const replay = await verify(second.uuid, used === code() ? '999999' : used);
    assert.deepEqual([replay.body.state, replay.body.attempts_left], ['Processing', 2], 'a code belongs to its own login');
  });

  it('expires the code after its time to live, even when it is right', async () => {
    const { start, verify, result, code, advance } = otpSetup({ ttlSeconds: 120 });
    const login = await start();
    assert.match(code(), /^\d{6}$/);
    advance(119);
    assert.equal((await result(login.uuid)).expires_in, 1);
    advance(1);
    const late = await verify(login.uuid, code());
    assert.equal(late.status, 200);
    assert.deepEqual([late.body.state, late.body.reason, late.body.details], ['Canceled', 'expired', EXPIRED_DETAILS]);
  });

  it('ends an unanswered login as expired on its own, so pollers hear of it', async () => {
    const { start, result } = otpSetup({ ttlSeconds: 0.05, now: Date.now });
    const login = await start();
    await new Promise((resolve) => setTimeout(resolve, 120));
    const read = await result(login.uuid);
    assert.deepEqual([read.state, read.reason], ['Canceled', 'expired']);
  });

  it('does not log in a login the client canceled', async () => {
    const { start, verify, post, code } = otpSetup();
    const login = await start();
    await post('cancel/', { uuid: login.uuid });
    const late = await verify(login.uuid, code());
    assert.deepEqual([late.body.state, late.body.reason, late.body.token], ['Canceled', 'user_cancel', null]);
  });

  it('stops guessing across logins: once a number has typed maxWrongPerNumber wrong codes, every login of it is refused', async () => {
    const { start, verify, result, post, advance, code } = otpSetup({ maxAttempts: 3, maxWrongPerNumber: 4, numberWindowSeconds: 3600 });
    const wrong = () => (code() === '000000' ? '111111' : '000000');
    const first = await start();
    for (const left of [2, 1]) assert.equal((await verify(first.uuid, wrong())).body.attempts_left, left);
    assert.equal((await verify(first.uuid, wrong())).body.state, 'Canceled', 'the third wrong code used the login up');
    advance(30);
    const second = await start();
    assert.equal(second.attempts_left, 1, 'only one wrong code is left for the number today');
    const last = await verify(second.uuid, wrong());
    assert.deepEqual([last.status, last.body.state], [200, 'Canceled']);
    assert.deepEqual([(await result(second.uuid)).state, (await result(second.uuid)).reason], ['Canceled', 'too_many_attempts']);
    advance(30);
    const refused = await post('', { phone: PHONE });
    assert.equal(refused.status, 429, 'no new code either, so no new guesses');
    // The fourth wrong code was typed at 30 s; the first at 0 s, and its slot frees at 3600 s.
    assert.equal(refused.headers.get('Retry-After'), '3540');
    advance(3540);
    const next = await start();
    assert.equal((await verify(next.uuid, code())).body.state, 'OK', 'the number works again after the window');
  });

  it('refuses even the right code on a login whose number spent its wrong codes elsewhere', async () => {
    const { start, verify, advance, code } = otpSetup({ maxAttempts: 3, maxWrongPerNumber: 2 });
    const owner = await start();
    const ownerCode = code();
    advance(30);
    const attacker = await start();
    const wrong = code() === '000000' ? '111111' : '000000';
    await verify(attacker.uuid, wrong);
    await verify(attacker.uuid, wrong);
    const malformed = await verify(owner.uuid, '12');
    assert.deepEqual([malformed.status, malformed.body.attempts_left], [400, 0], "a malformed answer reports the number's count too");
    const late = await verify(owner.uuid, ownerCode);
    assert.deepEqual([late.status, late.body.state, late.body.reason, late.body.token], [200, 'Canceled', 'too_many_attempts', null]);
  });

  it('answers a plain Waldur poll (no pin) with the state and the code facts', async () => {
    const { start, result } = otpSetup();
    const login = await start();
    const read = await result(login.uuid);
    assert.deepEqual(read, login);
  });
});

describe('local OTP: a store that is away', () => {
  it('survives a code that expires while the store cannot be written: no unhandled rejection, the next poll ends the login', async () => {
    const inner = new MemoryStore();
    let away = false;
    let tried!: () => void;
    const triedWhileAway = new Promise<void>((resolve) => (tried = resolve));
    const store: LoginStore = {
      create: (record) => inner.create(record),
      get: (uuid) => inner.get(uuid),
      update: (uuid, change) => {
        if (!away) return inner.update(uuid, change);
        tried();
        return Promise.reject(new StoreUnavailableError());
      },
      delete: (uuid) => inner.delete(uuid),
      waitForChange: (...args) => inner.waitForChange(...args),
      claim: (key, ttl) => inner.claim(key, ttl),
      unclaim: (key) => inner.unclaim(key),
      ping: () => inner.ping(),
      drain: () => inner.drain(),
      close: () => inner.close(),
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (error: unknown) => unhandled.push(error);
    process.on('unhandledRejection', onUnhandled);
    let time = Date.now();
    const provider = new LocalOtpProvider({ sender: new SimulatedInbox(), ttlSeconds: 0.05, now: () => time });
    const { start, result } = setup({ provider, store, now: () => time });
    const login = await start();
    away = true;
    time += 60;
    // The expiry timer tries to end the login while the store is away (its timer is unref'd: keep the test alive)…
    const alive = setInterval(() => {}, 1000);
    await triedWhileAway.finally(() => clearInterval(alive));
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onUnhandled);
    assert.deepEqual(unhandled, [], 'the failure stayed inside the timer');
    away = false;
    // …and the next poll ends it instead.
    const read = await result(login.uuid);
    assert.deepEqual([read.state, read.reason], ['Canceled', 'expired']);
  });
});
