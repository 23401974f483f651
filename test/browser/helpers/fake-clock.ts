import type { Clock } from '../../../src/flow/clock.js';

/** Lets the page run every promise callback that is ready. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock that moves only when told, with a fixed "random" number. */
export class FakeClock implements Clock {
  time = 0;
  randomValue = 0.5;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  random(): number {
    return this.randomValue;
  }

  /** Number of timers waiting. */
  get pending(): number {
    return this.timers.size;
  }

  /** Milliseconds until the next timer fires, or undefined when none waits. */
  get nextIn(): number | undefined {
    const next = Math.min(...[...this.timers.values()].map((t) => t.at));
    return Number.isFinite(next) ? next - this.time : undefined;
  }

  /** Moves time forward by `ms`, firing timers in order and letting promises settle after each. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.timers.delete(id);
      this.time = timer.at;
      timer.callback();
      await flush();
    }
    this.time = end;
    await flush();
  }
}
