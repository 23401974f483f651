/** How the flow paces its polls and retries. All times in milliseconds, except `wait`. */
export interface PollPolicy {
  /** Delay before the second poll when the server gives no `poll_after`. */
  interval: number;
  /** Factor each further poll's delay grows by. */
  growth: number;
  /** Longest delay between regular polls. */
  maxInterval: number;
  /** Fraction of each delay added or removed at random, so many widgets never poll in step. */
  jitter: number;
  /** First retry delay after a transient failure; doubles with each failure in a row. */
  backoffBase: number;
  /** Longest retry delay after failures. */
  backoffMax: number;
  /** How long failures in a row may last before the flow stops and offers "try again". */
  giveUpAfter: number;
  /** Seconds a long-polling server may hold a poll (`"wait"`); 0 to not ask. */
  wait: number;
  /** An answer slower than this was held by a long-polling server: poll again at once. */
  heldAfter: number;
  /** Total time a login may take before the widget gives up. */
  timeLimit: number;
}

/** Defaults: Waldur's own UI polls every 2 s; its Mobile ID login lasts about 5.5 minutes. */
export const DEFAULT_POLICY: PollPolicy = {
  interval: 2000,
  growth: 1.1,
  maxInterval: 5000,
  jitter: 0.1,
  backoffBase: 1000,
  backoffMax: 30_000,
  giveUpAfter: 90_000,
  wait: 25,
  heldAfter: 1000,
  timeLimit: 6 * 60_000,
};

/** Spreads `ms` by ±`fraction` using `random` in [0, 1). */
export function withJitter(ms: number, fraction: number, random: number): number {
  return Math.round(ms * (1 + fraction * (2 * random - 1)));
}

/** Delay before regular poll number `index` + 1 (index 0 is the first poll after the immediate one). */
export function pollDelay(index: number, policy: PollPolicy, random: number): number {
  const base = Math.min(policy.interval * policy.growth ** index, policy.maxInterval);
  return withJitter(base, policy.jitter, random);
}

/**
 * Delay before the retry that follows `failures` transient failures in a row (1 or more):
 * exponential, capped, with "equal jitter" (half fixed, half random) so it never collapses to 0.
 */
export function backoffDelay(failures: number, policy: PollPolicy, random: number): number {
  const ceiling = Math.min(policy.backoffBase * 2 ** (failures - 1), policy.backoffMax);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
