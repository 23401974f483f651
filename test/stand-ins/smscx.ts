/**
 * A stand-in for SMS.cx's OTP API (shared/reference/seed-systems.md §1), on 127.0.0.1 at a free
 * port, as strict as the real one: `X-API-KEY`, JSON bodies, every NewOtpRequest check with its
 * code, otpIds of SMS.cx's shape, and verify/cancel with the documented codes 2021–2031. It makes
 * the code, "delivers" the text to an inbox tests read, counts requests by endpoint, and plays
 * scripted faults. Where the reference is silent (codes of 401/415/429/500) it answers with the
 * HTTP status as the code; the provider keys on status and type there, never on those codes.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** Ends every error message, so a test can prove no SMS.cx text reaches an answer or a log. */
export const PROVIDER_TEXT = '(words of the SMS.cx stand-in)';
/** What SMS.cx's SDK requires of an otpId and a trackId: a lowercase 36-character UUID. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ALPHABETS = { numbers: '0123456789', letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', alphanumeric: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' } as const;

/** The endpoints, as counted. */
export type Endpoint = 'POST /otp' | 'GET /otp/{id}' | 'POST /otp/{id}' | 'DELETE /otp/{id}';
/** A scripted answer: an error, a 500 before any work, or the work done and no answer ever (a lost reply). */
export type Fault = { readonly status: number; readonly code: number; readonly type: string; readonly headers?: Record<string, string> } | 'server-error' | 'hang';
/** One OTP as SMS.cx keeps it. */
export interface StandInOtp {
  /** Its id, a lowercase UUID. */
  readonly otpId: string;
  /** The code it texted. */
  readonly pin: string;
  /** Wrong codes allowed. */
  readonly maxAttempts: number;
  /** Epoch ms (of the stand-in's clock) from which the code no longer works. */
  readonly expiresAt: number;
  /** Where it is, in SMS.cx's words. */
  status: 'PENDING' | 'VERIFIED' | 'EXPIRED' | 'CANCELLED' | 'FAILED';
  /** Wrong codes so far. */
  attempts: number;
}
/** A text as the phone received it. */
export interface DeliveredSms {
  /** The number, in E.164. */
  readonly to: string;
  /** The sender. */
  readonly from: string;
  /** The template with `{{pin}}` replaced by the code. */
  readonly body: string;
}
/** The application's OTP settings from SMS.cx's dashboard (fields as in NewOtpRequest): what an absent field falls back to; undefined: none. */
export interface AppSettings {
  from?: string;
  template?: string;
  ttl?: number;
  maxAttempts?: number;
  pinType?: string;
  pinLength?: number;
}
/** Settings of the stand-in. */
export interface SmsCxStandInOptions {
  /** The key it accepts (default: a random one). */
  apiKey?: string;
  /** Clock in epoch milliseconds for expiry (default `Date.now`). */
  now?: () => number;
  /** Dashboard defaults, merged over `InfoText`, a stock text, 300 s, 3 attempts, 6 numbers. */
  app?: AppSettings;
}

type Reply = readonly [status: number, body: unknown, headers?: Record<string, string>];

/** Script helpers for common faults. */
export const faults = {
  /** SMS.cx's 429, until `resetAt` (Unix seconds). */
  rateLimited: (resetAt: number): Fault => ({ status: 429, code: 429, type: 'rate_limit', headers: { 'X-Rate-Limit-Reset': String(resetAt) } }),
  /** The account has no money left (the reference documents no code for it). */
  insufficientCredit: (): Fault => ({ status: 400, code: 400, type: 'insufficient_credit' }),
  /** Any documented error, e.g. `error(400, 2005, 'invalid_param')`. */
  error: (status: number, code: number, type: string): Fault => ({ status, code, type }),
};

/** The stand-in server. Start it with `SmsCxStandIn.start()`, stop it with `close()`. */
export class SmsCxStandIn {
  /** Texts sent, oldest first. */
  readonly inbox: DeliveredSms[] = [];
  /** The otpIds made, oldest first. */
  readonly created: string[] = [];
  /** Parsed JSON bodies received, by endpoint. */
  readonly bodies = new Map<Endpoint, unknown[]>();
  /** The key it accepts. */
  readonly apiKey: string;
  private readonly otps = new Map<string, StandInOtp>();
  private readonly counts = new Map<Endpoint, number>();
  private readonly scripts = new Map<Endpoint, Fault[]>();
  private readonly app: AppSettings;
  private readonly now: () => number;
  private readonly server = createServer((req, res) => void this.handle(req, res));

  private constructor(options: SmsCxStandInOptions) {
    this.apiKey = options.apiKey ?? randomUUID();
    this.now = options.now ?? Date.now;
    this.app = { from: 'InfoText', template: 'Your verification code is {{pin}}', ttl: 300, maxAttempts: 3, pinType: 'numbers', pinLength: 6, ...options.app };
  }

  /** Listens on 127.0.0.1 at a free port. */
  static async start(options: SmsCxStandInOptions = {}): Promise<SmsCxStandIn> {
    const standIn = new SmsCxStandIn(options);
    await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve));
    return standIn;
  }

  /** The base URL, e.g. `http://127.0.0.1:41234`. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Requests received at `endpoint` (every one, refused or not: each may cost). */
  count(endpoint: Endpoint): number {
    return this.counts.get(endpoint) ?? 0;
  }

  /** Plays `faults` on the next requests to `endpoint`, one each, before normal behaviour resumes. */
  script(endpoint: Endpoint, ...faults: Fault[]): void {
    this.scripts.set(endpoint, [...(this.scripts.get(endpoint) ?? []), ...faults]);
  }

  /** An OTP as SMS.cx keeps it. */
  otp(otpId: string): StandInOtp | undefined {
    return this.otps.get(otpId);
  }

  /** Stops listening and drops held (hung) connections. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { pathname } = new URL(req.url ?? '/', 'http://stand-in');
    const id = /^\/otp\/([^/]+)$/.exec(pathname)?.[1];
    const endpoint = (pathname === '/otp' ? `${req.method} /otp` : id === undefined ? '' : `${req.method} /otp/{id}`) as Endpoint;
    if (!['POST /otp', 'GET /otp/{id}', 'POST /otp/{id}', 'DELETE /otp/{id}'].includes(endpoint)) return reply(res, pathname === '/otp' || id ? fail(405, 405, 'method_not_allowed', 'Method Not Allowed') : fail(404, 404, 'not_found', 'Not found'));
    this.counts.set(endpoint, this.count(endpoint) + 1);
    if (req.headers['x-api-key'] !== this.apiKey) return reply(res, fail(401, 401, 'invalid_api_key', 'Invalid API key'));
    let body: Record<string, unknown> = {};
    if (req.method === 'POST') {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return reply(res, fail(415, 415, 'invalid_param', 'Content-Type must be application/json'));
      const parsed = parseObject(Buffer.concat(chunks).toString('utf8'));
      if (!parsed) return reply(res, fail(400, 400, 'invalid_param', 'The body is not a JSON object'));
      body = parsed;
      this.bodies.set(endpoint, [...(this.bodies.get(endpoint) ?? []), body]);
    }
    const fault = this.scripts.get(endpoint)?.shift();
    if (fault === 'server-error') return reply(res, fail(500, 500, 'internal_error', 'Internal Server Error'));
    if (typeof fault === 'object') return reply(res, fail(fault.status, fault.code, fault.type, 'Scripted error'), fault.headers);
    const answer = endpoint === 'POST /otp' ? this.create(body) : this.onOtp(endpoint, id!, body);
    // A lost reply: the work is done (a code may be on its way), but no answer ever comes.
    if (fault !== 'hang') reply(res, answer);
  }

  private create(body: Record<string, unknown>): Reply {
    const invalid = invalidRequest(body, this.app);
    if (invalid) return fail(400, invalid[0], 'invalid_param', invalid[1]);
    const settings = { ...this.app, ...body } as Required<AppSettings> & { phoneNumber: string; countryIso?: string; trackId?: string };
    const phone = parsePhoneNumberFromString(settings.phoneNumber, settings.countryIso as CountryCode | undefined);
    // Real providers may quote the number; ours does, so tests prove it never travels on.
    if (!phone?.isValid()) return fail(400, 2020, 'invalid_param', `The phone number provided is invalid: ${settings.phoneNumber}`);
    const alphabet = ALPHABETS[settings.pinType as keyof typeof ALPHABETS];
    const pin = Array.from({ length: settings.pinLength }, () => alphabet[randomInt(alphabet.length)]).join('');
    const created = this.now();
    const otp: StandInOtp = { otpId: randomUUID(), pin, maxAttempts: settings.maxAttempts, expiresAt: created + settings.ttl * 1000, status: 'PENDING', attempts: 0 };
    this.otps.set(otp.otpId, otp);
    this.created.push(otp.otpId);
    this.inbox.push({ to: phone.number, from: settings.from, body: settings.template.replaceAll('{{pin}}', pin) });
    const data = { otpId: otp.otpId, trackId: settings.trackId ?? null, phoneNumber: phone.number, countryIso: phone.country ?? settings.countryIso ?? null, cost: 0.05, parts: 1 };
    return [201, { ...data, status: otp.status, maxAttempts: otp.maxAttempts, attempts: 0, ttl: settings.ttl, otpCallbackUrl: null, dateCreated: new Date(created).toISOString(), dateExpires: new Date(otp.expiresAt).toISOString() }];
  }

  private onOtp(endpoint: Endpoint, otpId: string, body: Record<string, unknown>): Reply {
    const otp = UUID.test(otpId) ? this.otps.get(otpId) : undefined;
    if (!otp) return fail(404, 2021, 'not_found', 'Otp ID not found');
    const justExpired = otp.status === 'PENDING' && this.now() >= otp.expiresAt;
    if (justExpired) otp.status = 'EXPIRED';
    if (endpoint === 'GET /otp/{id}') return [200, { otpId, status: otp.status, attempts: otp.attempts, maxAttempts: otp.maxAttempts }];
    if (endpoint === 'DELETE /otp/{id}') {
      if (otp.status === 'CANCELLED') return fail(403, 2030, 'access_denied', 'Otp already cancelled');
      if (otp.status !== 'PENDING') return fail(403, 2031, 'access_denied', 'You cannot cancel a non-pending Otp');
      otp.status = 'CANCELLED';
      return [200, { info: { id: otpId } }];
    }
    if (typeof body.pin !== 'string' || body.pin === '') return fail(400, 2022, 'invalid_param', 'The parameter pin is empty or not set');
    if (otp.status === 'VERIFIED') return fail(400, 2023, 'otp_verified', 'The OTP was already verified');
    if (otp.status === 'CANCELLED') return fail(400, 2024, 'otp_cancelled', 'The OTP was canceled');
    if (otp.status === 'EXPIRED') return justExpired ? fail(400, 2028, 'otp_expired', 'The PIN has expired') : fail(400, 2025, 'otp_expired', 'The OTP has expired');
    if (otp.status === 'FAILED') return fail(400, 2026, 'otp_failed', 'The OTP has failed, maximum attempts reached');
    if (body.pin === otp.pin) {
      otp.status = 'VERIFIED';
      return [200, { status: 'VERIFIED' }];
    }
    otp.attempts += 1;
    if (otp.attempts < otp.maxAttempts) return fail(400, 2029, 'invalid_pin', 'The PIN provided does not verify');
    otp.status = 'FAILED';
    return fail(400, 2027, 'otp_failed', 'Max attempts reached');
  }
}

/** The first NewOtpRequest check that fails, as SMS.cx's code and message; absent fields take the app's settings. */
function invalidRequest(body: Record<string, unknown>, app: AppSettings): [number, string] | undefined {
  const { phoneNumber, countryIso, trackId, otpCallbackUrl } = body;
  const field = (name: keyof AppSettings): unknown => (body[name] === undefined ? app[name] : body[name]);
  if (typeof phoneNumber !== 'string' || phoneNumber.trim() === '') return [2001, "The parameter 'phoneNumber' is empty or not set"];
  if (!phoneNumber.startsWith('+') && (countryIso === undefined || countryIso === '')) return [2002, "The parameter 'countryIso' is empty or not set"];
  if (countryIso !== undefined && (typeof countryIso !== 'string' || !/^[A-Z]{2}$/.test(countryIso) || !isSupportedCountry(countryIso))) return [2003, 'Country ISO provided is invalid'];
  const from = field('from');
  if (from === undefined || from === '') return [2004, "The parameter 'from' is empty or not set"];
  if (typeof from !== 'string' || [...from].length < 3 || [...from].length > 15) return [2005, "The parameter 'from' is not valid (min 3, max 15 characters)"];
  const template = field('template');
  if (template === undefined || template === '') return [2006, "The parameter 'template' is empty or not set"];
  if (typeof template !== 'string' || !template.includes('{{pin}}')) return [2006, "The parameter 'template' does not contain placeholder {{pin}}"];
  const counted = range(field('ttl'), 'ttl', 2007, 60, 1800) ?? range(field('maxAttempts'), 'maxAttempts', 2010, 1, 10);
  if (counted) return counted;
  const pinType = field('pinType');
  if (pinType === undefined || pinType === '') return [2013, "The parameter 'pinType' is empty or not set"];
  if (typeof pinType !== 'string' || !Object.hasOwn(ALPHABETS, pinType)) return [2014, "Invalid parameter 'pinType'. Must be one of: letters, numbers, alphanumeric"];
  const length = range(field('pinLength'), 'pinLength', 2015, 4, 10);
  if (length) return length;
  if (trackId !== undefined && (typeof trackId !== 'string' || !UUID.test(trackId))) return [2018, "Track ID provided (parameter 'trackId') is not a valid UUID (v1-v5)"];
  if (otpCallbackUrl !== undefined && !(typeof otpCallbackUrl === 'string' && /^https?:\/\/[^\s/]+/.test(otpCallbackUrl))) return [2019, "The parameter 'otpCallbackUrl' is not a valid URL"];
  return undefined;
}

/** SMS.cx's three checks of a whole-number field: a number (code), at least `min` (code + 1), at most `max` (code + 2). */
function range(value: unknown, name: string, code: number, min: number, max: number): [number, string] | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return [code, `The parameter '${name}' is not a number`];
  if (value < min) return [code + 1, `Min value for '${name}' is ${min}`];
  return value > max ? [code + 2, `Max value for '${name}' is ${max}`] : undefined;
}

function fail(status: number, code: number, type: string, message: string): Reply {
  return [status, { error: { type, code, message: `${message} ${PROVIDER_TEXT}`, uri: `https://sms.cx/docs/errors#${code}` } }];
}

function reply(res: ServerResponse, [status, body, headers]: Reply, extra: Record<string, string> = {}): void {
  const limits = status === 429 ? { 'X-Rate-Limit-Limit': '100', 'X-Rate-Limit-Remaining': '0' } : { 'X-Rate-Limit-Limit': '100', 'X-Rate-Limit-Remaining': '99' };
  res.writeHead(status, { 'Content-Type': 'application/json', 'X-Request-Id': randomUUID(), ...limits, ...headers, ...extra });
  res.end(JSON.stringify(body));
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
