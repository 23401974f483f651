import { randomInt } from 'node:crypto';
import { GENERIC_PROVIDER_ERROR, NOT_REGISTERED_DETAILS } from '../logins.js';
import { backgroundTimeout } from '../timers.js';
import type { ChallengeProvider, LoginHandle } from '../types.js';

/** Settings of the simulated Mobile ID service. */
export interface MobileIdSimulatorOptions {
  /** Delay before the login becomes Processing and the phone rings (default 2000, Waldur's countdown=2). */
  processingDelayMs?: number;
  /** How long the phone waits for an answer before the login is Canceled with reason `timeout` (default 120000). */
  timeoutMs?: number;
  /** Whether a number belongs to a known user (default: all); unknown ones end as Waldur's "User is not registered.". */
  isRegistered?: (phone: string) => boolean | Promise<boolean>;
}

/** A request shown on the simulated phone. */
export interface PhonePrompt {
  /** The login's uuid. */
  uuid: string;
  /** The phone number the request went to. */
  phone: string;
  /** The verification code the phone shows as "Login code: 0427". */
  code: string;
}

/** Valimo's text when the user rejects (the example in Waldur's docs). */
export const USER_CANCEL_DETAILS = 'User cancel.';
/** Our text when nobody answers in time (Valimo's own wording is unconfirmed). */
export const TIMEOUT_DETAILS = 'Timeout.';

interface Session {
  login: LoginHandle;
  timer: ReturnType<typeof setTimeout>;
  shown: boolean;
}

/**
 * A simulated Mobile ID service and phone, for the demo and tests: behaves like Waldur with Valimo
 * (Scheduled, then Processing when the phone rings, then OK or Canceled), answered by `approve`/`reject`.
 */
export class MobileIdSimulator implements ChallengeProvider {
  /** The user compares a message (the code); nothing is typed. */
  readonly challenge = 'message' as const;
  private readonly sessions = new Map<string, Session>();
  private readonly listeners = new Set<() => void>();
  private readonly processingDelayMs: number;
  private readonly timeoutMs: number;
  private readonly isRegistered: (phone: string) => boolean | Promise<boolean>;
  private changes = 0;

  constructor(options: MobileIdSimulatorOptions = {}) {
    this.processingDelayMs = options.processingDelayMs ?? 2000;
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.isRegistered = options.isRegistered ?? (() => true);
  }

  /** Grows by one whenever the pending prompts change. */
  get version(): number {
    return this.changes;
  }

  /** Waldur's code: exactly 4 digits, zero-padded, here from a CSPRNG. */
  message(): string {
    return randomInt(0, 10_000).toString().padStart(4, '0');
  }

  /** Schedules the phone to ring after the processing delay. */
  async start(login: LoginHandle): Promise<void> {
    // A plain (ref'd) timer: the phone ringing is work in progress, unlike the long timeout below.
    const timer = setTimeout(() => void this.ring(login.uuid).catch(() => undefined), this.processingDelayMs);
    this.sessions.set(login.uuid, { login, timer, shown: false });
  }

  /** Forgets a login ended elsewhere (client cancel). */
  release(uuid: string): void {
    this.take(uuid);
  }

  /** The prompts the phone shows, oldest first. */
  pending(): PhonePrompt[] {
    return [...this.sessions.values()]
      .filter((session) => session.shown)
      .map(({ login }) => ({ uuid: login.uuid, phone: login.phone, code: login.message }));
  }

  /** Calls `listener` whenever the pending prompts change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The user confirms on the phone: OK for a registered number, else Canceled. False if no such prompt. */
  async approve(uuid: string): Promise<boolean> {
    const session = this.take(uuid, true);
    if (!session) return false;
    const { login } = session;
    let registered: boolean;
    try {
      registered = await this.isRegistered(login.phone);
    } catch {
      await login.fail(GENERIC_PROVIDER_ERROR);
      return true;
    }
    if (registered) await login.succeed();
    else await login.cancel(NOT_REGISTERED_DETAILS, 'not_registered');
    return true;
  }

  /** The user rejects on the phone. False if no such prompt. */
  async reject(uuid: string): Promise<boolean> {
    const session = this.take(uuid, true);
    if (!session) return false;
    await session.login.cancel(USER_CANCEL_DETAILS, 'user_cancel');
    return true;
  }

  /** Stops every timer and forgets every prompt. */
  close(): void {
    for (const uuid of [...this.sessions.keys()]) this.take(uuid);
  }

  private async ring(uuid: string): Promise<void> {
    const session = this.sessions.get(uuid);
    if (!session) return;
    // False when the login ended meanwhile (canceled or expired): nothing to show.
    if (!(await session.login.processing())) {
      this.take(uuid);
      return;
    }
    if (this.sessions.get(uuid) !== session) return;
    session.shown = true;
    session.timer = backgroundTimeout(() => void this.expire(uuid).catch(() => undefined), this.timeoutMs);
    this.changed();
  }

  private async expire(uuid: string): Promise<void> {
    const session = this.take(uuid);
    await session?.login.cancel(TIMEOUT_DETAILS, 'timeout');
  }

  /** Removes a session (only a shown one when `shownOnly`), stopping its timer. */
  private take(uuid: string, shownOnly = false): Session | undefined {
    const session = this.sessions.get(uuid);
    if (!session || (shownOnly && !session.shown)) return undefined;
    clearTimeout(session.timer);
    this.sessions.delete(uuid);
    if (session.shown) this.changed();
    return session;
  }

  private changed(): void {
    this.changes++;
    for (const listener of [...this.listeners]) listener();
  }
}
