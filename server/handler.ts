import { AccessTokens } from './access-tokens.js';
import { readBody } from './body.js';
import { Cors, type AllowedOrigins } from './cors.js';
import { ProtocolError, StoreUnavailableError } from './errors.js';
import { bearer, HostApi } from './host-api.js';
import { ServerKeys } from './keys.js';
import { createLogger, errorWithoutText, loginLabel, type Logger } from './log.js';
import { Logins, type ResolveUser } from './logins.js';
import { MemoryStore } from './store.js';
import { createSignedTokens, type SignedTokens } from './tokens.js';
import { FINAL_STATES, type ChallengeProvider, type LoginRecord, type LoginStore, type StartRequest, type TokenIssuer, type WebHandler } from './types.js';
import { parseUuid, parseWait, validateStart } from './validate.js';
import { json, notFound, toAuthResult } from './wire.js';

/** Settings of the login API. */
export interface LoginHandlerOptions {
  /** Who talks to the user (e.g. the Valimo MSSP, local OTP codes, SMS.cx). */
  provider: ChallengeProvider;
  /** The server's keys, derived from its secret (default: a random secret per process). */
  keys?: ServerKeys;
  /** Who makes the token on OK (default: signed tokens under `keys`, which `verify/` can check). */
  tokens?: TokenIssuer;
  /** Audience written into default tokens (`PHONE_LOGIN_TOKEN_AUDIENCE`). */
  tokenAudience?: string;
  /** Seconds a default token stays valid (default 300). */
  tokenTtlSeconds?: number;
  /** Seconds after OK during which `result/` still hands out the token (default 60); then the final state without it. */
  tokenReadableSeconds?: number;
  /** Where the API lives, with slashes at both ends (default `/api/auth-valimo/`, as on Waldur). */
  basePath?: string;
  /** Where logins live (default: a MemoryStore, closed by `close()`). */
  store?: LoginStore;
  /** Origins whose pages may call the API (default none: same-origin and server-to-server only). */
  allowedOrigins?: AllowedOrigins;
  /** false answers every call with Waldur's "method is disabled" 401 (default true). */
  enabled?: boolean;
  /** Longest long poll in seconds (default 30). */
  maxWait?: number;
  /** Largest accepted request body in bytes (default 16 KiB). */
  maxBodyBytes?: number;
  /** The key of the host's backend for `verify/` and `access-token/` (absent: those answer 404). */
  apiKey?: string;
  /** Refuse starts without a valid access token from `access-token/` (default false). */
  requireAccessToken?: boolean;
  /** Keep no phone number in records, tokens, answers or logs: only its keyed hash (default false). */
  verifyOnly?: boolean;
  /** Maps a proven identity to the host's user id; returning undefined ends the login "User is not registered.". */
  resolveUser?: ResolveUser;
  /** Structured log (default: pino, warnings and errors only). */
  log?: Logger;
  /** Clock in epoch milliseconds (tests inject one). */
  now?: () => number;
  /** Receives unexpected errors (default: logged by type and stack frames, never their text). */
  onError?: (error: unknown) => void;
}

/** The login API as a Web handler, plus its store and a way to stop background work. */
export interface LoginHandler extends WebHandler {
  /** The store in use. */
  readonly store: LoginStore;
  /** The default token issuer, for checking tokens in this process (absent with a custom `tokens`). */
  readonly tokens?: SignedTokens;
  /** Answers every held long poll now and holds no new ones: the first step of a graceful shutdown. */
  drain(): void;
  /** Stops the default store's sweeper and releases its long polls. */
  close(): void;
}

const ALLOW = 'POST, OPTIONS';
const DISABLED = 'Authentication method is disabled. Please use another authentication method or contact staff.';
const LOGIN_ENDPOINTS = new Set(['', 'result/', 'cancel/']);
const HOST_ENDPOINTS = new Set(['verify/', 'access-token/']);

/**
 * Creates the `auth-valimo` API: start (`POST {base}`), poll/verify (`result/`) and cancel
 * (`cancel/`) for the widget; `verify/` and `access-token/` for the host's backend.
 */
export function createLoginHandler(options: LoginHandlerOptions): LoginHandler {
  const base = normalizeBase(options.basePath ?? '/api/auth-valimo/');
  const now = options.now ?? Date.now;
  const keys = options.keys ?? new ServerKeys();
  const log = options.log ?? createLogger({ level: 'warn' });
  const ownStore = options.store ? undefined : new MemoryStore({ now });
  const store = options.store ?? ownStore!;
  const { provider } = options;
  const onError = options.onError ?? ((error: unknown) => log.error({ event: 'unexpected_error', err: errorWithoutText(error) }, 'unexpected error'));
  const cors = new Cors(options.allowedOrigins ?? []);
  const maxWait = options.maxWait ?? 30;
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const readableMs = (options.tokenReadableSeconds ?? 60) * 1000;
  const signed = options.tokens
    ? undefined
    : createSignedTokens({ secret: keys.key('token'), now, ttlSeconds: options.tokenTtlSeconds, ...(options.tokenAudience ? { audience: options.tokenAudience } : {}) });
  const tokens = options.tokens ?? signed!;
  const phoneKey = (e164: string) => keys.phoneKey(e164);
  const accessTokens = new AccessTokens({ key: keys.key('access-token'), now });
  const logins = new Logins({
    store,
    provider,
    tokens,
    now,
    onError,
    log,
    phoneKey,
    verifyOnly: options.verifyOnly ?? false,
    ...(options.resolveUser ? { resolveUser: options.resolveUser } : {}),
  });
  const checkable = options.tokens && 'inspect' in options.tokens ? (options.tokens as SignedTokens) : signed;
  const hostApi =
    options.apiKey && checkable
      ? new HostApi({ apiKey: options.apiKey, tokens: checkable, accessTokens, store, phoneKey, maxBodyBytes, now, log })
      : undefined;
  let draining = false;

  const answer = async (status: number, record: LoginRecord) => json(status, toAuthResult(record, await provider.describe?.(record, now())));

  /** Refuses a start that lacks a required access token (401), or whose token is bound to another number (403). */
  function admit(request: Request, input: StartRequest): void {
    const given = bearer(request);
    if (given === undefined && !options.requireAccessToken) return;
    const grant = given === undefined ? undefined : accessTokens.check(given);
    if (!grant) {
      log.warn({ event: 'access_token_refused' }, 'a start without a valid access token');
      throw new ProtocolError(401, { detail: 'This login page has expired. Reload it and try again.', code: 'access_token_invalid' }, { 'WWW-Authenticate': 'Bearer' });
    }
    if (grant.phoneKey !== undefined && grant.phoneKey !== phoneKey(input.phone)) {
      log.warn({ event: 'access_token_other_number' }, 'a start for another number than the access token allows');
      throw new ProtocolError(403, { detail: 'This page may only log in the number it was opened for.', code: 'access_token_phone_mismatch' });
    }
  }

  async function start(request: Request): Promise<Response> {
    const input = validateStart(await readBody(request, maxBodyBytes));
    admit(request, input);
    const record = await logins.start(input);
    log.info({ event: 'login_start', login: loginLabel(record.uuid), challenge: record.challenge, state: record.state }, 'login started');
    return answer(201, record);
  }

  /** Lets the provider do what is due; returns the fresh record and when it next wants a turn. */
  async function advance(record: LoginRecord): Promise<{ record: LoginRecord | undefined; dueMs?: number }> {
    if (!provider.advance || FINAL_STATES.has(record.state)) return { record };
    const dueMs = await provider.advance(logins.handle(record), record);
    return { record: await store.get(record.uuid), ...(dueMs === undefined ? {} : { dueMs }) };
  }

  /** The record with its token dropped once the reading window after OK has passed. */
  async function expireToken(record: LoginRecord): Promise<LoginRecord | undefined> {
    if (record.state !== 'OK' || record.token === null || now() - (record.finishedAt ?? record.modifiedAt) < readableMs) return record;
    return store.update(record.uuid, (current) => (current.token === null ? undefined : { token: null }));
  }

  async function result(request: Request): Promise<Response> {
    const data = fields(await readBody(request, maxBodyBytes));
    const uuid = parseUuid(data.uuid);
    let record = uuid === undefined ? undefined : await store.get(uuid);
    if (!record) return notFound();
    // An answer (a PIN) is judged at once; it never waits, so a verify cannot hang for `wait` seconds.
    const answered = data.pin !== undefined;
    if (answered && provider.respond) {
      await provider.respond(logins.handle(record), data);
      record = await store.get(record.uuid);
      if (!record) return notFound();
    }
    let dueMs: number | undefined;
    ({ record, dueMs } = await advance(record));
    const deadline = now() + (answered || draining ? 0 : parseWait(data.wait, maxWait) * 1000);
    while (record && !FINAL_STATES.has(record.state) && now() < deadline && !request.signal.aborted && !draining) {
      // Wakes on a change (from any instance), or when the provider wants its next turn.
      const version = record.version;
      // A provider asking for a turn at once (another instance holds its lease) still waits a little.
      const turn = dueMs === undefined ? Infinity : Math.max(dueMs, 50);
      record = await store.waitForChange(record.uuid, version, Math.min(deadline - now(), turn), request.signal);
      if (!record || record.version !== version) break;
      ({ record, dueMs } = await advance(record));
    }
    if (record) record = await expireToken(record);
    return record ? answer(200, record) : notFound();
  }

  async function cancel(request: Request): Promise<Response> {
    const uuid = parseUuid(fields(await readBody(request, maxBodyBytes)).uuid);
    const record = uuid === undefined ? undefined : await logins.cancel(uuid);
    return record ? answer(200, record) : notFound();
  }

  async function route(request: Request, endpoint: string | undefined): Promise<Response> {
    // Waldur's router has exactly these routes, all with a trailing slash; anything else is DRF's 404.
    const host = endpoint !== undefined && HOST_ENDPOINTS.has(endpoint);
    if (endpoint === undefined || !(LOGIN_ENDPOINTS.has(endpoint) || (host && hostApi))) return notFound();
    if (request.method !== 'POST') {
      return json(405, { detail: `Method "${request.method.slice(0, 20)}" not allowed.` }, { Allow: ALLOW });
    }
    if (host) return endpoint === 'verify/' ? hostApi!.verify(request) : hostApi!.accessToken(request);
    // Before reading the body, as Waldur checks the method before validation.
    if (options.enabled === false) return json(401, { detail: DISABLED });
    if (endpoint === '') return start(request);
    return endpoint === 'result/' ? result(request) : cancel(request);
  }

  return {
    store,
    ...(signed ? { tokens: signed } : {}),
    owns: (pathname) => pathname.startsWith(base) || pathname === base.slice(0, -1),

    async handle(request: Request): Promise<Response> {
      const pathname = new URL(request.url).pathname;
      const endpoint = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
      // The host's endpoints are for servers: no browser page may call them, so no CORS at all.
      const forBrowsers = !(endpoint !== undefined && HOST_ENDPOINTS.has(endpoint));
      if (request.method === 'OPTIONS' && endpoint !== undefined) {
        return forBrowsers ? cors.preflight(request, ALLOW) : new Response(null, { status: 403, headers: { Vary: 'Origin' } });
      }
      let response: Response;
      try {
        response = await route(request, endpoint);
      } catch (error) {
        if (error instanceof ProtocolError) {
          response = json(error.status, error.body, { ...error.headers });
        } else if (error instanceof StoreUnavailableError) {
          // The login itself is safe in the store: the client tries again shortly and goes on.
          log.warn({ event: 'store_unavailable' }, 'the store did not answer');
          response = json(503, { detail: 'The login service is briefly unavailable. Please try again.' }, { 'Retry-After': '2' });
        } else {
          onError(error);
          // Nothing internal reaches the client: no stack, no message.
          response = json(500, { detail: 'A server error occurred.' });
        }
      }
      if (forBrowsers) for (const [name, value] of Object.entries(cors.responseHeaders(request))) response.headers.set(name, value);
      return response;
    },

    drain() {
      draining = true;
      store.drain();
    },

    close() {
      draining = true;
      void ownStore?.close();
    },
  };
}

/** A body as fields; result/ and cancel/ treat a non-object body like a missing uuid (404, never 400). */
function fields(body: unknown): Readonly<Record<string, unknown>> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

function normalizeBase(path: string): string {
  const withLead = path.startsWith('/') ? path : `/${path}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}
