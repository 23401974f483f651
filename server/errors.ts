/** An error that becomes a specific HTTP answer (status, JSON body, headers) instead of a 500. */
export class ProtocolError extends Error {
  constructor(
    /** HTTP status to answer with. */
    readonly status: number,
    /** JSON body, e.g. `{"pin": ["Wrong code."], "attempts_left": 2}`. */
    readonly body: Readonly<Record<string, unknown>>,
    /** Extra response headers, e.g. `Retry-After`. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(typeof body.detail === 'string' ? body.detail : `HTTP ${status}`);
    this.name = 'ProtocolError';
  }
}

/** A 429 with `Retry-After`, in DRF's words, for providers that throttle starts or answers. */
export class RateLimitedError extends ProtocolError {
  constructor(
    /** Whole seconds the client must wait. */
    readonly retryAfter: number,
    /** A machine-readable cause the widget words itself (e.g. `sms_budget`), when it is not the usual one. */
    code?: string,
  ) {
    const seconds = Math.max(1, Math.ceil(retryAfter));
    super(
      429,
      { detail: `Request was throttled. Expected available in ${seconds} second${seconds === 1 ? '' : 's'}.`, ...(code ? { code } : {}) },
      { 'Retry-After': String(seconds) },
    );
    this.name = 'RateLimitedError';
  }
}

/**
 * A provider failure whose message is safe to show as `error_message`. Other errors thrown by a
 * provider become a generic text, because their messages may carry upstream URLs or credentials.
 */
export class ProviderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** The store (e.g. Redis) could not answer: requests get 503 with `Retry-After`, never a 500, and the login waits. */
export class StoreUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The shared store is unavailable.', { cause });
    this.name = 'StoreUnavailableError';
  }
}
