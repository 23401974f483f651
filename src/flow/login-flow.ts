import type { LoginClient } from '../api/client.js';
import { ProtocolError } from '../api/errors.js';
import type { AuthResult } from '../api/types.js';
import { systemClock, type Clock } from './clock.js';
import type { FailureReason, FlowEvent, FlowState, Phase } from './phases.js';
import { failureReason } from './reasons.js';
import { DEFAULT_POLICY, backoffDelay, pollDelay, type PollPolicy } from './schedule.js';

/** What a flow needs from its owner. */
export interface FlowOptions {
  /** The protocol client; the flow never talks HTTP itself. */
  client: LoginClient;
  /** Receives every state change and outcome. */
  listener: (event: FlowEvent) => void;
  /** Time source; tests pass a fake one. */
  clock?: Clock;
  /** Overrides of the polling schedule. */
  policy?: Partial<PollPolicy>;
  /** The user's language at the moment of a start, sent as `locale`. */
  locale?: () => string | undefined;
}

/** The login in progress, once the server has given it an id. */
interface ActiveLogin {
  uuid: string;
  code: string;
  state: 'Scheduled' | 'Processing';
  startedAt: number;
  /** Regular polls so far, for the slowly growing interval. */
  polls: number;
  /** Transient failures in a row, and when the first of them happened. */
  failures: number;
  failingSince?: number;
}

/**
 * One phone login as a state machine: start, poll, finish. It owns every timer and request of the
 * login, keeps at most one request in flight, and never holds the token beyond the success event.
 */
export class LoginFlow {
  private current: FlowState = { phase: { name: 'enter-phone' }, phone: '' };
  private login?: ActiveLogin;
  private request?: AbortController;
  private cancelRequest?: AbortController;
  private timer?: unknown;
  private deadline?: unknown;
  private readonly clock: Clock;
  private policy: PollPolicy;

  constructor(private readonly options: FlowOptions) {
    this.clock = options.clock ?? systemClock;
    this.policy = { ...DEFAULT_POLICY, ...options.policy };
  }

  /** Changes the polling schedule; takes effect from the next login (or poll). */
  setPolicy(policy: Partial<PollPolicy>): void {
    this.policy = { ...this.policy, ...policy };
  }

  /** The current phase and phone number. */
  get state(): FlowState {
    return this.current;
  }

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
    this.options.client.start(phone, { locale: this.options.locale?.(), signal }).then(
      (result) => this.settle(signal) && this.onStarted(result, startedAt),
      (error: unknown) => this.settle(signal) && this.onStartError(error),
    );
    return true;
  }

  /** Abandons the login under way (the user's "cancel") and returns to the phone form. */
  cancel(): void {
    const { name } = this.current.phase;
    if (name !== 'starting' && name !== 'message') return;
    const uuid = this.login?.uuid;
    this.stop();
    this.login = undefined;
    if (uuid) this.sendCancel(uuid);
    this.set({ name: 'enter-phone' });
    this.emit({ type: 'cancel', uuid });
  }

  /** After a failure: resumes the same login when it can still finish, else returns to the phone form. */
  retry(): void {
    const { phase } = this.current;
    if (phase.name !== 'failed') return;
    if (phase.resumable && this.login) {
      this.login.failures = 0;
      this.login.failingSince = undefined;
      this.showWaiting(false);
      this.resume();
    } else {
      this.reset();
    }
  }

  /** Returns to the phone form, keeping the number, unless a login is under way. */
  reset(): void {
    const { name } = this.current.phase;
    if (name === 'starting' || name === 'message' || name === 'enter-phone') return;
    this.stop();
    this.login = undefined;
    this.set({ name: 'enter-phone' });
  }

  /** Stops every request and timer but keeps the state, e.g. while the element is off the page. */
  pause(): void {
    this.stop();
    this.cancelRequest?.abort();
    if (this.current.phase.name === 'starting') this.set({ name: 'enter-phone' });
  }

  /** Continues after `pause()`: polls again at once if a login was waiting. */
  resume(): void {
    const { phase } = this.current;
    if (phase.name === 'message' && !this.request && this.timer === undefined) {
      if (this.armDeadline()) this.poll();
    } else if (phase.name === 'enter-phone' && phase.problem?.kind === 'rate-limited') {
      this.after(phase.problem.until - this.clock.now(), () => this.set({ name: 'enter-phone' }));
    }
  }

  private onStarted(result: AuthResult, startedAt: number): void {
    if (this.isFinal(result)) return;
    const state = result.state === 'Processing' ? 'Processing' : 'Scheduled';
    this.login = { uuid: result.uuid, code: result.message, state, startedAt, polls: 0, failures: 0 };
    this.showWaiting(false);
    if (this.armDeadline()) this.poll();
  }

  private onStartError(error: unknown): void {
    const e = asProtocolError(error);
    if (e.kind === 'unauthorized') return this.fail('method_disabled');
    if (e.kind === 'invalid') {
      return this.set({ name: 'enter-phone', problem: { kind: 'invalid', message: e.fieldMessage('phone') ?? '' } });
    }
    if (e.kind === 'rate-limited') {
      const seconds = e.retryAfter ?? 30;
      const until = this.clock.now() + seconds * 1000;
      this.set({ name: 'enter-phone', problem: { kind: 'rate-limited', seconds, until } });
      return this.after(seconds * 1000, () => this.set({ name: 'enter-phone' }));
    }
    this.set({ name: 'enter-phone', problem: { kind: 'unreachable' } });
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
    const changed = result.state !== login.state;
    login.state = result.state === 'Processing' ? 'Processing' : 'Scheduled';
    login.failures = 0;
    login.failingSince = undefined;
    this.showWaiting(false);
    // A held answer, or news, means a long-polling server: ask again at once.
    const held = this.policy.wait > 0 && this.clock.now() - sentAt >= this.policy.heldAfter;
    let delay: number;
    if (typeof result.poll_after === 'number' && result.poll_after >= 0) delay = result.poll_after * 1000;
    else if (held || changed) delay = 0;
    else delay = pollDelay(login.polls++, this.policy, this.clock.random());
    this.after(delay, () => this.poll());
  }

  private onPollError(login: ActiveLogin, error: unknown): void {
    const e = asProtocolError(error);
    if (e.kind === 'not-found') return this.fail('login_gone');
    if (e.kind === 'unauthorized') return this.fail('method_disabled');
    if (e.kind === 'invalid' || e.kind === 'rejected') return this.fail('server_error');
    if (e.kind === 'rate-limited') {
      const delay = e.retryAfter !== undefined ? e.retryAfter * 1000 : backoffDelay(1, this.policy, this.clock.random());
      return this.after(delay, () => this.poll());
    }
    const now = this.clock.now();
    login.failures += 1;
    login.failingSince ??= now;
    if (now - login.failingSince >= this.policy.giveUpAfter) return this.fail('unreachable', { resumable: true });
    this.showWaiting(true);
    this.after(backoffDelay(login.failures, this.policy, this.clock.random()), () => this.poll());
  }

  /** Ends the login when `result` is final; returns whether it was. */
  private isFinal(result: AuthResult): boolean {
    if (result.state === 'OK') {
      if (!result.token) {
        this.fail('server_error', { uuid: result.uuid });
        return true;
      }
      const phone = result.phone || this.current.phone;
      this.stop();
      this.login = undefined;
      this.set({ name: 'success', uuid: result.uuid });
      this.emit({ type: 'success', token: result.token, uuid: result.uuid, phone });
      return true;
    }
    if (result.state === 'Canceled' || result.state === 'Erred') {
      this.fail(failureReason(result), {
        uuid: result.uuid,
        details: result.details || undefined,
        serverMessage: result.error_message || undefined,
      });
      return true;
    }
    return false;
  }

  private fail(
    reason: FailureReason,
    extra: { resumable?: boolean; uuid?: string; details?: string; serverMessage?: string } = {},
  ): void {
    const { resumable = false, ...detail } = extra;
    const uuid = detail.uuid ?? this.login?.uuid;
    this.stop();
    if (!resumable) this.login = undefined;
    this.set({ name: 'failed', reason, resumable });
    this.emit({ type: 'failure', reason, ...strip({ ...detail, uuid }) });
  }

  /** Sets the time-limit timer for the login; fails at once (returning false) if it has run out. */
  private armDeadline(): boolean {
    const login = this.login!;
    const left = login.startedAt + this.policy.timeLimit - this.clock.now();
    if (left <= 0) {
      this.timeUp(login.uuid);
      return false;
    }
    this.deadline = this.clock.setTimeout(() => this.timeUp(login.uuid), left);
    return true;
  }

  private timeUp(uuid: string): void {
    this.fail('time_limit', { uuid });
    this.sendCancel(uuid);
  }

  private showWaiting(trouble: boolean): void {
    const { uuid, code, state } = this.login!;
    const phase = this.current.phase;
    if (phase.name === 'message' && phase.state === state && phase.trouble === trouble) return;
    this.set({ name: 'message', uuid, code, state, trouble });
  }

  private sendCancel(uuid: string): void {
    // Best effort: a server without cancel/ answers 404 or 405, and the login then just times out there.
    this.cancelRequest?.abort();
    const controller = (this.cancelRequest = new AbortController());
    this.options.client.cancel(uuid, { signal: controller.signal }).catch(() => undefined);
  }

  /** Opens the one request slot, aborting whatever held it. */
  private begin(): AbortSignal {
    this.request?.abort();
    this.request = new AbortController();
    return this.request.signal;
  }

  /** Closes the request slot for `signal`; false when that request was abandoned meanwhile. */
  private settle(signal: AbortSignal): boolean {
    if (signal.aborted) return false;
    this.request = undefined;
    return true;
  }

  private after(ms: number, callback: () => void): void {
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      callback();
    }, Math.max(0, ms));
  }

  private stop(): void {
    this.request?.abort();
    this.request = undefined;
    this.clock.clearTimeout(this.timer);
    this.clock.clearTimeout(this.deadline);
    this.timer = this.deadline = undefined;
  }

  private set(phase: Phase, phone = this.current.phone): void {
    this.current = { phase, phone };
    this.emit({ type: 'change', state: this.current });
  }

  private emit(event: FlowEvent): void {
    this.options.listener(event);
  }
}

function asProtocolError(error: unknown): ProtocolError {
  // A replacement client may throw anything; treat the unknown as a network failure, which is retried.
  return error instanceof ProtocolError ? error : new ProtocolError('network');
}

function strip<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
