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
  /** Most numbers remembered at once (default 100 000); the least recently active are forgotten beyond it. */
  readonly maxNumbers?: number;
}

/**
 * Per-number limits as providers use them. Every step that books or spends is one atomic step, so
 * racing requests (on one instance or many, with a shared implementation) never get more than the
 * limit. Keys are the numbers' keyed hashes, never numbers.
 */
export interface NumberLimiter {
  /** Milliseconds until `key` may get a new code; 0 when it may now. */
  waitMs(key: string, now: number): Promise<number>;
  /** Books a code for `key` when none is held back and returns 0; else returns the wait and books nothing. */
  claimCode(key: string, now: number): Promise<number>;
  /** Wrong codes `key` may still type in the window, over all its logins. */
  wrongLeft(key: string, now: number): Promise<number>;
  /** Reserves one guess from `key`'s wrong-code budget; false when it is spent. */
  takeGuess(key: string, now: number): Promise<boolean>;
  /** Gives back a reserved guess that turned out right (or was never judged). */
  refundGuess(key: string, now: number): Promise<void>;
}

/** What one number has been through lately. */
interface Ledger {
  /** Epoch ms before which no new code is sent. */
  resendAt: number;
  /** Epoch ms of the codes sent within the window, oldest first. */
  readonly sent: number[];
  /** Epoch ms of the wrong codes typed within the window, oldest first. */
  readonly wrong: number[];
}

/** Beyond this many numbers remembered, the ones with nothing left in the window are swept. */
const SWEEP_AT = 1024;

/**
 * Limits per phone number rather than per login: anyone may start a login for any number, so
 * per-login limits alone would let an attacker guess on (`maxAttempts` × a new login every
 * cooldown) and flood a stranger's phone with codes. Numbers are keyed by the caller (an HMAC),
 * so no number is held in the clear. State lives in this process only.
 */
export class NumberLimits implements NumberLimiter {
  /** In order of last activity, least recent first, so the cap forgets the quietest numbers. */
  private readonly ledgers = new Map<string, Ledger>();
  private readonly maxNumbers: number;
  private sweepAt = SWEEP_AT;

  constructor(private readonly settings: NumberLimitSettings) {
    const { cooldownMs, maxCodes, maxWrong, windowMs } = settings;
    // A zero, a fraction or NaN here would quietly switch every limit off (NaN compares false).
    if (!(cooldownMs >= 0) || !(windowMs > 0)) throw new RangeError('the cooldown must be 0 or more and the window more than 0');
    if (!isWholePositive(maxCodes) || !isWholePositive(maxWrong)) throw new RangeError('codes and wrong codes per number must be whole numbers from 1');
    this.maxNumbers = settings.maxNumbers ?? 100_000;
  }

  /** Numbers remembered now. */
  get size(): number {
    return this.ledgers.size;
  }

  /** Milliseconds until `key` may get a new code; 0 when it may now. */
  async waitMs(key: string, now: number): Promise<number> {
    return this.wait(key, now);
  }

  /** Books a code unless one is held back (then the wait). */
  async claimCode(key: string, now: number): Promise<number> {
    const wait = this.wait(key, now);
    if (wait > 0) return wait;
    this.claim(key, now);
    return 0;
  }

  /** Wrong codes `key` may still type in the window, over all its logins. */
  async wrongLeft(key: string, now: number): Promise<number> {
    return this.wrongBudget(key, now);
  }

  /** Reserves a guess: counted as wrong until refunded. */
  async takeGuess(key: string, now: number): Promise<boolean> {
    if (this.wrongBudget(key, now) <= 0) return false;
    this.touch(key, now).wrong.push(now);
    return true;
  }

  /** Refunds the newest reserved guess. */
  async refundGuess(key: string, now: number): Promise<void> {
    const ledger = this.ledger(key, now);
    const at = ledger?.wrong.lastIndexOf(now) ?? -1;
    if (at >= 0) ledger!.wrong.splice(at, 1);
  }

  private wait(key: string, now: number): number {
    const ledger = this.ledger(key, now);
    if (!ledger) return 0;
    const { maxCodes, maxWrong, windowMs } = this.settings;
    const waits = [ledger.resendAt - now];
    // The window frees a slot when the oldest entry that fills it grows older than the window.
    if (ledger.sent.length >= maxCodes) waits.push(ledger.sent[ledger.sent.length - maxCodes]! + windowMs - now);
    if (ledger.wrong.length >= maxWrong) waits.push(ledger.wrong[ledger.wrong.length - maxWrong]! + windowMs - now);
    return Math.max(0, ...waits);
  }

  /**
   * Books a code for `key` and returns when the next one may be sent. Booked before the send is
   * awaited, so two starts racing for one number cannot both send, and kept when the send fails:
   * a gateway that timed out may still deliver.
   */
  private claim(key: string, now: number): number {
    const ledger = this.touch(key, now);
    ledger.resendAt = now + this.settings.cooldownMs;
    ledger.sent.push(now);
    return ledger.resendAt;
  }

  private wrongBudget(key: string, now: number): number {
    return Math.max(0, this.settings.maxWrong - (this.ledger(key, now)?.wrong.length ?? 0));
  }

  /** The ledger of `key`, made if new, moved to the most recently active end. */
  private touch(key: string, now: number): Ledger {
    if (this.ledgers.size >= this.sweepAt) this.sweep(now);
    const ledger = this.ledger(key, now) ?? { resendAt: 0, sent: [], wrong: [] };
    this.ledgers.delete(key);
    // Full of numbers active within the window: forget the least recently active one.
    for (const oldest of this.ledgers.keys()) {
      if (this.ledgers.size < this.maxNumbers) break;
      this.ledgers.delete(oldest);
    }
    this.ledgers.set(key, ledger);
    return ledger;
  }

  /** The ledger of `key` with entries older than the window dropped, if it has one. */
  private ledger(key: string, now: number): Ledger | undefined {
    const ledger = this.ledgers.get(key);
    if (!ledger) return undefined;
    const since = now - this.settings.windowMs;
    dropUpTo(ledger.sent, since);
    dropUpTo(ledger.wrong, since);
    return ledger;
  }

  private sweep(now: number): void {
    // Deleting the entry being visited is safe while iterating a Map.
    for (const key of this.ledgers.keys()) {
      const ledger = this.ledger(key, now)!;
      if (ledger.resendAt <= now && ledger.sent.length === 0 && ledger.wrong.length === 0) this.ledgers.delete(key);
    }
    // Next sweep once the map has doubled: each start then pays for sweeping only on average.
    this.sweepAt = Math.max(SWEEP_AT, this.ledgers.size * 2);
  }
}

/** Drops the times at or before `since`: oldest first, they are a prefix, removed in place on every read. */
function dropUpTo(times: number[], since: number): void {
  while (times.length > 0 && times[0]! <= since) times.shift();
}

/** True for 1, 2, 3…: what a count limit must be (0, fractions and NaN would switch it off). */
export function isWholePositive(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}
