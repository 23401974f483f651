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
}

/** What one number has been through lately. */
interface Ledger {
  /** Epoch ms before which no new code is sent. */
  resendAt: number;
  /** Epoch ms of the codes sent within the window, oldest first. */
  sent: number[];
  /** Epoch ms of the wrong codes typed within the window, oldest first. */
  wrong: number[];
}

/** Beyond this many numbers remembered, the ones with nothing left in the window are swept. */
const SWEEP_AT = 1024;
/** Most numbers remembered at once; the longest-known are forgotten beyond it, so memory stays bounded. */
const MAX_NUMBERS = 100_000;

/**
 * Limits per phone number rather than per login: anyone may start a login for any number, so
 * per-login limits alone would let an attacker guess on (`maxAttempts` × a new login every
 * cooldown) and flood a stranger's phone with codes. Numbers are keyed by the caller (an HMAC),
 * so no number is held in the clear. State lives in this process only.
 */
export class NumberLimits {
  private readonly ledgers = new Map<string, Ledger>();
  private sweepAt = SWEEP_AT;

  constructor(private readonly settings: NumberLimitSettings) {}

  /** Milliseconds until `key` may get a new code; 0 when it may now. */
  waitMs(key: string, now: number): number {
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
  claim(key: string, now: number): number {
    if (this.ledgers.size >= this.sweepAt) this.sweep(now);
    if (!this.ledgers.has(key)) this.evictBeyondMax();
    const ledger = this.ledger(key, now) ?? { resendAt: 0, sent: [], wrong: [] };
    ledger.resendAt = now + this.settings.cooldownMs;
    ledger.sent.push(now);
    this.ledgers.set(key, ledger);
    return ledger.resendAt;
  }

  /** Wrong codes `key` may still type in the window, over all its logins. */
  wrongLeft(key: string, now: number): number {
    return Math.max(0, this.settings.maxWrong - (this.ledger(key, now)?.wrong.length ?? 0));
  }

  /** Counts a wrong code against `key`. */
  recordWrong(key: string, now: number): void {
    const ledger = this.ledger(key, now) ?? { resendAt: 0, sent: [], wrong: [] };
    ledger.wrong.push(now);
    this.ledgers.set(key, ledger);
  }

  /** The ledger of `key` with entries older than the window dropped, if it has one. */
  private ledger(key: string, now: number): Ledger | undefined {
    const ledger = this.ledgers.get(key);
    if (!ledger) return undefined;
    const since = now - this.settings.windowMs;
    ledger.sent = ledger.sent.filter((at) => at > since);
    ledger.wrong = ledger.wrong.filter((at) => at > since);
    return ledger;
  }

  private sweep(now: number): void {
    for (const key of [...this.ledgers.keys()]) {
      const ledger = this.ledger(key, now)!;
      if (ledger.resendAt <= now && ledger.sent.length === 0 && ledger.wrong.length === 0) this.ledgers.delete(key);
    }
    // Next sweep once the map has doubled: each start then pays for sweeping only on average.
    this.sweepAt = Math.max(SWEEP_AT, this.ledgers.size * 2);
  }

  private evictBeyondMax(): void {
    for (const key of this.ledgers.keys()) {
      if (this.ledgers.size < MAX_NUMBERS) return;
      this.ledgers.delete(key);
    }
  }
}
