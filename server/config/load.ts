import { readFileSync } from 'node:fs';
import { isSupportedCountry } from 'libphonenumber-js/max';
import type { LevelWithSilent } from 'pino';
import { DEFAULT_ADMISSION, type AdmissionSettings } from '../admission.js';
import { ClientAddress } from '../client-address.js';
import type { AllowedOrigins } from '../cors.js';
import { MIN_SECRET_BYTES } from '../keys.js';
import { ConfigError, flag, integer, list, oneOf, readableFile, secret, text, type Env } from './env.js';

/** The login methods the bin can run. */
export const CHALLENGES = ['valimo', 'sms', 'smscx', 'simulated'] as const;
/** One of them. */
export type ChallengeSetting = (typeof CHALLENGES)[number];

/** The general settings of the bin (provider settings are read by each provider's own reader). */
export interface ServerSettings {
  /** What logs users in. */
  challenge: ChallengeSetting;
  /** Port to listen on. */
  port: number;
  /** Address to listen on. */
  host: string;
  /** Where the API lives. */
  basePath: string;
  /** Origins whose pages may call the API. */
  allowOrigins: AllowedOrigins;
  /** Lowest log level written. */
  logLevel: LevelWithSilent;
  /** The server secret (absent only for the simulated phone: then random per process). */
  secret?: string;
  /** Audience of tokens. */
  tokenAudience?: string;
  /** Seconds a token lives. */
  tokenTtl: number;
  /** The host backend's key. */
  apiKey?: string;
  /** Refuse starts without an access token. */
  requireAccessToken: boolean;
  /** Identity → user id, from PHONE_LOGIN_USERS. */
  users?: ReadonlyMap<string, string>;
  /** Keep no numbers. */
  verifyOnly: boolean;
  /** Redis for shared state, when several instances run. */
  redisUrl?: string;
  /** Proxies whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  /** Countries allowed, when limited. */
  countries?: string[];
  /** Admission limits. */
  admission: AdmissionSettings;
  /** Most open connections. */
  maxConnections: number;
  /** Most open connections from one client address (not a trusted proxy). */
  maxConnectionsPerClient: number;
  /** Most held long polls. */
  maxHeldPolls: number;
  /** A separate port for /metrics. */
  metricsPort?: number;
  /** Its address. */
  metricsHost: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Reads and checks the general settings; throws ConfigError naming the first bad one. */
export function readServerSettings(env: Env): ServerSettings {
  const challenge = oneOf(env, 'PHONE_LOGIN_CHALLENGE', CHALLENGES);
  if (!challenge) throw new ConfigError('PHONE_LOGIN_CHALLENGE', `is required: one of ${CHALLENGES.join(', ')}`);
  const host = text(env, 'PHONE_LOGIN_HOST') ?? '127.0.0.1';
  // The simulated phone lists every pending login with its code and approves any of them.
  if (challenge === 'simulated' && !LOOPBACK.has(host)) {
    throw new ConfigError('PHONE_LOGIN_HOST', `must be loopback (127.0.0.1 or ::1) with PHONE_LOGIN_CHALLENGE=simulated, not ${host}: the simulated phone approves any login without proof`);
  }
  const tokenSecret = secret(env, 'PHONE_LOGIN_TOKEN_SECRET');
  if (tokenSecret === undefined && challenge !== 'simulated') {
    throw new ConfigError('PHONE_LOGIN_TOKEN_SECRET', `is required (${MIN_SECRET_BYTES}+ bytes, e.g. from \`openssl rand -base64 48\`), or PHONE_LOGIN_TOKEN_SECRET_FILE`);
  }
  if (tokenSecret !== undefined && Buffer.byteLength(tokenSecret) < MIN_SECRET_BYTES) {
    throw new ConfigError('PHONE_LOGIN_TOKEN_SECRET', `must be at least ${MIN_SECRET_BYTES} bytes`);
  }
  const apiKey = secret(env, 'PHONE_LOGIN_API_KEY');
  if (apiKey !== undefined && apiKey.length < 24) throw new ConfigError('PHONE_LOGIN_API_KEY', 'must be at least 24 characters');
  const requireAccessToken = flag(env, 'PHONE_LOGIN_REQUIRE_ACCESS_TOKEN');
  if (requireAccessToken && apiKey === undefined) {
    throw new ConfigError('PHONE_LOGIN_API_KEY', 'is required with PHONE_LOGIN_REQUIRE_ACCESS_TOKEN=1: it is how your backend gets access tokens');
  }
  const basePath = text(env, 'PHONE_LOGIN_BASE_PATH') ?? '/api/auth-valimo/';
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(basePath)) throw new ConfigError('PHONE_LOGIN_BASE_PATH', 'must be a path that starts and ends with /, e.g. /api/auth-valimo/');
  const settings = {
    challenge,
    port: integer(env, 'PHONE_LOGIN_PORT', { min: 0, max: 65535 }, 8787),
    host,
    basePath,
    allowOrigins: origins(env),
    logLevel: oneOf(env, 'PHONE_LOGIN_LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info')!,
    tokenTtl: integer(env, 'PHONE_LOGIN_TOKEN_TTL', { min: 10, max: 3600 }, 300),
    requireAccessToken,
    verifyOnly: flag(env, 'PHONE_LOGIN_VERIFY_ONLY'),
  } as ServerSettings;
  Object.assign(settings, readScaling(env));
  // Instances sharing a Redis must derive the same keys, or none could read another's codes, limits or tokens.
  if (settings.redisUrl !== undefined && tokenSecret === undefined) {
    throw new ConfigError('PHONE_LOGIN_TOKEN_SECRET', 'is required with PHONE_LOGIN_REDIS_URL: every instance must share it');
  }
  if (tokenSecret !== undefined) settings.secret = tokenSecret;
  const audience = text(env, 'PHONE_LOGIN_TOKEN_AUDIENCE');
  if (audience !== undefined) settings.tokenAudience = audience;
  if (apiKey !== undefined) settings.apiKey = apiKey;
  const users = readUsers(env);
  if (users) settings.users = users;
  return settings;
}

/** Exact origins (`https://shop.example`, no path), or `*`. */
function origins(env: Env): AllowedOrigins {
  const values = list(env, 'PHONE_LOGIN_ALLOW_ORIGINS');
  if (values.includes('*')) return '*';
  for (const value of values) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== value || !/^https?:$/.test(parsed.protocol)) {
      throw new ConfigError('PHONE_LOGIN_ALLOW_ORIGINS', `must list origins like https://shop.example (scheme and host, no path or trailing slash), not "${value.slice(0, 60)}"`);
    }
  }
  return values;
}

/** A JSON object of identity → user id. */
function readUsers(env: Env): ReadonlyMap<string, string> | undefined {
  const path = readableFile(env, 'PHONE_LOGIN_USERS');
  if (path === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ConfigError('PHONE_LOGIN_USERS', `must name a file of valid JSON; ${path} is not`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError('PHONE_LOGIN_USERS', `must name a file holding one JSON object {"identity": "user id"}; ${path} does not`);
  const entries = Object.entries(value as Record<string, unknown>);
  const bad = entries.find(([, id]) => typeof id !== 'string' || id === '');
  if (bad) throw new ConfigError('PHONE_LOGIN_USERS', `must map every identity to a non-empty string; entry ${entries.indexOf(bad) + 1} in ${path} does not`);
  return new Map(entries as [string, string][]);
}

/** The settings for several instances, the abuse limits and the metrics. */
function readScaling(env: Env): Pick<ServerSettings, 'redisUrl' | 'trustedProxies' | 'countries' | 'admission' | 'maxConnections' | 'maxConnectionsPerClient' | 'maxHeldPolls' | 'metricsPort' | 'metricsHost'> {
  const redisUrl = secret(env, 'PHONE_LOGIN_REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) throw new ConfigError('PHONE_LOGIN_REDIS_URL', 'must be a redis:// or rediss:// URL');
  const trustedProxies = list(env, 'PHONE_LOGIN_TRUSTED_PROXIES');
  try {
    new ClientAddress(trustedProxies);
  } catch (error) {
    throw new ConfigError('PHONE_LOGIN_TRUSTED_PROXIES', `must list IP addresses or CIDR ranges: ${(error as Error).message}`);
  }
  const countries = list(env, 'PHONE_LOGIN_COUNTRIES').map((country) => country.toUpperCase());
  const unknown = countries.find((country) => !isSupportedCountry(country));
  if (unknown) throw new ConfigError('PHONE_LOGIN_COUNTRIES', `must list ISO 3166 country codes like EE,FI; "${unknown.slice(0, 10)}" is not one`);
  const d = DEFAULT_ADMISSION;
  const admission: AdmissionSettings = {
    ...d,
    startsPerClient: integer(env, 'PHONE_LOGIN_STARTS_PER_CLIENT', { min: 1 }, d.startsPerClient),
    clientWindowMs: integer(env, 'PHONE_LOGIN_CLIENT_WINDOW', { min: 1, max: 86_400 }, d.clientWindowMs / 1000) * 1000,
    pendingPerClient: integer(env, 'PHONE_LOGIN_PENDING_PER_CLIENT', { min: 1 }, d.pendingPerClient),
    pendingPerNumber: integer(env, 'PHONE_LOGIN_PENDING_PER_NUMBER', { min: 1, max: 100 }, d.pendingPerNumber),
    promptsPerNumber: integer(env, 'PHONE_LOGIN_PROMPTS_PER_NUMBER', { min: 1 }, d.promptsPerNumber),
    promptsPerNumberPerClient: integer(env, 'PHONE_LOGIN_PROMPTS_PER_CLIENT', { min: 1 }, d.promptsPerNumberPerClient),
    promptCooldownMs: integer(env, 'PHONE_LOGIN_PROMPT_COOLDOWN', { min: 0, max: 3600 }, d.promptCooldownMs / 1000) * 1000,
    numberWindowMs: integer(env, 'PHONE_LOGIN_NUMBER_WINDOW', { min: 60, max: 30 * 86_400 }, d.numberWindowMs / 1000) * 1000,
    smsPerHour: integer(env, 'PHONE_LOGIN_SMS_PER_HOUR', { min: 1 }, d.smsPerHour),
    smsPerCountryPerHour: integer(env, 'PHONE_LOGIN_SMS_PER_COUNTRY_PER_HOUR', { min: 1 }, d.smsPerCountryPerHour),
  };
  const maxConnections = integer(env, 'PHONE_LOGIN_MAX_CONNECTIONS', { min: 16 }, Math.max(16, descriptorLimit() - 64));
  const maxHeldPolls = integer(env, 'PHONE_LOGIN_MAX_HELD_POLLS', { min: 1 }, Math.max(1, Math.floor((maxConnections * 3) / 4)));
  const metricsPort = integer(env, 'PHONE_LOGIN_METRICS_PORT', { min: 0, max: 65535 });
  return {
    trustedProxies,
    admission,
    maxConnections,
    maxConnectionsPerClient: integer(env, 'PHONE_LOGIN_MAX_CONNECTIONS_PER_CLIENT', { min: 1 }, 64),
    maxHeldPolls,
    metricsHost: text(env, 'PHONE_LOGIN_METRICS_HOST') ?? '127.0.0.1',
    ...(redisUrl === undefined ? {} : { redisUrl }),
    ...(countries.length > 0 ? { countries } : {}),
    ...(metricsPort === undefined ? {} : { metricsPort }),
  };
}

/**
 * The soft limit of open files for this process (Linux's /proc; 1024 elsewhere): each held long
 * poll is a socket, so the connection cap must stay below it or new clients are locked out.
 */
export function descriptorLimit(): number {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((row) => row.startsWith('Max open files'));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    return Number.isFinite(soft) && soft > 0 ? soft : 1024;
  } catch {
    return 1024;
  }
}
