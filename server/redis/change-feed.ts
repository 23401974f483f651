import type { Redis } from 'ioredis';
import type { LoginRecord } from '../types.js';
import { closeConnection, whenReady } from './connection.js';

interface Waiter {
  readonly since: number;
  wake(reason: 'change' | 'other'): void;
}

/**
 * One pub/sub subscription per process, shared by every held long poll of that process: a change
 * published by any instance (`uuid version`) wakes the polls of that login that have not seen that
 * version, and each rereads the record. After a reconnect every poll rereads, since messages sent while the
 * subscriber was away are lost.
 */
export class ChangeFeed {
  private readonly waiters = new Map<string, Set<Waiter>>();
  private readonly subscribed: Promise<unknown>;
  private draining = false;

  constructor(
    private readonly subscriber: Redis,
    /** The channel changes are published on. */
    readonly channel: string,
    private readonly read: (uuid: string) => Promise<LoginRecord | undefined>,
  ) {
    this.subscribed = subscriber.subscribe(channel).catch(() => undefined);
    subscriber.on('message', (_channel: string, message: string) => this.onMessage(message));
    // 'ready' follows every reconnect (ioredis re-subscribes by itself): recheck everything held.
    let first = true;
    subscriber.on('ready', () => {
      if (!first) this.wakeAll();
      first = false;
    });
  }

  /** Resolves with the record once its version passes `since`, after `ms`, on abort, or on drain. */
  async wait(uuid: string, since: number, ms: number, signal?: AbortSignal): Promise<LoginRecord | undefined> {
    if (ms <= 0 || signal?.aborted || this.draining) return this.read(uuid);
    await this.subscribed;
    let waiter!: Waiter;
    const woken = new Promise<'change' | 'other'>((resolve) => {
      waiter = { since, wake: resolve };
    });
    const set = this.waiters.get(uuid) ?? new Set<Waiter>();
    this.waiters.set(uuid, set);
    set.add(waiter);
    const timer = setTimeout(() => waiter.wake('other'), ms);
    const onAbort = () => waiter.wake('other');
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // Registered before reading, so a change between the read and the wait cannot be missed.
      const current = await this.read(uuid);
      if (!current || current.version > since) return current;
      await woken;
      return await this.read(uuid);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      set.delete(waiter);
      if (set.size === 0 && this.waiters.get(uuid) === set) this.waiters.delete(uuid);
    }
  }

  /** Resolves once subscribed, or with false after `ms`. */
  async connected(ms: number): Promise<boolean> {
    if (!(await whenReady(this.subscriber, ms))) return false;
    await this.subscribed;
    return true;
  }

  /** Number of long polls held in this process. */
  get held(): number {
    let count = 0;
    for (const set of this.waiters.values()) count += set.size;
    return count;
  }

  /** Answers every held poll now and holds no new ones. */
  drain(): void {
    this.draining = true;
    this.wakeAll();
  }

  /** Closes the subscriber connection. */
  async close(): Promise<void> {
    await closeConnection(this.subscriber);
  }

  private onMessage(message: string): void {
    const [uuid, version] = message.split(' ');
    const set = uuid === undefined ? undefined : this.waiters.get(uuid);
    if (!set) return;
    const changed = Number(version);
    // Version 0 means deleted: every waiter hears of it.
    for (const waiter of set) if (changed === 0 || changed > waiter.since) waiter.wake('change');
  }

  private wakeAll(): void {
    for (const set of this.waiters.values()) for (const waiter of set) waiter.wake('other');
  }
}
