import type { Redis } from 'ioredis';
import { guarded } from '../redis/connection.js';
import type { LimitStore } from './limit-store.js';

/** Drops expired bookings, then books ARGV[1] at time ARGV[4] unless ARGV[2] are within the window ARGV[3]. */
const BOOK = `
local now, limit, window = tonumber(ARGV[4]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local held = redis.call('ZCARD', KEYS[1])
if held >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], held - limit, held - limit, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + window - now)
end
redis.call('ZADD', KEYS[1], now, ARGV[1])
if redis.call('PTTL', KEYS[1]) < window then redis.call('PEXPIRE', KEYS[1], window) end
return 0`;

/** The bookings within the window ARGV[2] at time ARGV[3], and the wait once ARGV[1] are held. */
const COUNT = `
local limit, window, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local held = redis.call('ZCOUNT', KEYS[1], '(' .. (now - window), '+inf')
if held < limit then return {held, 0} end
local oldest = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. (now - window), '+inf', 'WITHSCORES', 'LIMIT', held - limit, 1)
return {held, math.max(1, tonumber(oldest[2]) + window - now)}`;

interface LimitCommands {
  phoneLoginBook(key: string, member: string, limit: number, windowMs: number, now: number): Promise<number>;
  phoneLoginCount(key: string, limit: number, windowMs: number, now: number): Promise<[number, number]>;
}

/**
 * Limits in Redis, shared by every instance: each window is a sorted set of bookings scored by
 * time, booked or refused by one Lua script (atomic in Redis), with a TTL of its window.
 */
export class RedisLimits implements LimitStore {
  private readonly commands: LimitCommands;

  constructor(
    private readonly redis: Redis,
    /** Prefix of every key (default `phone-login:`). */
    private readonly prefix = 'phone-login:',
  ) {
    redis.defineCommand('phoneLoginBook', { numberOfKeys: 1, lua: BOOK });
    redis.defineCommand('phoneLoginCount', { numberOfKeys: 1, lua: COUNT });
    this.commands = redis as unknown as LimitCommands;
  }

  book(key: string, member: string, limit: number, windowMs: number, now: number): Promise<number> {
    return guarded(() => this.commands.phoneLoginBook(this.key(key), member, limit, windowMs, now));
  }

  async count(key: string, limit: number, windowMs: number, now: number): Promise<{ count: number; waitMs: number }> {
    const [count, waitMs] = await guarded(() => this.commands.phoneLoginCount(this.key(key), limit, windowMs, now));
    return { count, waitMs };
  }

  async unbook(key: string, member: string): Promise<void> {
    await guarded(() => this.redis.zrem(this.key(key), member));
  }

  private key(key: string): string {
    return `${this.prefix}limit:${key}`;
  }
}
