import type { RequestListener } from 'node:http';
import { createProvider } from './config/provider.js';
import { readServerSettings, type ServerSettings } from './config/load.js';
import type { Env } from './config/env.js';
import { createLoginHandler, type LoginHandler } from './handler.js';
import { createHealthHandler } from './health.js';
import { ServerKeys } from './keys.js';
import type { LimitStore } from './limits/limit-store.js';
import { MemoryLimits } from './limits/memory-limits.js';
import { RedisLimits } from './limits/redis-limits.js';
import type { Logger } from './log.js';
import { createMetricsHandler } from './metrics-endpoint.js';
import { PrometheusMetrics } from './metrics.js';
import { toNodeListener } from './node.js';
import { RedisStore } from './redis/store.js';
import { MemoryStore } from './store.js';
import type { LoginStore } from './types.js';

/** The server the settings describe, built but not yet listening. */
export interface App {
  /** The settings it was built from. */
  readonly settings: ServerSettings;
  /** The login API. */
  readonly login: LoginHandler;
  /** Where logins live. */
  readonly store: LoginStore;
  /** Serves the API, the health checks, /metrics (behind the API key) and (simulated only) the demo phone. */
  readonly listener: RequestListener;
  /** Serves /metrics without a key, for PHONE_LOGIN_METRICS_PORT. */
  readonly metricsListener: RequestListener;
  /** The first step of a shutdown: `/readyz` says not ready and held long polls are answered now. */
  drain(): void;
  /** Stops the provider, the store and their timers. */
  close(): Promise<void>;
}

/**
 * Reads every setting and builds the server, or throws a ConfigError naming the first bad setting
 * before anything listens: a misconfigured server never half-starts. With PHONE_LOGIN_REDIS_URL
 * the logins, limits, leases and used tokens live in Redis, shared by every instance.
 */
export async function createApp(env: Env, log: Logger): Promise<App> {
  const settings = readServerSettings(env);
  const keys = new ServerKeys(settings.secret);
  const { store, limits } = openStore(settings, keys);
  const { provider, phone, close: closeProvider } = await createProvider(settings.challenge, env, keys, log, limits);
  if (store instanceof RedisStore && !(await store.connected(5000))) {
    // Not a setting's fault: start, say not ready, answer 503 until Redis is back.
    log.warn({ event: 'store_unavailable' }, 'Redis does not answer yet; answering 503 until it does');
  }
  const users = settings.users;
  let login: LoginHandler | undefined;
  const metrics = new PrometheusMetrics(() => login?.heldPolls ?? 0);
  login = createLoginHandler({
    provider,
    keys,
    store,
    limits,
    log,
    metrics,
    basePath: settings.basePath,
    allowedOrigins: settings.allowOrigins,
    tokenTtlSeconds: settings.tokenTtl,
    requireAccessToken: settings.requireAccessToken,
    verifyOnly: settings.verifyOnly,
    admission: settings.admission,
    trustedProxies: settings.trustedProxies,
    maxHeldPolls: settings.maxHeldPolls,
    ...(settings.countries ? { countries: settings.countries } : {}),
    ...(settings.tokenAudience ? { tokenAudience: settings.tokenAudience } : {}),
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    ...(users ? { resolveUser: (identity: string) => users.get(identity) } : {}),
  });
  const health = createHealthHandler({ store, provider });
  const handlers = [health, login, ...(settings.apiKey ? [createMetricsHandler(metrics, settings.apiKey)] : []), ...(phone ? [phone] : [])];
  return {
    settings,
    login,
    store,
    listener: toNodeListener(handlers, { log }),
    metricsListener: toNodeListener([createMetricsHandler(metrics)]),
    drain() {
      health.stopping();
      login.drain();
    },
    async close() {
      await closeProvider();
      login.close();
      await store.close();
    },
  };
}

/** Memory for one process, or Redis for many: logins and limits in the same place. */
function openStore(settings: ServerSettings, keys: ServerKeys): { store: LoginStore; limits: LimitStore } {
  if (!settings.redisUrl) return { store: new MemoryStore(), limits: new MemoryLimits() };
  const store = new RedisStore({ url: settings.redisUrl, sealKey: keys.key('store') });
  return { store, limits: new RedisLimits(store.redis, store.prefix) };
}
