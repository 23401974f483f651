import { RateLimitedError } from './errors.js';
import { backgroundInterval } from './timers.js';
import { FINAL_STATES, type LoginPatch, type LoginRecord, type LoginStore } from './types.js';

/** Settings of the in-memory store. */
export interface MemoryStoreOptions {
  /** How long a record lives after its last change (default 1 hour; Waldur keeps rows 7 days). */
  retentionMs?: number;
  /** How often expired records are swept from memory (default 1 minute). */
  sweepIntervalMs?: number;
  /**
   * Most records kept at once (default 100 000), so a flood of starts cannot exhaust memory:
   * beyond it finished logins are dropped, oldest first; a pending login is never dropped to make
   * room: new starts are refused (429) until some end.
   */
  maxRecords?: number;
  /** Clock in epoch milliseconds (tests inject one). */
  now?: () => number;
}

type Waiter = (record: LoginRecord | undefined) => void;

/** Keeps logins in process memory: fine for one process and for tests, lost on restart. */
export class MemoryStore implements LoginStore {
  private readonly records = new Map<string, LoginRecord>();
  /** The finished records, in the order they finished: the first to go when memory is full. */
  private readonly finished = new Set<string>();
  private readonly waiters = new Map<string, Set<Waiter>>();
  /** Claimed keys and when each claim ends (epoch ms). */
  private readonly claims = new Map<string, number>();
  private draining = false;
  private readonly retentionMs: number;
  private readonly maxRecords: number;
  private readonly now: () => number;
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(options: MemoryStoreOptions = {}) {
    this.retentionMs = options.retentionMs ?? 60 * 60 * 1000;
    this.maxRecords = options.maxRecords ?? 100_000;
    this.now = options.now ?? Date.now;
    // Unref'd: an idle store must never keep a process (or a test run) alive.
    this.sweeper = backgroundInterval(() => this.sweep(), options.sweepIntervalMs ?? 60_000);
  }

  /** Number of records held (expired ones count until swept or read). */
  get size(): number {
    return this.records.size;
  }

  /** Saves a new record with version 1. */
  async create(record: Omit<LoginRecord, 'version' | 'modifiedAt'>): Promise<LoginRecord> {
    while (this.records.size >= this.maxRecords) {
      const oldest = this.finished.values().next().value;
      if (oldest === undefined) throw new RateLimitedError(30);
      this.remove(oldest);
    }
    const saved = Object.freeze({ ...record, modifiedAt: this.now(), version: 1 });
    this.records.set(saved.uuid, saved);
    return saved;
  }

  /** The record, or undefined when unknown or expired (an expired record is dropped on the spot). */
  async get(uuid: string): Promise<LoginRecord | undefined> {
    return this.current(uuid);
  }

  /** Applies `change` to the current record in one step; notifies long polls when it changed. */
  async update(uuid: string, change: (current: LoginRecord) => LoginPatch | undefined): Promise<LoginRecord | undefined> {
    const current = this.current(uuid);
    if (!current) return undefined;
    const patch = change(current);
    if (!patch) return current;
    const next = Object.freeze({ ...current, ...patch, modifiedAt: this.now(), version: current.version + 1 });
    this.records.set(uuid, next);
    if (FINAL_STATES.has(next.state)) this.finished.add(uuid);
    this.notify(uuid, next);
    return next;
  }

  /** Forgets a record and releases its long polls. */
  async delete(uuid: string): Promise<void> {
    this.remove(uuid);
  }

  /** Resolves once the version passes `sinceVersion`, after `ms`, or on abort, cleaning up after itself. */
  waitForChange(uuid: string, sinceVersion: number, ms: number, signal?: AbortSignal): Promise<LoginRecord | undefined> {
    const record = this.current(uuid);
    if (!record || record.version > sinceVersion || ms <= 0 || signal?.aborted || this.draining) return Promise.resolve(record);
    return new Promise((resolve) => {
      const set = this.waiters.get(uuid) ?? new Set<Waiter>();
      this.waiters.set(uuid, set);
      const finish: Waiter = (value) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        set.delete(finish);
        if (set.size === 0 && this.waiters.get(uuid) === set) this.waiters.delete(uuid);
        resolve(value);
      };
      const onAbort = () => finish(this.current(uuid));
      const timer = setTimeout(onAbort, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
      set.add(finish);
    });
  }

  /** Sets `key` for `ttlMs` unless a claim on it is still running. */
  async claim(key: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const until = this.claims.get(key);
    if (until !== undefined && until > now) return false;
    this.claims.set(key, now + ttlMs);
    return true;
  }

  /** Ends a claim early. */
  async unclaim(key: string): Promise<void> {
    this.claims.delete(key);
  }

  /** Memory always answers. */
  async ping(): Promise<boolean> {
    return true;
  }

  /** Answers every held long poll now and holds no more (for a shutdown). */
  drain(): void {
    this.draining = true;
    for (const uuid of [...this.waiters.keys()]) this.notify(uuid, this.records.get(uuid));
  }

  /** Stops the sweeper and releases every long poll. */
  close(): void {
    clearInterval(this.sweeper);
    this.drain();
  }

  /** Drops every expired record and claim now (also runs on a timer). */
  sweep(): void {
    for (const [uuid, record] of this.records) if (this.expired(record)) this.remove(uuid);
    const now = this.now();
    for (const [key, until] of this.claims) if (until <= now) this.claims.delete(key);
  }

  private current(uuid: string): LoginRecord | undefined {
    const record = this.records.get(uuid);
    if (record && this.expired(record)) {
      this.remove(uuid);
      return undefined;
    }
    return record;
  }

  private expired(record: LoginRecord): boolean {
    return this.now() - record.modifiedAt >= this.retentionMs;
  }

  private remove(uuid: string): void {
    this.finished.delete(uuid);
    if (this.records.delete(uuid)) this.notify(uuid, undefined);
  }

  private notify(uuid: string, record: LoginRecord | undefined): void {
    const set = this.waiters.get(uuid);
    if (set) for (const waiter of [...set]) waiter(record);
  }
}
