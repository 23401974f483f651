/** Time and chance as the flow sees them, so tests can replace both. */
export interface Clock {
  /** Milliseconds on a monotonic-enough scale. */
  now(): number;
  /** Runs `callback` after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a pending `setTimeout`. */
  clearTimeout(handle: unknown): void;
  /** A number in [0, 1), for jitter. */
  random(): number;
  /** Milliseconds since 1970, for instants kept across a reload; a clock without it stands for its own epoch. */
  epoch?(): number;
}

/** `clock`'s epoch time minus its `now()`: adds to a flow instant to make it outlive the page. */
export function epochOffset(clock: Clock): number {
  return clock.epoch ? clock.epoch() - clock.now() : 0;
}

/** The real clock of the page. */
export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  random: () => Math.random(),
  epoch: () => Date.now(),
};
