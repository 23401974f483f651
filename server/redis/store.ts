import type { Redis } from 'ioredis';
import { Sealer } from '../seal.js';
import type { LoginPatch, LoginRecord, LoginStore } from '../types.js';
import { StoreUnavailableError } from '../errors.js';
import { closeConnection, connect, guarded, whenReady } from './connection.js';
import { ChangeFeed } from './change-feed.js';

/** Settings of the Redis store. */
export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://` for TLS). */
  url: string;
  /** 32-byte key that seals numbers and tokens at rest (the server derives it from its secret). */
  sealKey: Uint8Array;
  /** Prefix of every key and of the change channel (default `phone-login:`), so several sites can share one Redis. */
  prefix?: string;
  /** How long a login lives after its last change (default 1 hour). */
  retentionMs?: number;
  /** Clock in epoch milliseconds. */
  now?: () => number;
}

/** Lost races retried before giving up (each retry means another instance changed the login meanwhile). */
const MAX_TRIES = 100;

/**
 * Compare-and-set of one record: writes only if the stored version is still the one read, then
 * tells every instance. Returns 1 when written, 0 when someone else wrote first, -1 when gone.
 */
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if not current then return -1 end
if string.match(current, '^(%d+)|') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
redis.call('PUBLISH', ARGV[4], ARGV[5])
return 1`;

/**
 * Logins in Redis, shared by every instance: any instance answers any poll, and a held long poll
 * wakes when another instance changes its login (one pub/sub subscription per process). Each
 * record is one key with a TTL (`version|json`, number, subject and token sealed); updates are
 * compare-and-set, retried on a lost race, so `change` callbacks must be free of side effects.
 * Claims (leases, used tokens) are `SET NX PX`. When Redis is away every call throws
 * StoreUnavailableError, which the handler answers 503 with `Retry-After`.
 */
export class RedisStore implements LoginStore {
  /** The command connection (shared with the limits that live in the same Redis). */
  readonly redis: Redis;
  /** The prefix of every key. */
  readonly prefix: string;
  private readonly feed: ChangeFeed;
  private readonly sealer: Sealer;
  private readonly retentionMs: number;
  private readonly now: () => number;

  constructor(options: RedisStoreOptions) {
    this.prefix = options.prefix ?? 'phone-login:';
    this.redis = connect(options.url);
    this.redis.defineCommand('phoneLoginCompareAndSet', { numberOfKeys: 1, lua: COMPARE_AND_SET });
    this.sealer = new Sealer(options.sealKey);
    this.retentionMs = options.retentionMs ?? 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
    // The subscriber queues its SUBSCRIBE until connected (and ioredis subscribes again after a reconnect).
    this.feed = new ChangeFeed(connect(options.url, { enableOfflineQueue: true, commandTimeout: undefined }), `${this.prefix}changes`, (uuid) => this.get(uuid));
  }

  /** Resolves once both connections are up, or with false after `ms` (the store then answers 503 until they are). */
  async connected(ms = 5000): Promise<boolean> {
    const [commands, changes] = await Promise.all([whenReady(this.redis, ms), this.feed.connected(ms)]);
    return commands && changes;
  }

  /** Saves a new record (version 1); refuses a uuid that exists. */
  async create(record: Omit<LoginRecord, 'version' | 'modifiedAt'>): Promise<LoginRecord> {
    const saved: LoginRecord = { ...record, modifiedAt: this.now(), version: 1 };
    const written = await guarded(() => this.redis.set(this.key(saved.uuid), this.encode(saved), 'PX', this.retentionMs, 'NX'));
    if (written !== 'OK') throw new Error('A login with this uuid exists.');
    return saved;
  }

  /** The record, or undefined when unknown or expired. */
  async get(uuid: string): Promise<LoginRecord | undefined> {
    const value = await guarded(() => this.redis.get(this.key(uuid)));
    return value === null ? undefined : this.decode(value);
  }

  /** Applies `change` by compare-and-set, rereading and rerunning it when another instance won the race. */
  async update(uuid: string, change: (current: LoginRecord) => LoginPatch | undefined): Promise<LoginRecord | undefined> {
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const current = await this.get(uuid);
      if (!current) return undefined;
      const patch = change(current);
      if (!patch) return current;
      const next: LoginRecord = { ...current, ...patch, modifiedAt: this.now(), version: current.version + 1 };
      const result = await guarded(() =>
        (this.redis as unknown as CompareAndSet).phoneLoginCompareAndSet(this.key(uuid), String(current.version), this.encode(next), this.retentionMs, this.feed.channel, `${uuid} ${next.version}`),
      );
      if (result === 1) return next;
      if (result === -1) return undefined;
    }
    throw new StoreUnavailableError(new Error(`update of one login lost ${MAX_TRIES} races in a row`));
  }

  /** Forgets a record and wakes its long polls. */
  async delete(uuid: string): Promise<void> {
    await guarded(() => this.redis.multi().del(this.key(uuid)).publish(this.feed.channel, `${uuid} 0`).exec());
  }

  /** Resolves once the version passes `sinceVersion` (a change made on any instance), after `ms`, or on abort. */
  waitForChange(uuid: string, sinceVersion: number, ms: number, signal?: AbortSignal): Promise<LoginRecord | undefined> {
    return this.feed.wait(uuid, sinceVersion, ms, signal);
  }

  /** `SET key 1 NX PX ttl`: true when this call set it. */
  async claim(key: string, ttlMs: number): Promise<boolean> {
    const set = await guarded(() => this.redis.set(`${this.prefix}claim:${key}`, '1', 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX'));
    return set === 'OK';
  }

  /** Removes a claim. */
  async unclaim(key: string): Promise<void> {
    await guarded(() => this.redis.del(`${this.prefix}claim:${key}`));
  }

  /** Whether Redis answers a PING now. */
  async ping(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  /** Answers this process's held long polls now and holds no more. */
  drain(): void {
    this.feed.drain();
  }

  /** Releases the long polls and closes both connections. */
  async close(): Promise<void> {
    this.feed.drain();
    await Promise.allSettled([this.feed.close(), closeConnection(this.redis)]);
  }

  private key(uuid: string): string {
    return `${this.prefix}login:${uuid}`;
  }

  private encode(record: LoginRecord): string {
    // The subject can be a number or a national identity (PNOEE-…): sealed like the number.
    const stored = {
      ...record,
      phone: this.sealer.seal(record.phone),
      token: record.token === null ? null : this.sealer.seal(record.token),
      ...(record.subject === undefined ? {} : { subject: this.sealer.seal(record.subject) }),
    };
    return `${record.version}|${JSON.stringify(stored)}`;
  }

  private decode(value: string): LoginRecord {
    const stored = JSON.parse(value.slice(value.indexOf('|') + 1)) as LoginRecord;
    return Object.freeze({
      ...stored,
      phone: this.sealer.open(stored.phone),
      token: stored.token === null ? null : this.sealer.open(stored.token),
      ...(stored.subject === undefined ? {} : { subject: this.sealer.open(stored.subject) }),
    });
  }
}

/** The Lua command defined on the connection. */
interface CompareAndSet {
  phoneLoginCompareAndSet(key: string, version: string, value: string, ttlMs: number, channel: string, message: string): Promise<number>;
}
