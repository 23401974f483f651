import { AccessTokens } from './access-tokens.js';
import { Admission, DEFAULT_ADMISSION, type AdmissionSettings } from './admission.js';
import { readBody } from './body.js';
import { ClientAddress } from './client-address.js';
import { Cors, type AllowedOrigins } from './cors.js';
import { ProtocolError, StoreUnavailableError } from './errors.js';
import { HeldPolls } from './held-polls.js';
import { HostApi } from './host-api.js';
import { ServerKeys } from './keys.js';
import type { LimitStore } from './limits/limit-store.js';
import { MemoryLimits } from './limits/memory-limits.js';
import { createLogger, errorWithoutText, type Logger } from './log.js';
import { noMetrics, timedProvider, type ServerMetrics } from './metrics.js';
import { Logins, type ResolveUser } from './logins.js';
import { refuseForeignOrigin } from './origin-guard.js';
import { pollLogin, tokenReadable } from './poll.js';
import { startLogin } from './start.js';
import { MemoryStore } from './store.js';
import { createSignedTokens, type SignedTokens } from './tokens.js';
import type { ChallengeProvider, LoginRecord, LoginStore, RequestInfo, TokenIssuer, WebHandler } from './types.js';
import { parseUuid } from './validate.js';
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
  /** Where admission limits live (default: this process's memory; a RedisLimits to share them). */
  limits?: LimitStore;
  /** Admission limits over the defaults, or false for none (per-client ones apply only when the adapter passes the client's address). */
  admission?: Partial<AdmissionSettings> | false;
  /** Proxies whose `X-Forwarded-For` names the client: addresses or CIDR ranges (default none). */
  trustedProxies?: readonly string[];
  /** Countries whose numbers may log in (ISO 3166 alpha-2); absent: every country. */
  countries?: readonly string[];
  /** Most long polls held at once by this process (default 10 000); more are answered at once. */
  maxHeldPolls?: number;
  /** Most long polls held at once for one login (default 4). */
  maxHeldPollsPerLogin?: number;
  /** What counts logins, refusals, provider time and answers (default: nothing; `PrometheusMetrics` for /metrics). */
  metrics?: ServerMetrics;
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
  /** Long polls this process holds now. */
  readonly heldPolls: number;
  /** Answers every held long poll now and holds no new ones: the first step of a graceful shutdown. */
  drain(): void;
  /** Stops the default store's sweeper and releases its long polls. */
  close(): void;
}

const ALLOW = 'POST, OPTIONS';
const DISABLED = 'Authentication method is disabled. Please use another authentication method or contact staff.';
const LOGIN_ENDPOINTS = new Set(['', 'result/', 'cancel/']);
const HOST_ENDPOINTS = new Set(['verify/', 'access-token/']);
/** Route names for metrics: a fixed set, so no path a client makes up becomes a label. */
const ROUTES: Readonly<Record<string, string>> = { '': 'start', 'result/': 'result', 'cancel/': 'cancel', 'verify/': 'verify', 'access-token/': 'access-token' };

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
  const metrics = options.metrics ?? noMetrics;
  const provider = timedProvider(options.provider, metrics);
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
  const limits = options.limits ?? new MemoryLimits();
  const admission = options.admission === false ? undefined : new Admission({ ...DEFAULT_ADMISSION, ...options.admission }, limits, now);
  const clients = new ClientAddress(options.trustedProxies);
  const held = new HeldPolls(options.maxHeldPolls ?? 10_000, options.maxHeldPollsPerLogin ?? 4);
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
    onFinal: async (record: LoginRecord) => {
      metrics.loginEnded(record);
      if (admission && record.ticket) await admission.release(record.ticket);
    },
  });
  const checkable = options.tokens && 'inspect' in options.tokens ? (options.tokens as SignedTokens) : signed;
  const hostApi =
    options.apiKey && checkable
      ? new HostApi({ apiKey: options.apiKey, tokens: checkable, accessTokens, store, phoneKey, maxBodyBytes, now, log })
      : undefined;
  let draining = false;
  const startContext = {
    logins,
    provider,
    accessTokens,
    log,
    maxBodyBytes,
    phoneKey,
    requireAccessToken: options.requireAccessToken ?? false,
    ...(admission ? { admission } : {}),
    ...(options.countries ? { countries: new Set(options.countries.map((country) => country.toUpperCase())) } : {}),
  };
  const pollContext = { store, provider, logins, held, maxBodyBytes, maxWait, readableMs, now, draining: () => draining };

  /** The AuthResult of `record`; its token only within the reading window after OK, whatever the route. */
  const answer = async (status: number, record: LoginRecord) => {
    const shown = tokenReadable(record, now(), readableMs) ? record : { ...record, token: null };
    return json(status, toAuthResult(shown, await provider.describe?.(record, now())));
  };

  async function cancel(request: Request): Promise<Response> {
    const uuid = parseUuid(fields(await readBody(request, maxBodyBytes)).uuid);
    const record = uuid === undefined ? undefined : await logins.cancel(uuid);
    return record ? answer(200, record) : notFound();
  }

  async function route(request: Request, endpoint: string | undefined, info: RequestInfo): Promise<Response> {
    // Waldur's router has exactly these routes, all with a trailing slash; anything else is DRF's 404.
    const host = endpoint !== undefined && HOST_ENDPOINTS.has(endpoint);
    if (endpoint === undefined || !(LOGIN_ENDPOINTS.has(endpoint) || (host && hostApi))) return notFound();
    if (request.method !== 'POST') {
      return json(405, { detail: `Method "${request.method.slice(0, 20)}" not allowed.` }, { Allow: ALLOW });
    }
    if (host) {
      // For servers only: a browser (any Origin at all) never gets here.
      if (request.headers.has('Origin')) throw new ProtocolError(403, { detail: 'Requests from browsers are not allowed.', code: 'origin_not_allowed' });
      return endpoint === 'verify/' ? hostApi!.verify(request) : hostApi!.accessToken(request);
    }
    refuseForeignOrigin(request, cors);
    // Before reading the body, as Waldur checks the method before validation.
    if (options.enabled === false) return json(401, { detail: DISABLED });
    const address = info.remoteAddress === undefined ? undefined : clients.clientOf(info.remoteAddress, request.headers.get('X-Forwarded-For'));
    const client = address === undefined ? undefined : keys.clientKey(address);
    if (endpoint === '') return answer(201, await startLogin(startContext, request, client));
    if (endpoint === 'cancel/') return cancel(request);
    const record = await pollLogin(pollContext, request, client);
    return record ? answer(200, record) : notFound();
  }

  return {
    store,
    ...(signed ? { tokens: signed } : {}),
    owns: (pathname) => pathname.startsWith(base) || pathname === base.slice(0, -1),

    get heldPolls() {
      return held.held;
    },

    async handle(request: Request, info: RequestInfo = {}): Promise<Response> {
      const pathname = new URL(request.url).pathname;
      const endpoint = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
      // The host's endpoints are for servers: no browser page may call them, so no CORS at all.
      const forBrowsers = !(endpoint !== undefined && HOST_ENDPOINTS.has(endpoint));
      if (request.method === 'OPTIONS' && endpoint !== undefined) {
        return forBrowsers ? cors.preflight(request, ALLOW) : new Response(null, { status: 403, headers: { Vary: 'Origin' } });
      }
      let response: Response;
      try {
        response = await route(request, endpoint, info);
      } catch (error) {
        if (error instanceof ProtocolError) {
          response = json(error.status, error.body, { ...error.headers });
          // A plain 400 is a mistyped number; the others (and coded 400s) are refusals worth counting.
          const cause = typeof error.body.code === 'string' ? error.body.code : error.status === 400 ? undefined : String(error.status);
          if (endpoint === '' && cause) metrics.startRefused(cause);
        } else if (error instanceof StoreUnavailableError) {
          metrics.storeError();
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
      metrics.answered(endpoint !== undefined && Object.hasOwn(ROUTES, endpoint) ? ROUTES[endpoint]! : 'other', response.status);
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
