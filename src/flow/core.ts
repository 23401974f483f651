import type { LoginClient } from '../api/client.js';
import { ProtocolError } from '../api/errors.js';
import type { AuthResult } from '../api/types.js';
import { systemClock, type Clock } from './clock.js';
import type { FailureReason, FlowEvent, FlowState, Phase } from './phases.js';
import { finalOutcome, type LoginFacts } from './decisions.js';
import { DEFAULT_POLICY, type PollPolicy } from './schedule.js';
import { Timers } from './timers.js';

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
  /** The user's language, sent as `locale` with each start (a function is read at each start). */
  locale?: string | (() => string | undefined);
}

/** What an owner may change while the flow runs; each takes effect from the next request or timer. */
export type FlowSettings = Partial<Pick<FlowOptions, 'client' | 'clock' | 'locale' | 'policy'>>;

/** The login in progress, once the server has given it an id. */
export interface ActiveLogin extends LoginFacts {
  startedAt: number;
  /** Message challenge: the verification code. */
  code: string;
}

/**
 * The machinery under the login flow: its state and events, the one request slot, the named
 * timers, the time limit, and how a login ends. `LoginFlow` adds the steps on top.
 */
export abstract class FlowCore {
  protected current: FlowState = { phase: { name: 'enter-phone' }, phone: '' };
  protected login?: ActiveLogin;
  protected request?: AbortController;
  protected cancelRequest?: AbortController;
  protected readonly timers: Timers;
  protected policy: PollPolicy;

  protected options: FlowOptions;

  constructor(options: FlowOptions) {
    this.options = { ...options };
    this.timers = new Timers(() => this.clock);
    this.policy = { ...DEFAULT_POLICY, ...options.policy };
  }

  /** Replaces the client, clock, locale or polling schedule (what is left out stays). */
  configure({ policy, ...settings }: FlowSettings): void {
    const defined = Object.entries(settings).filter(([, value]) => value !== undefined);
    this.options = { ...this.options, ...Object.fromEntries(defined) };
    if (policy) this.setPolicy(policy);
  }

  /** The current phase and phone number. */
  get state(): FlowState {
    return this.current;
  }

  /** The flow's clock, for views that count down to its instants. */
  get clock(): Clock {
    return this.options.clock ?? systemClock;
  }

  /** Changes the polling schedule; takes effect from the next login (or poll). */
  setPolicy(policy: Partial<PollPolicy>): void {
    this.policy = { ...this.policy, ...policy };
  }

  /** Ends the login when `result` is final; returns whether it was. */
  protected isFinal(result: AuthResult): boolean {
    const outcome = finalOutcome(result, this.current.phone);
    if (!outcome) return false;
    if ('failure' in outcome) {
      const { reason, ...extra } = outcome.failure;
      this.fail(reason, extra);
      return true;
    }
    this.stop();
    this.login = undefined;
    this.set({ name: 'success', uuid: result.uuid });
    this.emit({ type: 'success', ...outcome.success });
    return true;
  }

  protected fail(
    reason: FailureReason,
    extra: { resumable?: boolean; uuid?: string; details?: string; serverMessage?: string } = {},
  ): void {
    const { resumable = false, ...detail } = extra;
    const uuid = detail.uuid ?? this.login?.uuid;
    // An expired or used-up code is cured by a new code for the same number.
    const resendable = (reason === 'expired' || reason === 'too_many_attempts') && this.login?.pin !== undefined;
    const resendAt = resendable ? this.login?.pin?.resendAt : undefined;
    this.stop();
    if (!resumable) this.login = undefined;
    this.set({ name: 'failed', reason, resumable, resendable, ...(resendAt === undefined ? {} : { resendAt }) });
    this.emit({ type: 'failure', reason, ...strip({ ...detail, uuid }) });
  }

  /** Sets the time-limit timer for the login; fails at once (returning false) if it has run out. */
  protected armDeadline(): boolean {
    const login = this.login!;
    const left = login.startedAt + this.policy.timeLimit - this.clock.now();
    if (left <= 0) {
      this.timeUp(login.uuid);
      return false;
    }
    this.timers.set('deadline', left, () => this.timeUp(login.uuid));
    return true;
  }

  protected timeUp(uuid: string): void {
    this.fail('time_limit', { uuid });
    this.sendCancel(uuid);
  }

  /** The locale to send with a start. */
  protected get locale(): string | undefined {
    const { locale } = this.options;
    return typeof locale === 'function' ? locale() : locale;
  }

  protected sendCancel(uuid: string): void {
    // Best effort: a server without cancel/ answers 404 or 405, and the login then just times out there.
    this.cancelRequest?.abort();
    const controller = (this.cancelRequest = new AbortController());
    this.options.client.cancel(uuid, { signal: controller.signal }).catch(() => undefined);
  }

  /** Opens the one request slot, aborting whatever held it. */
  protected begin(): AbortSignal {
    this.request?.abort();
    this.request = new AbortController();
    return this.request.signal;
  }

  /** Closes the request slot for `signal`; false when that request was abandoned meanwhile. */
  protected settle(signal: AbortSignal): boolean {
    if (signal.aborted) return false;
    this.request = undefined;
    return true;
  }

  protected stop(): void {
    this.request?.abort();
    this.request = undefined;
    this.timers.clearAll();
  }

  protected set(phase: Phase, phone = this.current.phone): void {
    this.current = { phase, phone };
    this.emit({ type: 'change', state: this.current });
  }

  protected emit(event: FlowEvent): void {
    this.options.listener(event);
  }
}

/** A failure as the flow decides on it. */
export function asProtocolError(error: unknown): ProtocolError {
  // A replacement client may throw anything; treat the unknown as a network failure, which is retried.
  return error instanceof ProtocolError ? error : new ProtocolError('network');
}

function strip<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
