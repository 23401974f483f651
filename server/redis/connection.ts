import { Redis, type RedisOptions } from 'ioredis';
import { StoreUnavailableError } from '../errors.js';

/** Milliseconds one Redis command may take before the request fails over to a 503. */
export const COMMAND_TIMEOUT_MS = 1500;

/**
 * A Redis connection that fails fast while Redis is away (no offline queue, one attempt per
 * command, a command timeout) and reconnects on its own: a request gets a quick 503 and
 * `Retry-After` instead of hanging, and the next one works once Redis is back.
 */
export function connect(url: string, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    // Back off up to 1 s between attempts: Redis restarts are seconds long, and logins wait.
    retryStrategy: (attempt) => Math.min(50 * attempt, 1000),
    ...options,
  });
  // Failures reach the callers of each command; without a listener ioredis would print every one.
  redis.on('error', () => {});
  return redis;
}

/** Resolves once `redis` is connected, or after `ms` (false) so a server can start and report not ready. */
export function whenReady(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    redis.once('ready', onReady);
  });
}

/** Runs a Redis call, turning any failure of Redis itself into StoreUnavailableError. */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(error);
  }
}

/**
 * Closes a connection: QUIT when it is up (replies still in flight arrive first), else at once,
 * since a QUIT queued on a connection that is away would wait for Redis forever.
 */
export async function closeConnection(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    try {
      await redis.quit();
      return;
    } catch {
      // Fall through: cut it.
    }
  }
  redis.disconnect(false);
}
