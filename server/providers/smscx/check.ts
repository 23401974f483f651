import { ProtocolError, RateLimitedError } from '../../errors.js';
import { FINAL_STATES, type LoginHandle } from '../../types.js';
import { EXPIRED_DETAILS, TOO_MANY_ATTEMPTS_DETAILS } from '../local-otp.js';
import type { SmsCxRefusal } from './api.js';
import * as codes from './codes.js';
import { smsCxData, type SmsCxData } from './data.js';
import type { SmsCxContext } from './options.js';

/** The 400 of a code that cannot be right, with the attempts left (no attempt is spent on it). */
export async function malformedPin(context: SmsCxContext, data: SmsCxData, phoneKey: string, now: number): Promise<ProtocolError> {
  return new ProtocolError(400, { pin: [`Enter the ${data.pinLength}-character code.`], attempts_left: await attemptsLeft(context, data, phoneKey, now) });
}

/** Wrong codes this login may still type: SMS.cx's count, and the number's budget over all its logins. */
export async function attemptsLeft({ config }: SmsCxContext, data: SmsCxData, phoneKey: string, now: number): Promise<number> {
  return Math.max(0, Math.min(data.maxAttempts - data.wrong, await config.limits.wrongLeft(phoneKey, now)));
}

/** Asks SMS.cx to judge a well-formed code; the caller holds the login's check lease. */
export async function checkCode(context: SmsCxContext, login: LoginHandle, pin: string, now: number): Promise<void> {
  const { config, api } = context;
  // Read again under the lease: the check that held it before may have changed the login.
  const record = await login.get();
  const data = record && !FINAL_STATES.has(record.state) ? smsCxData(record.providerData) : undefined;
  if (!data) return;
  // Booked before SMS.cx judges it, so racing guesses on any instance never outspend the number.
  const booking = await config.limits.takeGuess(login.phoneKey, now, login.client);
  if (!booking) return endLocked(context, login, data.otpId);
  const earlierUnsure = data.checking;
  // Marked before asking: should this check time out, the next one knows it may have verified.
  await patch(login, { checking: true });
  const answer = await api.verifyOtp(data.otpId, pin);
  const verdict = codes.checkVerdict(answer);
  if (!codes.judgedWrong(verdict)) await config.limits.refundGuess(login.phoneKey, booking, login.client);
  switch (verdict) {
    case 'verified':
      return succeed(login);
    case 'verified_before':
      // Only our server knows the otpId, so a check of ours did it: the one whose answer was lost.
      if (earlierUnsure) return succeed(login);
      login.log.error({ event: 'provider_unexpected_verified' }, 'SMS.cx says the code was verified, but no check of ours can have done it');
      await login.cancel(codes.CODE_GONE_DETAILS, 'expired');
      return;
    case 'wrong':
      return wrong(context, login, now);
    case 'spent':
    case 'failed':
      login.log.warn({ event: 'lockout' }, 'SMS.cx has no attempts left for the code');
      await login.cancel(TOO_MANY_ATTEMPTS_DETAILS, 'too_many_attempts');
      return;
    case 'expired':
      await login.cancel(EXPIRED_DETAILS, 'expired');
      return;
    case 'gone':
      // Cancelled or unknown at SMS.cx: to the user, a code that no longer works, like an expired one.
      await login.cancel(codes.CODE_GONE_DETAILS, 'expired');
      return;
    case 'unknown':
      // The login stays, the guess is refunded and the mark stays set: the widget sends the code again.
      login.log.warn({ event: 'provider_unavailable', phase: 'check', ...codes.unknownFields(answer) }, 'SMS.cx gave no outcome for a code');
      throw new ProtocolError(503, { detail: codes.CHECK_UNSURE }, { 'Retry-After': '2' });
  }
  // Not judged: any doubt about an earlier check stands.
  await patch(login, { checking: earlierUnsure });
  const refusal = answer as SmsCxRefusal;
  if (verdict === 'empty') throw await malformedPin(context, data, login.phoneKey, now);
  if (verdict === 'throttled') throw new RateLimitedError(codes.secondsUntilReset(refusal, now));
  const event = codes.isAccountProblem(refusal) ? 'provider_account_error' : 'provider_config_error';
  login.log.error({ event, phase: 'check', ...codes.refusalFields(refusal) }, 'SMS.cx refused to check a code');
  await login.fail(codes.CHECK_FAILED);
}

async function succeed(login: LoginHandle): Promise<void> {
  await patch(login, { checking: false });
  await login.succeed();
}

/** Counts a wrong code; the last one SMS.cx or the number's budget allows ends the login. */
async function wrong(context: SmsCxContext, login: LoginHandle, now: number): Promise<void> {
  const budget = await context.config.limits.wrongLeft(login.phoneKey, now);
  let data: SmsCxData | undefined;
  const after = await login.update((current) => {
    const latest = smsCxData(current.providerData);
    data = latest && { ...latest, wrong: latest.wrong + 1, checking: false };
    return data && { providerData: data };
  });
  // Rerun after a lost race, or skipped once the login ended: only the count that was saved stands.
  if (!data || after?.providerData !== data) return;
  const left = data.maxAttempts - data.wrong;
  if (Math.min(left, budget) > 0) {
    login.log.warn({ event: 'wrong_code' }, 'a wrong code');
    return;
  }
  // The number's budget ran out before SMS.cx's count: its code would still take guesses.
  if (left > 0) return endLocked(context, login, data.otpId);
  login.log.warn({ event: 'lockout' }, 'the last wrong code ended the login');
  await login.cancel(TOO_MANY_ATTEMPTS_DETAILS, 'too_many_attempts');
}

/** Ends a login whose number has typed its wrong codes for the window, and cancels its code. */
async function endLocked(context: SmsCxContext, login: LoginHandle, otpId: string): Promise<void> {
  login.log.warn({ event: 'lockout' }, "the number's wrong codes are used up");
  if (await login.cancel(TOO_MANY_ATTEMPTS_DETAILS, 'too_many_attempts')) context.cancels.cancel(otpId, login.log);
}

/** Changes this login's SMS.cx data in one atomic step, while it is pending. */
async function patch(login: LoginHandle, change: Partial<SmsCxData>): Promise<void> {
  await login.update((current) => {
    const latest = smsCxData(current.providerData);
    return latest && { providerData: { ...latest, ...change } };
  });
}
