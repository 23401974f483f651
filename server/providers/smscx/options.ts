import { createLogger, type Logger } from '../../log.js';
import { DEFAULT_SMS_TEMPLATES, SmsTemplates } from '../../sms/templates.js';
import type { PinType } from '../local-otp.js';
import { isWholePositive, NumberLimits, type NumberLimiter } from '../../limits/number-limits.js';
import { SMSCX_BASE_URL, type SmsCxApi } from './api.js';
import type { BackgroundCancels } from './cancels.js';

/** Settings of the SMS.cx provider. */
export interface SmsCxOptions {
  /** The API key of the SMS.cx application, sent as `X-API-KEY` (`SMSCX_API_KEY`). */
  apiKey: string;
  /** Where the API lives (default `https://api.sms.cx`; `SMSCX_URL`). */
  baseUrl?: string;
  /** Sender name or number, 3–15 characters (`SMSCX_FROM`); absent: the application's default sender. */
  from?: string;
  /** The SMS texts by language, with the site's name (default: the built-in texts signed "Example Service"). */
  templates?: SmsTemplates;
  /**
   * One text for every language instead of the built-in ones (`SMSCX_TEMPLATE`), with `{code}`
   * where the code goes (sent to SMS.cx as its placeholder `{{pin}}`), and optionally `{app}`
   * (the name of `templates`) and `{minutes}`.
   */
  template?: string;
  /** The site's host for the WebOTP line `@host #code` after the text (default: no such line). */
  webOtpHost?: string;
  /** Seconds a code lives, 60–1800 as SMS.cx allows (default 300). */
  ttlSeconds?: number;
  /** Wrong codes allowed per login, 1–10 as SMS.cx allows (default 3). */
  maxAttempts?: number;
  /** `numeric` (default), `alpha` (A–Z) or `alphanumeric`: SMS.cx's `numbers`, `letters`, `alphanumeric`. */
  pinType?: PinType;
  /** Characters in a code, 4–10 (default 6). */
  pinLength?: number;
  /** Where the per-number limits live (default: this process's memory, with the settings below). */
  limits?: NumberLimiter;
  /** Seconds before the same number may get another code (default 30); earlier starts get 429. */
  resendCooldownSeconds?: number;
  /** Codes one number may get per `numberWindowSeconds` (default 10). */
  maxCodesPerNumber?: number;
  /** Wrong codes one number may have typed per `numberWindowSeconds`, over all its logins (default 10). */
  maxWrongPerNumber?: number;
  /** The window of the per-number limits, in seconds (default 86400: a day). */
  numberWindowSeconds?: number;
  /** Milliseconds to wait for SMS.cx on each request (default 10000). */
  timeoutMs?: number;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** Where events outside a request go, like a failed cancel (default: pino, warnings and errors). */
  log?: Logger;
  /** Clock in epoch milliseconds (tests inject one). */
  now?: () => number;
}

/** The options with every default filled in and every bound checked (each field as SmsCxOptions documents it). */
export type SmsCxConfig = Readonly<
  Required<Pick<SmsCxOptions, 'apiKey' | 'baseUrl' | 'templates' | 'ttlSeconds' | 'maxAttempts' | 'pinType' | 'pinLength' | 'limits' | 'timeoutMs' | 'log' | 'now'>> &
    Pick<SmsCxOptions, 'from' | 'webOtpHost' | 'fetch'>
>;

/** What the start and the check share with the provider. */
export interface SmsCxContext {
  /** The checked options. */
  readonly config: SmsCxConfig;
  /** The client of SMS.cx. */
  readonly api: SmsCxApi;
  /** Cancels under way. */
  readonly cancels: BackgroundCancels;
}

/** Our code alphabets in SMS.cx's words. */
export const SMSCX_PIN_TYPES: Readonly<Record<PinType, string>> = { numeric: 'numbers', alpha: 'letters', alphanumeric: 'alphanumeric' };

/** Checks the options like LocalOtpProvider does (a RangeError naming the option) and fills in defaults. */
export function resolveOptions(options: SmsCxOptions): SmsCxConfig {
  // A control character would make every request fail at the header, not at start-up.
  if (typeof options.apiKey !== 'string' || !/^[\x21-\x7e]+$/.test(options.apiKey)) throw new RangeError('apiKey must be a non-empty key of printable characters');
  const ttlSeconds = within('ttlSeconds', options.ttlSeconds ?? 300, 60, 1800);
  const maxAttempts = within('maxAttempts', options.maxAttempts ?? 3, 1, 10);
  const pinLength = within('pinLength', options.pinLength ?? 6, 4, 10);
  const pinType = options.pinType ?? 'numeric';
  if (!Object.hasOwn(SMSCX_PIN_TYPES, pinType)) throw new RangeError('pinType must be numeric, alpha or alphanumeric');
  const from = options.from;
  if (from !== undefined && !/^.{3,15}$/u.test(from)) throw new RangeError('from must be 3 to 15 characters');
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!(timeoutMs > 0)) throw new RangeError('timeoutMs must be more than 0');
  const templates = options.templates ?? new SmsTemplates('Example Service');
  if (options.template !== undefined && !options.template.includes('{code}')) throw new RangeError('template must contain {code}');
  return {
    apiKey: options.apiKey,
    baseUrl: baseUrlOf(options.baseUrl ?? SMSCX_BASE_URL),
    ...(from === undefined ? {} : { from }),
    templates: options.template === undefined ? templates : everyLanguage(templates.appName, options.template),
    ...(options.webOtpHost ? { webOtpHost: options.webOtpHost } : {}),
    ttlSeconds,
    maxAttempts,
    pinType,
    pinLength,
    limits: options.limits ?? limitsOf(options),
    timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    log: options.log ?? createLogger({ level: 'warn' }),
    now: options.now ?? Date.now,
  };
}

/** The in-memory limits with LocalOtpProvider's defaults, so both providers hold a number to the same budget. */
function limitsOf(options: SmsCxOptions): NumberLimiter {
  return new NumberLimits({
    cooldownMs: (options.resendCooldownSeconds ?? 30) * 1000,
    maxCodes: options.maxCodesPerNumber ?? 10,
    maxWrong: options.maxWrongPerNumber ?? 10,
    windowMs: (options.numberWindowSeconds ?? 86_400) * 1000,
  });
}

/** The operator's one template for all 20 languages, so SmsTemplates still fills in the name and minutes. */
function everyLanguage(appName: string, template: string): SmsTemplates {
  return new SmsTemplates(appName, Object.fromEntries(Object.keys(DEFAULT_SMS_TEMPLATES).map((tag) => [tag, template])));
}

function within(name: string, value: number, min: number, max: number): number {
  if (!isWholePositive(value) || value < min || value > max) throw new RangeError(`${name} must be a whole number from ${min} to ${max}`);
  return value;
}

function baseUrlOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RangeError('baseUrl must be an absolute http(s) URL');
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash) throw new RangeError('baseUrl must be an http(s) URL without a query');
  // Paths are appended as `/otp…`, so a base with a path prefix (a proxy) keeps it.
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
