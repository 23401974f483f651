import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProtocolError } from '../../src/api/errors.js';
import type { AuthResult } from '../../src/api/types.js';
import {
  afterPollAnswer,
  afterPollError,
  afterResendError,
  afterStartError,
  afterWrongCode,
  endingError,
  finalOutcome,
  type LoginFacts,
} from '../../src/flow/decisions.js';
import type { PinChallenge } from '../../src/flow/phases.js';
import { DEFAULT_POLICY } from '../../src/flow/schedule.js';

const UUID = '0123456789abcdef0123456789abcdef';

function result(overrides: Partial<AuthResult> = {}): AuthResult {
  return { uuid: UUID, token: null, phone: '', message: '0427', state: 'Scheduled', error_message: '', details: '', ...overrides };
}

const login: LoginFacts = { uuid: UUID, state: 'Scheduled', polls: 0, failures: 0 };
const timing = { sentAt: 0, now: 100, policy: DEFAULT_POLICY, random: 0.5 };
const pin: PinChallenge = { uuid: UUID, length: 6, type: 'numeric', attemptsLeft: 3 };

describe('flow decisions (pure, no browser)', () => {
  describe('finalOutcome', () => {
    it('is undefined while the login is pending', () => {
      assert.equal(finalOutcome(result({ state: 'Processing' }), '+3725'), undefined);
    });

    it('succeeds with the token, the server phone before the one asked for', () => {
      assert.deepEqual(finalOutcome(result({ state: 'OK', token: 't', phone: '+3726' }), '+3725'), {
        success: { token: 't', uuid: UUID, phone: '+3726' },
      });
      assert.deepEqual(finalOutcome(result({ state: 'OK', token: 't' }), '+3725'), { success: { token: 't', uuid: UUID, phone: '+3725' } });
    });

    it('fails an OK without a token as a server error, and names the reason of a Canceled one', () => {
      assert.deepEqual(finalOutcome(result({ state: 'OK' }), ''), { failure: { reason: 'server_error', uuid: UUID } });
      assert.deepEqual(finalOutcome(result({ state: 'Canceled', details: 'User cancel.' }), ''), {
        failure: { reason: 'user_cancel', uuid: UUID, details: 'User cancel.', serverMessage: undefined },
      });
    });
  });

  describe('afterStartError', () => {
    it('blocks the form for Retry-After on a 429 and marks a spent SMS budget', () => {
      const e = new ProtocolError('rate-limited', 429, { code: 'sms_budget' }, 45);
      assert.deepEqual(afterStartError(e, 1000), {
        problem: { kind: 'rate-limited', seconds: 45, until: 46_000, smsBudget: true },
        unblockIn: 45_000,
      });
    });

    it("shows the server's text for an invalid number, and words the known codes itself", () => {
      assert.deepEqual(afterStartError(new ProtocolError('invalid', 400, { phone: ['No.'] }), 0), { problem: { kind: 'invalid', message: 'No.' } });
      assert.deepEqual(afterStartError(new ProtocolError('invalid', 400, { code: 'country_not_allowed' }), 0), {
        problem: { kind: 'refused', why: 'country-not-allowed' },
      });
    });

    it('fails on a 401 and keeps the number on anything else', () => {
      assert.deepEqual(afterStartError(new ProtocolError('unauthorized', 401), 0), { failure: { reason: 'method_disabled' } });
      assert.deepEqual(afterStartError(new ProtocolError('network'), 0), { problem: { kind: 'unreachable' } });
    });
  });

  describe('endingError', () => {
    it('forgets a resumed login the server no longer knows; a fresh one is gone', () => {
      const gone = new ProtocolError('not-found', 404);
      assert.equal(endingError(gone, { resumed: true }), 'forget');
      assert.deepEqual(endingError(gone, {}), { reason: 'login_gone' });
      assert.equal(endingError(new ProtocolError('server', 503)), undefined);
    });
  });

  describe('afterWrongCode', () => {
    it('counts down, keeps the count when the server gives none, ends at zero', () => {
      assert.deepEqual(afterWrongCode(pin, 2), { pin: { ...pin, attemptsLeft: 2 }, notice: { kind: 'wrong', attemptsLeft: 2 } });
      assert.deepEqual(afterWrongCode(pin, 'x'), { pin, notice: { kind: 'wrong', attemptsLeft: undefined } });
      assert.deepEqual(afterWrongCode(pin, 0), { failure: { reason: 'too_many_attempts', uuid: UUID } });
    });
  });

  describe('afterPollAnswer', () => {
    it('grows the interval on a quiet answer and counts the poll', () => {
      const next = afterPollAnswer(login, result(), timing);
      assert.equal(next.pollIn, 2000);
      assert.equal(next.login.polls, 1);
      assert.equal(afterPollAnswer(next.login, result(), timing).pollIn, 2200);
    });

    it("polls at once on news or a held answer, and at the server's poll_after", () => {
      assert.equal(afterPollAnswer(login, result({ state: 'Processing' }), timing).pollIn, 0);
      assert.equal(afterPollAnswer(login, result(), { ...timing, now: 5000 }).pollIn, 0);
      assert.equal(afterPollAnswer(login, result({ poll_after: 3 }), timing).pollIn, 3000);
    });

    it('clears a run of failures and leaves the given login as it was', () => {
      const failing = { ...login, failures: 3, failingSince: 10 };
      const next = afterPollAnswer(failing, result(), timing);
      assert.equal(next.login.failures, 0);
      assert.equal(next.login.failingSince, undefined);
      assert.equal(failing.failures, 3);
    });
  });

  describe('afterPollError', () => {
    const at = { now: 0, policy: DEFAULT_POLICY, random: 0.5 };

    it('backs off on transient failures, shows trouble, and gives up resumably after giveUpAfter', () => {
      const first = afterPollError(login, new ProtocolError('network'), at);
      assert.ok(typeof first === 'object' && 'pollIn' in first);
      assert.deepEqual([first.pollIn, first.trouble, first.login.failures], [750, true, 1]);
      const late = afterPollError(first.login, new ProtocolError('network'), { ...at, now: DEFAULT_POLICY.giveUpAfter });
      assert.deepEqual(late, { failure: { reason: 'unreachable', resumable: true } });
    });

    it('waits Retry-After on a 429 without counting a failure', () => {
      assert.deepEqual(afterPollError(login, new ProtocolError('rate-limited', 429, {}, 7), at), { login, pollIn: 7000, trouble: false });
    });

    it('ends on a 400, and forgets a resumed login on a 404', () => {
      assert.deepEqual(afterPollError(login, new ProtocolError('invalid', 400), at), { failure: { reason: 'server_error' } });
      assert.equal(afterPollError({ ...login, resumed: true }, new ProtocolError('not-found', 404), at), 'forget');
    });
  });
});

describe('afterResendError (pure)', () => {
  const e = (kind: ConstructorParameters<typeof ProtocolError>[0], body = {}, retryAfter?: number) => new ProtocolError(kind, 0, body, retryAfter);

  it('keeps the old code and says when a new one may be asked for after a 429', () => {
    assert.deepEqual(afterResendError(pin, e('rate-limited', { code: 'sms_budget' }, 20), 1000), {
      pin: { ...pin, resendAt: 21_000 },
      notice: { kind: 'rate-limited', seconds: 20, smsBudget: true },
    });
  });

  it('returns to the form when the number is refused, fails on a 401, keeps the code when unreachable', () => {
    assert.equal(afterResendError(pin, e('invalid'), 0), 'to-form');
    assert.deepEqual(afterResendError(pin, e('unauthorized'), 0), { failure: { reason: 'method_disabled' } });
    assert.deepEqual(afterResendError(pin, e('network'), 0), { pin, notice: { kind: 'unreachable' } });
  });
});
