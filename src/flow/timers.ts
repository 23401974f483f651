import type { Clock } from './clock.js';

/** Named one-shot timers on a replaceable clock; setting a name again replaces its timer. */
export class Timers {
  private readonly handles = new Map<string, unknown>();

  constructor(private readonly clock: () => Clock) {}

  /** Runs `callback` after `ms` (at least 0) under `name`, replacing any timer of that name. */
  set(name: string, ms: number, callback: () => void): void {
    this.clear(name);
    const handle = this.clock().setTimeout(() => {
      this.handles.delete(name);
      callback();
    }, Math.max(0, ms));
    this.handles.set(name, handle);
  }

  /** Whether a timer of that name is waiting. */
  has(name: string): boolean {
    return this.handles.has(name);
  }

  /** Cancels the timer of that name, if any. */
  clear(name: string): void {
    if (!this.handles.has(name)) return;
    this.clock().clearTimeout(this.handles.get(name));
    this.handles.delete(name);
  }

  /** Cancels every timer. */
  clearAll(): void {
    for (const name of [...this.handles.keys()]) this.clear(name);
  }
}
