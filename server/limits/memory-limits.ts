import type { LimitStore } from './limit-store.js';

interface Window {
  /** Bookings, oldest first. */
  readonly entries: { at: number; member: string }[];
  /** The longest window this key was used with, to know when it holds nothing. */
  windowMs: number;
}

/** Milliseconds a refused newcomer is asked to wait while the store is full of keys under limits. */
const FULL_RETRY_MS = 60_000;

/**
 * Limits in this process's memory, for one instance. Bounded: beyond `maxKeys` it forgets only
 * keys with nothing left in their window; a key still under a limit is never forgotten, since
 * that would reset it (a flood of other numbers must not reset a target's count). When every key
 * is under a limit, newcomers are refused until some free up.
 */
export class MemoryLimits implements LimitStore {
  private readonly windows = new Map<string, Window>();
  /** No new sweep before this time: when full of keys under limits, a flood must not buy a full scan per request. */
  private sweptAt = -Infinity;

  constructor(
    /** Most keys held at once (default 1 000 000, about 200 MB at worst); past it newcomers wait. */
    private readonly maxKeys = 1_000_000,
  ) {}

  /** Keys held now. */
  get size(): number {
    return this.windows.size;
  }

  async book(key: string, member: string, limit: number, windowMs: number, now: number): Promise<number> {
    let window = this.windows.get(key);
    if (!window) {
      if (this.windows.size >= this.maxKeys) this.sweep(now);
      if (this.windows.size >= this.maxKeys) return FULL_RETRY_MS;
      window = { entries: [], windowMs };
      this.windows.set(key, window);
    }
    window.windowMs = Math.max(window.windowMs, windowMs);
    const wait = this.waitFor(window, limit, windowMs, now);
    if (wait > 0) return wait;
    window.entries.push({ at: now, member });
    return 0;
  }

  async count(key: string, limit: number, windowMs: number, now: number): Promise<{ count: number; waitMs: number }> {
    const window = this.windows.get(key);
    if (!window) return { count: 0, waitMs: 0 };
    return { count: this.live(window, windowMs, now).length, waitMs: this.waitFor(window, limit, windowMs, now) };
  }

  async unbook(key: string, member: string): Promise<void> {
    const entries = this.windows.get(key)?.entries;
    const at = entries?.findIndex((entry) => entry.member === member) ?? -1;
    if (at >= 0) entries!.splice(at, 1);
  }

  /** Milliseconds until fewer than `limit` bookings are younger than `windowMs`. */
  private waitFor(window: Window, limit: number, windowMs: number, now: number): number {
    const live = this.live(window, windowMs, now);
    if (live.length < limit) return 0;
    return Math.max(1, live[live.length - limit]!.at + windowMs - now);
  }

  /** The bookings within `windowMs`; older ones than the key's longest window are dropped for good. */
  private live(window: Window, windowMs: number, now: number): { at: number; member: string }[] {
    const { entries } = window;
    while (entries.length > 0 && entries[0]!.at <= now - window.windowMs) entries.shift();
    const since = now - windowMs;
    const first = entries.findIndex((entry) => entry.at > since);
    return first < 0 ? [] : entries.slice(first);
  }

  /** Forgets the keys with nothing left in their window. */
  private sweep(now: number): void {
    if (now - this.sweptAt < 1000) return;
    this.sweptAt = now;
    for (const [key, window] of this.windows) {
      if (this.live(window, window.windowMs, now).length === 0) this.windows.delete(key);
    }
  }
}
