import type { RequestListener } from 'node:http';
import { createProvider } from './config/provider.js';
import { readServerSettings, type ServerSettings } from './config/load.js';
import type { Env } from './config/env.js';
import { createLoginHandler, type LoginHandler } from './handler.js';
import { createHealthHandler } from './health.js';
import { ServerKeys } from './keys.js';
import type { Logger } from './log.js';
import { toNodeListener } from './node.js';
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
  /** Serves the API, the health checks and (simulated only) the demo phone. */
  readonly listener: RequestListener;
  /** The first step of a shutdown: `/readyz` says not ready and held long polls are answered now. */
  drain(): void;
  /** Stops the provider, the store and their timers. */
  close(): Promise<void>;
}

/**
 * Reads every setting and builds the server, or throws a ConfigError naming the first bad setting
 * before anything listens: a misconfigured server never half-starts.
 */
export async function createApp(env: Env, log: Logger): Promise<App> {
  const settings = readServerSettings(env);
  const keys = new ServerKeys(settings.secret);
  const { provider, phone, close: closeProvider } = await createProvider(settings.challenge, env, keys, log);
  const store = new MemoryStore();
  const users = settings.users;
  const login = createLoginHandler({
    provider,
    keys,
    store,
    log,
    basePath: settings.basePath,
    allowedOrigins: settings.allowOrigins,
    tokenTtlSeconds: settings.tokenTtl,
    requireAccessToken: settings.requireAccessToken,
    verifyOnly: settings.verifyOnly,
    ...(settings.tokenAudience ? { tokenAudience: settings.tokenAudience } : {}),
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    ...(users ? { resolveUser: (identity: string) => users.get(identity) } : {}),
  });
  const health = createHealthHandler({ store, provider });
  return {
    settings,
    login,
    store,
    listener: toNodeListener(phone ? [health, login, phone] : [health, login]),
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
