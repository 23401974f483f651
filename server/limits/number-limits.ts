import { bookingId, type LimitStore } from './limit-store.js';
import { MemoryLimits } from './memory-limits.js';

/** How often one phone number may get codes and type wrong ones. */
export interface NumberLimitSettings {
  /** Milliseconds between two codes to the same number. */
  readonly cooldownMs: number;
  /** Codes one number may get per window. */
  readonly maxCodes: number;
  /** Wrong codes one number may have typed per window, over all its logins. */
  readonly maxWrong: number;
  /** Length of the window, in milliseconds. */
  readonly windowMs: number;
  /** Codes one client may have sent to one number per window (absent: no cap per client). */
  readonly maxCodesPerClient?: number;
  /** Wrong codes one client may type for one number per window (absent: no cap per client). */
  readonly maxWrongPerClient?: number;
}

/**
 * Per-number limits as providers use them. Every step that books or spends is atomic in the
 * store, so racing requests (on one instance or many) never get more than the limit. Keys are the
 * numbers' keyed hashes, never numbers.
 */
export interface NumberLimiter {
  /** Milliseconds until `key` may get a new code; 0 when it may now. */
  waitMs(key: string, now: number): Promise<number>;
  /** Books a code for `key` (asked by `client`, when known) unless one is held back: 0, else the wait, booking nothing. */
  claimCode(key: string, now: number, client?: string): Promise<number>;
  /** Wrong codes `key` may still type in the window, over all its logins. */
  wrongLeft(key: string, now: number): Promise<number>;
  /** Books one guess (by `client`, when known) against `key`'s wrong-code budgets; the booking, or undefined when one is spent. */
  takeGuess(key: string, now: number, client?: string): Promise<string | undefined>;
  /** Gives back a booked guess that turned out right (or was never judged). */
  refundGuess(key: string, booking: string, client?: string): Promise<void>;
}

/**
 * Limits per phone number rather than per login: anyone may start a login for any number, so
 * per-login limits alone would let an attacker guess on (`maxAttempts` × a new login every
 * cooldown) and flood a stranger's phone with codes. Each client also has a smaller share of a
 * number's budgets, so spending a number's whole budget (which locks its owner out until the
 * window ends: the price of a per-number cap) takes several clients, not one. Kept in a
 * LimitStore: this process's memory by default, Redis to share them between instances.
 */
export class NumberLimits implements NumberLimiter {
  constructor(
    private readonly settings: NumberLimitSettings,
    private readonly store: LimitStore = new MemoryLimits(),
  ) {
    const { cooldownMs, maxCodes, maxWrong, windowMs } = settings;
    // A zero, a fraction or NaN here would quietly switch every limit off (NaN compares false).
    if (!(cooldownMs >= 0) || !(windowMs > 0)) throw new RangeError('the cooldown must be 0 or more and the window more than 0');
    if (!isWholePositive(maxCodes) || !isWholePositive(maxWrong)) throw new RangeError('codes and wrong codes per number must be whole numbers from 1');
  }

  async waitMs(key: string, now: number): Promise<number> {
    const { cooldownMs, maxCodes, maxWrong, windowMs } = this.settings;
    const [cool, sent, wrong] = await Promise.all([
      cooldownMs > 0 ? this.store.count(`cool:${key}`, 1, cooldownMs, now) : { waitMs: 0 },
      this.store.count(`sent:${key}`, maxCodes, windowMs, now),
      this.store.count(`wrong:${key}`, maxWrong, windowMs, now),
    ]);
    return Math.max(cool.waitMs, sent.waitMs, wrong.waitMs);
  }

  /**
   * The cooldown is booked first: of racing starts for one number only one gets past it, which
   * makes the rest of the step effectively one at a time per number. A code is booked before it
   * is sent and kept when the send fails (a gateway that timed out may still deliver). A number
   * whose wrong codes are spent gets no code: it could not be checked.
   */
  async claimCode(key: string, now: number, client?: string): Promise<number> {
    const { cooldownMs, maxCodes, maxWrong, windowMs } = this.settings;
    const spent = await this.store.count(`wrong:${key}`, maxWrong, windowMs, now);
    if (spent.waitMs > 0) return spent.waitMs;
    const booking = bookingId(now);
    const booked: string[] = [];
    const book = async (window: string, limit: number, ms: number) => {
      const wait = await this.store.book(window, booking, limit, ms, now);
      if (wait > 0) await Promise.all(booked.map((done) => this.store.unbook(done, booking)));
      else booked.push(window);
      return wait;
    };
    if (cooldownMs > 0) {
      const cool = await book(`cool:${key}`, 1, cooldownMs);
      if (cool > 0) return cool;
    }
    if (client !== undefined && this.settings.maxCodesPerClient !== undefined) {
      const mine = await book(`sent:${key}:${client}`, this.settings.maxCodesPerClient, windowMs);
      if (mine > 0) return mine;
    }
    return book(`sent:${key}`, maxCodes, windowMs);
  }

  async wrongLeft(key: string, now: number): Promise<number> {
    const { count } = await this.store.count(`wrong:${key}`, this.settings.maxWrong, this.settings.windowMs, now);
    return Math.max(0, this.settings.maxWrong - count);
  }

  async takeGuess(key: string, now: number, client?: string): Promise<string | undefined> {
    const { maxWrong, maxWrongPerClient, windowMs } = this.settings;
    const booking = bookingId(now);
    const own = client !== undefined && maxWrongPerClient !== undefined ? `wrong:${key}:${client}` : undefined;
    if (own && (await this.store.book(own, booking, maxWrongPerClient!, windowMs, now)) > 0) return undefined;
    if ((await this.store.book(`wrong:${key}`, booking, maxWrong, windowMs, now)) > 0) {
      if (own) await this.store.unbook(own, booking);
      return undefined;
    }
    return booking;
  }

  async refundGuess(key: string, booking: string, client?: string): Promise<void> {
    await this.store.unbook(`wrong:${key}`, booking);
    if (client !== undefined && this.settings.maxWrongPerClient !== undefined) await this.store.unbook(`wrong:${key}:${client}`, booking);
  }
}

/** True for 1, 2, 3…: what a count limit must be (0, fractions and NaN would switch it off). */
export function isWholePositive(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}
