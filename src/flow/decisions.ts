import type { ProtocolError } from '../api/errors.js';
import type { AuthResult } from '../api/types.js';
import type { FailureReason, PinChallenge, PinNotice, StartProblem } from './phases.js';
import { failureReason } from './reasons.js';
import { refusal, smsBudget, unauthorizedReason } from './refusals.js';
import { backoffDelay, pollDelay, type PollPolicy } from './schedule.js';

// What the flow does with each server answer, as pure functions of the answer and the login's
// facts: no timers, no requests, no events. LoginFlow carries the decisions out.

/** The facts of a login that the decisions read. */
export interface LoginFacts {
  uuid: string;
  state: 'Scheduled' | 'Processing';
  /** Regular polls so far, for the slowly growing interval. */
  polls: number;
  /** Transient failures in a row, and when the first of them happened. */
  failures: number;
  failingSince?: number;
  pin?: PinChallenge;
  /** Taken up from a saved login: the server may no longer know it. */
  resumed?: boolean;
}

/** A failure with what the failure event carries. */
export interface Failure {
  reason: FailureReason;
  uuid?: string;
  details?: string;
  serverMessage?: string;
  /** "Try again" may resume the same login. */
  resumable?: boolean;
}

/** How a result ends the login, or undefined while it is pending. `phone` is the number asked for. */
export function finalOutcome(
  result: AuthResult,
  phone: string,
): { success: { token: string; uuid: string; phone: string } } | { failure: Failure } | undefined {
  if (result.state === 'OK') {
    if (!result.token) return { failure: { reason: 'server_error', uuid: result.uuid } };
    return { success: { token: result.token, uuid: result.uuid, phone: result.phone || phone } };
  }
  if (result.state === 'Canceled' || result.state === 'Erred') {
    const details = result.details || undefined;
    const serverMessage = result.error_message || undefined;
    return { failure: { reason: failureReason(result), uuid: result.uuid, details, serverMessage } };
  }
  return undefined;
}

/** A refused start: the login fails, or the phone form shows a problem (and unblocks after `unblockIn` ms). */
export function afterStartError(e: ProtocolError, now: number): { failure: Failure } | { problem: StartProblem; unblockIn?: number } {
  if (e.kind === 'unauthorized') return { failure: { reason: unauthorizedReason(e) } };
  const refused = refusal(e);
  if (refused) return { problem: refused };
  if (e.kind === 'invalid') return { problem: { kind: 'invalid', message: e.fieldMessage('phone') ?? '' } };
  if (e.kind === 'rate-limited') {
    const seconds = e.retryAfter ?? 30;
    return { problem: { kind: 'rate-limited', seconds, until: now + seconds * 1000, ...smsBudget(e) }, unblockIn: seconds * 1000 };
  }
  return { problem: { kind: 'unreachable' } };
}

/**
 * Errors that end a login whatever the request (404, 401, other 4xx): its failure, `'forget'` for
 * a resumed login the server no longer knows (back to the form, no failure), else undefined.
 */
export function endingError(e: ProtocolError, login?: Pick<LoginFacts, 'resumed'>): Failure | 'forget' | undefined {
  if (e.kind === 'not-found') return login?.resumed ? 'forget' : { reason: 'login_gone' };
  if (e.kind === 'unauthorized') return { reason: unauthorizedReason(e) };
  if (e.kind === 'rejected') return { reason: 'server_error' };
  return undefined;
}

/** A wrong code with `attemptsLeft` as the server sent it: the code step's new facts, or the end at none left. */
export function afterWrongCode(
  pin: PinChallenge,
  attemptsLeft: unknown,
): { failure: Failure } | { pin: PinChallenge; notice: PinNotice } {
  const left = typeof attemptsLeft === 'number' && Number.isFinite(attemptsLeft) ? attemptsLeft : undefined;
  if (left !== undefined && left <= 0) return { failure: { reason: 'too_many_attempts', uuid: pin.uuid } };
  return { pin: left === undefined ? pin : { ...pin, attemptsLeft: left }, notice: { kind: 'wrong', attemptsLeft: left } };
}

/**
 * A refused request for a new code: back to the phone form with the start's problem
 * (`'to-form'`: the number itself was refused), a failure, or the code step with a notice (and,
 * after a 429, when a new code may be asked for). The old code still works in the last case.
 */
export function afterResendError(
  pin: PinChallenge,
  e: ProtocolError,
  now: number,
): 'to-form' | { failure: Failure } | { pin: PinChallenge; notice: PinNotice } {
  if (e.kind === 'rate-limited') {
    const seconds = e.retryAfter ?? 30;
    return { pin: { ...pin, resendAt: now + seconds * 1000 }, notice: { kind: 'rate-limited', seconds, ...smsBudget(e) } };
  }
  if (e.kind === 'unauthorized') return { failure: { reason: unauthorizedReason(e) } };
  if (e.kind === 'invalid' || refusal(e)) return 'to-form';
  return { pin, notice: { kind: 'unreachable' } };
}

/** Timing of one poll's answer: when it was sent and answered, the schedule, and a random number for jitter. */
export interface PollTiming {
  sentAt: number;
  now: number;
  policy: PollPolicy;
  random: number;
}

/** A pending poll answer: the login's new facts and the delay before the next poll. */
export function afterPollAnswer<L extends LoginFacts>(login: L, result: AuthResult, timing: PollTiming): { login: L; pollIn: number } {
  const { sentAt, now, policy, random } = timing;
  const changed = result.state !== login.state;
  const state = result.state === 'Processing' ? 'Processing' : 'Scheduled';
  // A held answer, or news, means a long-polling server: ask again at once.
  const held = policy.wait > 0 && now - sentAt >= policy.heldAfter;
  let polls = login.polls;
  let pollIn: number;
  if (typeof result.poll_after === 'number' && result.poll_after >= 0) pollIn = result.poll_after * 1000;
  else if (held || changed) pollIn = 0;
  else pollIn = pollDelay(polls++, policy, random);
  return { login: { ...login, state, polls, failures: 0, failingSince: undefined }, pollIn };
}

/** A failed poll: the login ends, or the next poll waits `pollIn` ms (`trouble` when failures are being retried). */
export function afterPollError<L extends LoginFacts>(
  login: L,
  e: ProtocolError,
  { now, policy, random }: Omit<PollTiming, 'sentAt'>,
): { failure: Failure } | 'forget' | { login: L; pollIn: number; trouble: boolean } {
  if (e.kind === 'invalid') return { failure: { reason: 'server_error' } };
  const ending = endingError(e, login);
  if (ending === 'forget') return ending;
  if (ending) return { failure: ending };
  if (e.kind === 'rate-limited') {
    const pollIn = e.retryAfter !== undefined ? e.retryAfter * 1000 : backoffDelay(1, policy, random);
    return { login, pollIn, trouble: false };
  }
  const failures = login.failures + 1;
  const failingSince = login.failingSince ?? now;
  if (now - failingSince >= policy.giveUpAfter) return { failure: { reason: 'unreachable', resumable: true } };
  return { login: { ...login, failures, failingSince }, pollIn: backoffDelay(failures, policy, random), trouble: true };
}
