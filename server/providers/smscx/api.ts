/** SMS.cx's public API; OTP paths hang directly off it (`/otp`, `/otp/{otpId}`). */
export const SMSCX_BASE_URL = 'https://api.sms.cx';

/** An otpId as SMS.cx's SDK checks it before putting it in a path: a 36-character lowercase UUID. */
export const OTP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An answer SMS.cx gave with an error object: only its code, type and status, never its message. */
export interface SmsCxRefusal {
  readonly kind: 'refused';
  /** The HTTP status (400, 401, 403, 404, 405, 429). */
  readonly status: number;
  /** `error.code`, e.g. 2020; absent when the body had none. */
  readonly code?: number;
  /** `error.type`, e.g. `invalid_param`; `unknown` when missing or not a plain identifier. */
  readonly type: string;
  /** `X-Rate-Limit-Reset` of a 429: when SMS.cx takes requests again, in Unix seconds. */
  readonly resetAt?: number;
}

/** An answer whose outcome we cannot know: the request may or may not have been carried out. */
export interface SmsCxUnknown {
  readonly kind: 'unknown';
  /** Why: no answer in time, no connection, a 5xx, or a 2xx we cannot read. */
  readonly cause: 'timeout' | 'network' | 'server' | 'unreadable';
  /** The HTTP status, when there was one. */
  readonly status?: number;
}

/** A 2xx answer with a JSON object body. */
export interface SmsCxSuccess {
  readonly kind: 'ok';
  /** The HTTP status (201 for a new OTP, 200 otherwise). */
  readonly status: number;
  /** The parsed body. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** One SMS.cx answer, reduced to what the provider may act on. */
export type SmsCxAnswer = SmsCxSuccess | SmsCxRefusal | SmsCxUnknown;

/** How to reach SMS.cx. */
export interface SmsCxApiOptions {
  /** Sent as `X-API-KEY`. */
  readonly apiKey: string;
  /** Base URL without a trailing slash. */
  readonly baseUrl: string;
  /** Milliseconds to wait for an answer, body included. */
  readonly timeoutMs: number;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
}

/** The three OTP calls the provider makes. Nothing here retries: a retried POST /otp is a second SMS. */
export class SmsCxApi {
  constructor(private readonly options: SmsCxApiOptions) {}

  /** `POST /otp`: SMS.cx makes a code and sends it (billed). */
  createOtp(request: Readonly<Record<string, unknown>>): Promise<SmsCxAnswer> {
    return this.call('POST', '/otp', request);
  }

  /** `POST /otp/{otpId}` with `{"pin"}`. */
  verifyOtp(otpId: string, pin: string): Promise<SmsCxAnswer> {
    return this.call('POST', `/otp/${otpId}`, { pin });
  }

  /** `DELETE /otp/{otpId}` (only a PENDING OTP can be cancelled). */
  cancelOtp(otpId: string): Promise<SmsCxAnswer> {
    return this.call('DELETE', `/otp/${otpId}`);
  }

  private async call(method: string, path: string, body?: unknown): Promise<SmsCxAnswer> {
    const { apiKey, baseUrl, timeoutMs } = this.options;
    const headers: Record<string, string> = { 'X-API-KEY': apiKey, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    // One signal for the whole exchange, so a body that trickles in cannot outlast the timeout.
    const signal = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let parsed: unknown;
    try {
      response = await (this.options.fetch ?? fetch)(`${baseUrl}${path}`, {
        method,
        headers,
        signal,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      parsed = parseJson(await response.text());
    } catch {
      return { kind: 'unknown', cause: signal.aborted ? 'timeout' : 'network' };
    }
    const { status } = response;
    if (status >= 500) return { kind: 'unknown', cause: 'server', status };
    if (status >= 200 && status < 300) {
      return isObject(parsed) ? { kind: 'ok', status, data: parsed } : { kind: 'unknown', cause: 'unreadable', status };
    }
    const error = isObject(parsed) && isObject(parsed.error) ? parsed.error : {};
    const reset = Number(response.headers.get('X-Rate-Limit-Reset') ?? Number.NaN);
    return {
      kind: 'refused',
      status,
      // The type becomes a log field, so only a plain identifier is kept: never free text.
      type: typeof error.type === 'string' && /^[a-z_]{1,40}$/.test(error.type) ? error.type : 'unknown',
      ...(Number.isInteger(error.code) ? { code: error.code as number } : {}),
      ...(status === 429 && Number.isFinite(reset) && reset > 0 ? { resetAt: reset } : {}),
    };
  }
}

/** A JSON object, as opposed to an array, a string or null. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
