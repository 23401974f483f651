import type { ProtocolError } from '../api/errors.js';
import type { AuthResult } from '../api/types.js';
import { FlowCore, asProtocolError, type ActiveLogin } from './core.js';
import type { PinNotice, PinStep } from './phases.js';
import { readChallenge } from './pin.js';
import type { ResumableLogin } from './saved-login.js';
import { afterPollAnswer, afterPollError, afterResendError, afterStartError, afterWrongCode, endingError } from './decisions.js';

export type { FlowOptions, FlowSettings } from './core.js';

/** The last minute of a code's life is announced once. */
const EXPIRING_SOON_MS = 60_000;

/**
 * One phone login as a state machine: start, then either poll until the phone answers (message
 * challenge) or take the code from the SMS (pin challenge), then finish. It owns every timer and
 * request of the login, keeps at most one request in flight, and never holds the token beyond the
 * success event.
 */
export class LoginFlow extends FlowCore {
  /** Starts a login for an E.164 number. Ignored (returns false) while another one is under way. */
  start(phone: string): boolean {
    const { phase } = this.current;
    const limited = phase.name === 'enter-phone' && phase.problem?.kind === 'rate-limited';
    if (!(phase.name === 'enter-phone' || phase.name === 'failed') || limited) return false;
    this.stop();
    this.login = undefined;
    const startedAt = this.clock.now();
    this.set({ name: 'starting' }, phone);
    const signal = this.begin();
    this.options.client.start(phone, { locale: this.locale, signal }).then(
      (result) => this.settle(signal) && this.onStarted(result, startedAt),
      (error: unknown) => this.settle(signal) && this.onStartError(error),
    );
    return true;
  }

  /** Sends the code the user typed. Ignored (returns false) unless the code step is waiting for one. */
  verify(pin: string): boolean {
    const { phase } = this.current;
    const login = this.login;
    if (phase.name !== 'pin' || phase.resending || this.timers.has('unblock') || !login || pin === '') return false;
    this.set({ ...phase, name: 'verifying', notice: undefined });
    const signal = this.begin();
    this.options.client.result(login.uuid, { pin, signal }).then(
      (result) => this.settle(signal) && this.onVerified(result),
      (error: unknown) => this.settle(signal) && this.onVerifyError(error),
    );
    return true;
  }

  /** Asks for a new code (a new start for the same number). Ignored while the server's cooldown runs. */
  resend(): boolean {
    const { phase } = this.current;
    const previous = this.login;
    if (phase.name !== 'pin' || phase.resending || !previous) return false;
    // A login taken up after a reload does not know its number: the user types it again.
    if (!this.current.phone) {
      this.forget(previous.uuid);
      return true;
    }
    const now = this.clock.now();
    if (phase.challenge.resendAt !== undefined && now < phase.challenge.resendAt) return false;
    this.set({ ...phase, resending: true });
    const signal = this.begin();
    this.options.client.start(this.current.phone, { locale: this.locale, signal }).then(
      (result) => {
        if (!this.settle(signal)) return;
        this.timers.clearAll();
        // The old code must stop working; the server cannot tell a resend from a stranger's start
        // for the same number (the reference server keeps both alive), so the widget retires it.
        if (result.uuid !== previous.uuid) this.sendCancel(previous.uuid);
        this.onStarted(result, now);
      },
      (error: unknown) => this.settle(signal) && this.onResendError(error),
    );
    return true;
  }

  /** Abandons the login under way (the user's "cancel" or "change number") and returns to the phone form. */
  cancel(): void {
    const { name } = this.current.phase;
    if (name !== 'starting' && name !== 'message' && name !== 'pin' && name !== 'verifying') return;
    const uuid = this.login?.uuid;
    this.stop();
    this.login = undefined;
    if (uuid) this.sendCancel(uuid);
    this.set({ name: 'enter-phone' });
    this.emit({ type: 'cancel', uuid });
  }

  /**
   * After a failure: resumes the same login when it can still finish, sends a new code when the
   * old one expired or was used up, else returns to the phone form.
   */
  retry(): void {
    const { phase } = this.current;
    if (phase.name !== 'failed') return;
    if (phase.resumable && this.login) {
      this.login.failures = 0;
      this.login.failingSince = undefined;
      this.showWaiting(false);
      this.resume();
    } else if (phase.resendable) {
      // The server would refuse it with a 429 during its cooldown; the button says how long.
      if (phase.resendAt !== undefined && this.clock.now() < phase.resendAt) return;
      if (this.current.phone) this.start(this.current.phone);
      else this.reset();
    } else {
      this.reset();
    }
  }

  /** Returns to the phone form, keeping the number, unless a login is under way. */
  reset(): void {
    const { name } = this.current.phase;
    if (name !== 'success' && name !== 'failed') return;
    this.stop();
    this.login = undefined;
    this.set({ name: 'enter-phone' });
  }

  /** The login under way, as it can be saved to take it up again later; undefined when none is. */
  resumable(): ResumableLogin | undefined {
    const { name } = this.current.phase;
    const login = this.login;
    if (!login || (name !== 'message' && name !== 'pin' && name !== 'verifying')) return undefined;
    const { uuid, startedAt, code, state, pin } = login;
    return { uuid, step: pin ? 'pin' : 'message', startedAt, code, state, ...(pin ? { pin } : {}) };
  }

  /**
   * Takes up a saved login (after a reload) from the phone form: polls again for the phone's
   * answer, or shows the code step. The number is not known then. Returns false when busy.
   */
  restore(saved: ResumableLogin): boolean {
    if (this.current.phase.name !== 'enter-phone' || this.login) return false;
    this.stop();
    const { uuid, startedAt, code, state, pin } = saved;
    this.login = { uuid, startedAt, code, state, polls: 0, failures: 0, resumed: true, ...(pin ? { pin } : {}) };
    if (saved.step === 'pin' && pin) {
      this.set({ name: 'pin', challenge: pin, expiringSoon: false, resending: false }, '');
      if (this.armDeadline()) this.armExpiry();
    } else {
      this.set({ name: 'message', uuid, code, state, trouble: false }, '');
      if (this.armDeadline()) this.poll();
    }
    return true;
  }

  /** Stops every request and timer but keeps the login, e.g. while the element is off the page. */
  pause(): void {
    this.stop();
    this.cancelRequest?.abort();
    const { phase } = this.current;
    if (phase.name === 'starting') this.set({ name: 'enter-phone' });
    else if (phase.name === 'verifying' || (phase.name === 'pin' && phase.resending)) this.backToPin(phase.notice);
  }

  /** Continues after `pause()`: polls again at once if a login was waiting for the phone. */
  resume(): void {
    const { phase } = this.current;
    if (phase.name === 'message' && !this.request && !this.timers.has('poll')) {
      if (this.armDeadline()) this.poll();
    } else if (phase.name === 'pin' && !this.timers.has('deadline')) {
      if (this.armDeadline()) this.armExpiry();
    } else if (phase.name === 'enter-phone' && phase.problem?.kind === 'rate-limited') {
      this.timers.set('unblock', phase.problem.until - this.clock.now(), () => this.set({ name: 'enter-phone' }));
    }
  }

  private onStarted(result: AuthResult, startedAt: number): void {
    if (this.isFinal(result)) return;
    const state = result.state === 'Processing' ? 'Processing' : 'Scheduled';
    const login: ActiveLogin = { uuid: result.uuid, code: result.message, state, startedAt, polls: 0, failures: 0 };
    this.login = login;
    if (result.challenge === 'pin') {
      login.pin = readChallenge(result, this.clock.now());
      const minutes = Math.round((result.expires_in ?? 0) / 60) || undefined;
      this.set({ name: 'pin', challenge: login.pin, notice: { kind: 'sent', minutes }, expiringSoon: false, resending: false });
      if (this.armDeadline()) this.armExpiry(true);
      return;
    }
    this.showWaiting(false);
    if (this.armDeadline()) this.poll();
  }

  private onStartError(error: unknown): void {
    const decision = afterStartError(asProtocolError(error), this.clock.now());
    if ('failure' in decision) return this.fail(decision.failure.reason);
    this.set({ name: 'enter-phone', problem: decision.problem });
    if (decision.unblockIn !== undefined) this.timers.set('unblock', decision.unblockIn, () => this.set({ name: 'enter-phone' }));
  }

  private onVerified(result: AuthResult): void {
    if (this.isFinal(result)) return;
    // A login still pending after a code means a wrong code: some servers answer it 200, not 400.
    this.wrongCode(result.attempts_left);
  }

  private onVerifyError(error: unknown): void {
    const e = asProtocolError(error);
    if (e.kind === 'invalid') return this.wrongCode(e.body.attempts_left);
    if (e.kind === 'rate-limited') {
      const seconds = e.retryAfter ?? 30;
      this.timers.set('unblock', seconds * 1000, () => this.updatePin({ notice: undefined }));
      return this.backToPin({ kind: 'rate-limited', seconds });
    }
    if (this.endsLogin(e)) return;
    this.backToPin({ kind: 'unreachable' });
  }

  private onResendError(error: unknown): void {
    const e = asProtocolError(error);
    const decision = afterResendError(this.login!.pin!, e, this.clock.now());
    if (decision === 'to-form') {
      this.stop();
      this.login = undefined;
      return this.onStartError(e);
    }
    if ('failure' in decision) return this.fail(decision.failure.reason);
    this.login!.pin = decision.pin;
    this.backToPin(decision.notice);
  }

  /** A wrong code (`attemptsLeft` as the server sent it): counts the attempts down, or ends the login at none. */
  private wrongCode(attemptsLeft: unknown): void {
    const login = this.login!;
    const decision = afterWrongCode(login.pin!, attemptsLeft);
    if ('failure' in decision) return this.fail(decision.failure.reason, { uuid: login.uuid });
    login.pin = decision.pin;
    this.backToPin(decision.notice);
  }

  /** Fails the login for answers that end it (404, 401, other 4xx); returns whether it did. */
  private endsLogin(e: ProtocolError): boolean {
    const ending = endingError(e, this.login);
    if (ending === 'forget') this.forget();
    else if (ending) this.fail(ending.reason);
    return ending !== undefined;
  }

  /** Drops the login without an outcome and returns to the phone form; `cancelUuid` is also canceled on the server. */
  private forget(cancelUuid?: string): void {
    this.stop();
    this.login = undefined;
    if (cancelUuid) this.sendCancel(cancelUuid);
    this.set({ name: 'enter-phone' });
  }

  private poll(): void {
    const login = this.login!;
    const sentAt = this.clock.now();
    const signal = this.begin();
    const wait = this.policy.wait > 0 ? this.policy.wait : undefined;
    this.options.client.result(login.uuid, { wait, signal }).then(
      (result) => this.settle(signal) && this.onPollAnswer(login, result, sentAt),
      (error: unknown) => this.settle(signal) && this.onPollError(login, error),
    );
  }

  private onPollAnswer(login: ActiveLogin, result: AuthResult, sentAt: number): void {
    if (this.isFinal(result)) return;
    const next = afterPollAnswer(login, result, { sentAt, now: this.clock.now(), policy: this.policy, random: this.clock.random() });
    this.login = next.login;
    this.showWaiting(false);
    this.timers.set('poll', next.pollIn, () => this.poll());
  }

  private onPollError(login: ActiveLogin, error: unknown): void {
    const decision = afterPollError(login, asProtocolError(error), { now: this.clock.now(), policy: this.policy, random: this.clock.random() });
    if (decision === 'forget') return this.forget();
    if ('failure' in decision) {
      const { reason, ...extra } = decision.failure;
      return this.fail(reason, extra);
    }
    this.login = decision.login;
    if (decision.trouble) this.showWaiting(true);
    this.timers.set('poll', decision.pollIn, () => this.poll());
  }

  /** Sets the code's expiry, and the notice of its last minute unless it is that short from the start. */
  private armExpiry(fresh = false): void {
    const { uuid, pin } = this.login!;
    if (pin?.expiresAt === undefined) return;
    const left = pin.expiresAt - this.clock.now();
    this.timers.set('expiry', left, () => this.fail('expired', { uuid }));
    if (left > EXPIRING_SOON_MS) this.timers.set('soon', left - EXPIRING_SOON_MS, () => this.updatePin({ expiringSoon: true }));
    else if (!fresh) this.updatePin({ expiringSoon: true });
  }

  private showWaiting(trouble: boolean): void {
    const { uuid, code, state } = this.login!;
    const phase = this.current.phase;
    if (phase.name === 'message' && phase.state === state && phase.trouble === trouble) return;
    this.set({ name: 'message', uuid, code, state, trouble });
  }

  /** Shows the code step again after a check or a resend, with the latest facts and `notice`. */
  private backToPin(notice: PinNotice | undefined): void {
    const phase = this.current.phase;
    const expiringSoon = 'expiringSoon' in phase ? phase.expiringSoon : false;
    this.set({ name: 'pin', challenge: this.login!.pin!, notice, expiringSoon, resending: false });
  }

  private updatePin(patch: Partial<PinStep>): void {
    const phase = this.current.phase;
    if (phase.name === 'pin' || phase.name === 'verifying') this.set({ ...phase, ...patch });
  }
}
