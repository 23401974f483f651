import { readBody } from './body.js';
import { Cors, type AllowedOrigins } from './cors.js';
import { ProtocolError } from './errors.js';
import { Logins } from './logins.js';
import { MemoryStore } from './store.js';
import { FINAL_STATES, type ChallengeProvider, type LoginRecord, type LoginStore, type TokenIssuer, type WebHandler } from './types.js';
import { parseUuid, parseWait, validateStart } from './validate.js';
import { json, notFound, toAuthResult } from './wire.js';

/** Settings of the login API. */
export interface LoginHandlerOptions {
  /** Who talks to the user (e.g. the Mobile ID simulator). */
  provider: ChallengeProvider;
  /** Who makes the token on OK (e.g. `createSignedTokens()`). */
  tokens: TokenIssuer;
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
  /** Clock in epoch milliseconds (tests inject one). */
  now?: () => number;
  /** Receives unexpected errors. The default logs only the error's name and stack frames, never its text. */
  onError?: (error: unknown) => void;
}

/** The login API as a Web handler, plus its store and a way to stop background work. */
export interface LoginHandler extends WebHandler {
  /** The store in use. */
  readonly store: LoginStore;
  /** Stops the default store's sweeper and releases its long polls. */
  close(): void;
}

const ALLOW = 'POST, OPTIONS';
const DISABLED = 'Authentication method is disabled. Please use another authentication method or contact staff.';
const ENDPOINTS = new Set(['', 'result/', 'cancel/']);

/** Creates the `auth-valimo` API: start (`POST {base}`), poll/verify (`result/`) and cancel (`cancel/`). */
export function createLoginHandler(options: LoginHandlerOptions): LoginHandler {
  const base = normalizeBase(options.basePath ?? '/api/auth-valimo/');
  const now = options.now ?? Date.now;
  const ownStore = options.store ? undefined : new MemoryStore({ now });
  const store = options.store ?? ownStore!;
  const { provider } = options;
  const onError = options.onError ?? logWithoutText;
  const cors = new Cors(options.allowedOrigins ?? []);
  const maxWait = options.maxWait ?? 30;
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024;
  const logins = new Logins({ store, provider, tokens: options.tokens, now, onError });

  const answer = (status: number, record: LoginRecord) => json(status, toAuthResult(record, provider.describe?.(record, now())));

  async function start(request: Request): Promise<Response> {
    const input = validateStart(await readBody(request, maxBodyBytes));
    return answer(201, await logins.start(input));
  }

  async function result(request: Request): Promise<Response> {
    const data = fields(await readBody(request, maxBodyBytes));
    const uuid = parseUuid(data.uuid);
    let record = uuid === undefined ? undefined : await store.get(uuid);
    if (!record) return notFound();
    // An answer (a PIN) is judged at once; it never waits, so a verify cannot hang for `wait` seconds.
    const answered = data.pin !== undefined;
    if (provider.respond) {
      await provider.respond(logins.handle(record), data);
      record = await store.get(record.uuid);
      if (!record) return notFound();
    }
    const wait = answered ? 0 : parseWait(data.wait, maxWait);
    if (wait > 0 && !FINAL_STATES.has(record.state)) {
      record = await store.waitForChange(record.uuid, record.version, wait * 1000, request.signal);
      if (!record) return notFound();
    }
    return answer(200, record);
  }

  async function cancel(request: Request): Promise<Response> {
    const uuid = parseUuid(fields(await readBody(request, maxBodyBytes)).uuid);
    const record = uuid === undefined ? undefined : await logins.cancel(uuid);
    return record ? answer(200, record) : notFound();
  }

  async function route(request: Request, endpoint: string | undefined): Promise<Response> {
    // Waldur's router has exactly these routes, all with a trailing slash; anything else is DRF's 404.
    if (endpoint === undefined || !ENDPOINTS.has(endpoint)) return notFound();
    if (request.method !== 'POST') {
      return json(405, { detail: `Method "${request.method.slice(0, 20)}" not allowed.` }, { Allow: ALLOW });
    }
    // Before reading the body, as Waldur checks the method before validation.
    if (options.enabled === false) return json(401, { detail: DISABLED });
    if (endpoint === '') return start(request);
    return endpoint === 'result/' ? result(request) : cancel(request);
  }

  return {
    store,
    owns: (pathname) => pathname.startsWith(base) || pathname === base.slice(0, -1),

    async handle(request: Request): Promise<Response> {
      const pathname = new URL(request.url).pathname;
      const endpoint = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
      if (request.method === 'OPTIONS' && endpoint !== undefined) return cors.preflight(request, ALLOW);
      let response: Response;
      try {
        response = await route(request, endpoint);
      } catch (error) {
        if (error instanceof ProtocolError) {
          response = json(error.status, error.body, { ...error.headers });
        } else {
          onError(error);
          // Nothing internal reaches the client: no stack, no message.
          response = json(500, { detail: 'A server error occurred.' });
        }
      }
      for (const [name, value] of Object.entries(cors.responseHeaders(request))) response.headers.set(name, value);
      return response;
    },

    close: () => ownStore?.close(),
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

/** Error texts may quote a phone number or an upstream secret, so only the type and frames are logged. */
function logWithoutText(error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  console.error(`[phone-login] unexpected ${name}\n${frames.slice(0, 8).join('\n')}`);
}
