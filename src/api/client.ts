import { isAuthResult, type AuthResult } from './types.js';
import { ProtocolError, kindOfStatus, parseRetryAfter } from './errors.js';

/** Options of a start call. */
export interface StartOptions {
  /** The user's language, sent as the optional `locale` field so a backend can word its SMS. */
  locale?: string;
  /** Aborts the call. */
  signal?: AbortSignal;
}

/** Options of a result call (a poll, or a PIN verification when `pin` is set). */
export interface ResultOptions {
  /** Seconds a long-polling server may hold the answer (ignored by plain Waldur). */
  wait?: number;
  /** The PIN the user typed, for the pin challenge. */
  pin?: string;
  /** Aborts the call. */
  signal?: AbortSignal;
}

/** The protocol as the flow sees it. Replace it (the `client` property) to talk to a backend another way. */
export interface LoginClient {
  /** Starts a login for an E.164 phone number. */
  start(phone: string, options?: StartOptions): Promise<AuthResult>;
  /** Reads the state of a login, or verifies a PIN. */
  result(uuid: string, options?: ResultOptions): Promise<AuthResult>;
  /** Asks the server to cancel a login (an extension: servers without it answer 404/405). */
  cancel(uuid: string, options?: { signal?: AbortSignal }): Promise<void>;
}

/** Settings of the fetch-based client. */
export interface FetchClientOptions {
  /** The fetch to use (defaults to the global one). */
  fetch?: typeof fetch;
  /** Extra headers for every call, e.g. an `Authorization` header. */
  headers?: Record<string, string>;
  /**
   * The access token to send as `Authorization: Bearer …`, read before every call so a refreshed
   * token counts from the next request. Empty or absent sends no `Authorization` header at all.
   */
  accessToken?: () => string | undefined;
  /** Milliseconds to wait for an answer, on top of any long-poll `wait`. */
  timeoutMs?: number;
}

/** The default client: JSON over `fetch`, one place that talks HTTP. */
export class FetchLoginClient implements LoginClient {
  private readonly base: URL;
  private readonly fetch: typeof fetch;
  private readonly headers: Record<string, string>;
  private readonly accessToken: () => string | undefined;
  private readonly timeoutMs: number;

  constructor(
    /** The endpoint as given, e.g. `https://waldur.example.com/api/auth-valimo/`. */
    readonly endpoint: string,
    options: FetchClientOptions = {},
  ) {
    // Waldur's router needs the trailing slash; relative endpoints resolve against the page.
    const withSlash = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
    this.base = new URL(withSlash, globalThis.document?.baseURI ?? globalThis.location?.href);
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.headers = options.headers ?? {};
    this.accessToken = options.accessToken ?? (() => undefined);
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  start(phone: string, { locale, signal }: StartOptions = {}): Promise<AuthResult> {
    return this.call('', locale ? { phone, locale } : { phone }, signal);
  }

  result(uuid: string, { wait, pin, signal }: ResultOptions = {}): Promise<AuthResult> {
    const body: Record<string, unknown> = { uuid };
    if (wait !== undefined && wait > 0) body.wait = wait;
    if (pin !== undefined) body.pin = pin;
    return this.call('result/', body, signal, (wait ?? 0) * 1000);
  }

  async cancel(uuid: string, { signal }: { signal?: AbortSignal } = {}): Promise<void> {
    await this.call('cancel/', { uuid }, signal);
  }

  private async call(path: string, body: object, signal?: AbortSignal, extraMs = 0): Promise<AuthResult> {
    signal?.throwIfAborted();
    const controller = new AbortController();
    const abort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', abort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs + extraMs);
    try {
      const response = await this.fetch(new URL(path, this.base), {
        method: 'POST',
        headers: this.headersOfCall(),
        body: JSON.stringify(body),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'same-origin',
      });
      return await read(response);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timedOut) throw new ProtocolError('timeout');
      if (error instanceof ProtocolError) throw error;
      // fetch rejects with a TypeError for offline, DNS, refused and CORS-blocked answers alike.
      throw new ProtocolError('network');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  }

  private headersOfCall(): Record<string, string> {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json', ...this.headers };
    // Plain Waldur answers 401 to any Authorization header it cannot read, so none goes without a token.
    const token = this.accessToken()?.trim();
    return token ? { ...headers, Authorization: `Bearer ${token}` } : headers;
  }
}

async function read(response: Response): Promise<AuthResult> {
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (response.ok) {
    if (isAuthResult(json)) return json;
    throw new ProtocolError('bad-response', response.status);
  }
  const body = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
  throw new ProtocolError(kindOfStatus(response.status), response.status, body, retryAfter);
}
