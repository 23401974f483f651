/**
 * What went wrong with one call, in the terms the flow decides on:
 * - `invalid`: 400 with field errors (`{"phone": ["…"]}`, `{"pin": ["…"]}`)
 * - `unauthorized`: 401, the login method is disabled
 * - `not-found`: 404, the login is gone
 * - `rate-limited`: 429, see `retryAfter`
 * - `rejected`: any other 4xx
 * - `server`: 5xx
 * - `network`: no answer at all (offline, DNS, CORS hiding an error answer)
 * - `timeout`: no answer in time
 * - `bad-response`: an answer that is not a readable AuthResult
 */
export type ProtocolErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'not-found'
  | 'rate-limited'
  | 'rejected'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad-response';

/**
 * Machine-readable `code`s a server may put in an error body (extensions; plain Waldur sends none):
 * - `access_token_invalid`: 401 on start, the page's access token is missing, expired or forged
 * - `access_token_phone_mismatch`: 403 on start, the access token is bound to another number
 * - `country_not_allowed`: 400 on start, the server takes no numbers of this country
 * - `sms_budget`: 429 on start, the server's SMS budget (global or the country's) is spent
 */
export type ErrorCode = 'access_token_invalid' | 'access_token_phone_mismatch' | 'country_not_allowed' | 'sms_budget';

const TRANSIENT: ReadonlySet<ProtocolErrorKind> = new Set(['server', 'network', 'timeout', 'bad-response']);

/** A failed protocol call. Its message never contains the phone number or a token. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';

  constructor(
    /** The class of failure the flow acts on. */
    readonly kind: ProtocolErrorKind,
    /** The HTTP status, when there was an answer. */
    readonly status = 0,
    /** The parsed JSON body of an error answer (field errors, `detail`, `attempts_left`), or `{}`. */
    readonly body: Readonly<Record<string, unknown>> = {},
    /** Seconds to wait before asking again, from `Retry-After`. */
    readonly retryAfter?: number,
  ) {
    super(status ? `${kind} (HTTP ${status})` : kind);
  }

  /** True for failures worth retrying later: the login itself may be fine. */
  get transient(): boolean {
    return TRANSIENT.has(this.kind);
  }

  /** True when the error body carries the machine-readable `code` (an extension). */
  hasCode(code: ErrorCode): boolean {
    return this.body.code === code;
  }

  /** The first message the server gave for `field`, or for the whole request (`detail`). */
  fieldMessage(field: string): string | undefined {
    const messages = this.body[field];
    if (Array.isArray(messages) && typeof messages[0] === 'string') return messages[0];
    if (typeof messages === 'string') return messages;
    const detail = this.body.detail;
    return typeof detail === 'string' ? detail : undefined;
  }
}

/** Maps an HTTP error status to the kind of failure. */
export function kindOfStatus(status: number): ProtocolErrorKind {
  if (status === 400) return 'invalid';
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'rejected';
}

/**
 * Reads `Retry-After` as seconds: either delta-seconds or an HTTP date.
 * Returns undefined when absent or unreadable, so the caller falls back to its own backoff.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}
