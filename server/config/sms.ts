import { readFileSync } from 'node:fs';
import type { PinType } from '../providers/local-otp.js';
import { HttpSmsSender } from '../sms/http.js';
import type { SmsSender } from '../sms/sender.js';
import { SmsTemplates } from '../sms/templates.js';
import { TwilioSender } from '../sms/twilio.js';
import { ConfigError, integer, oneOf, readableFile, requiredSecret, requiredText, secret, text, url, type Env } from './env.js';

/** The code settings shared by our own codes and SMS.cx's. */
export interface CodeSettings {
  /** Characters in a code. */
  length: number;
  /** What the characters are. */
  type: PinType;
  /** Seconds a code lives. */
  ttlSeconds: number;
  /** Wrong codes per login. */
  maxAttempts: number;
  /** Seconds between codes to one number. */
  resendCooldownSeconds: number;
  /** Codes per number per window. */
  maxCodesPerNumber: number;
  /** Codes per number and client per window. */
  maxCodesPerClient: number;
  /** Wrong codes per number per window. */
  maxWrongPerNumber: number;
  /** Wrong codes per number and client per window. */
  maxWrongPerClient: number;
  /** The window, in seconds. */
  numberWindowSeconds: number;
  /** The site's host for the WebOTP line. */
  webOtpHost?: string;
}

/** Reads PHONE_LOGIN_PIN_* and the per-number limits. */
export function readCodeSettings(env: Env): CodeSettings {
  const settings: CodeSettings = {
    length: integer(env, 'PHONE_LOGIN_PIN_LENGTH', { min: 4, max: 10 }, 6),
    type: oneOf(env, 'PHONE_LOGIN_PIN_TYPE', ['numeric', 'alpha', 'alphanumeric'] as const, 'numeric')!,
    ttlSeconds: integer(env, 'PHONE_LOGIN_PIN_TTL', { min: 60, max: 1800 }, 300),
    maxAttempts: integer(env, 'PHONE_LOGIN_PIN_ATTEMPTS', { min: 1, max: 10 }, 3),
    resendCooldownSeconds: integer(env, 'PHONE_LOGIN_RESEND_COOLDOWN', { min: 0, max: 3600 }, 30),
    maxCodesPerNumber: integer(env, 'PHONE_LOGIN_CODES_PER_NUMBER', { min: 1, max: 1000 }, 10),
    maxCodesPerClient: integer(env, 'PHONE_LOGIN_CODES_PER_CLIENT', { min: 1, max: 1000 }, 3),
    maxWrongPerNumber: integer(env, 'PHONE_LOGIN_WRONG_PER_NUMBER', { min: 1, max: 1000 }, 20),
    maxWrongPerClient: integer(env, 'PHONE_LOGIN_WRONG_PER_CLIENT', { min: 1, max: 1000 }, 5),
    numberWindowSeconds: integer(env, 'PHONE_LOGIN_NUMBER_WINDOW', { min: 60, max: 30 * 86_400 }, 86_400),
  };
  const host = text(env, 'PHONE_LOGIN_WEBOTP_HOST');
  if (host !== undefined) {
    if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host)) throw new ConfigError('PHONE_LOGIN_WEBOTP_HOST', 'must be a host name like shop.example (no scheme, no path)');
    settings.webOtpHost = host;
  }
  return settings;
}

/** The SMS texts: PHONE_LOGIN_APP_NAME (required for real SMS) and PHONE_LOGIN_SMS_TEMPLATES. */
export function readSmsTemplates(env: Env, appNameRequired: boolean): SmsTemplates {
  const appName = appNameRequired ? requiredText(env, 'PHONE_LOGIN_APP_NAME', 'is required: the site name that opens every SMS') : (text(env, 'PHONE_LOGIN_APP_NAME') ?? 'Demo');
  if (appName.length > 30) throw new ConfigError('PHONE_LOGIN_APP_NAME', 'must be at most 30 characters, so the text fits one SMS');
  const path = readableFile(env, 'PHONE_LOGIN_SMS_TEMPLATES');
  let overrides: Record<string, string> = {};
  if (path !== undefined) {
    try {
      overrides = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    } catch {
      throw new ConfigError('PHONE_LOGIN_SMS_TEMPLATES', `must name a file of valid JSON; ${path} is not`);
    }
  }
  try {
    return new SmsTemplates(appName, overrides);
  } catch (error) {
    throw new ConfigError('PHONE_LOGIN_SMS_TEMPLATES', `has a text that cannot be used: ${(error as Error).message}`);
  }
}

/** The gateway PHONE_LOGIN_SMS names, configured from the environment. */
export function readSmsSender(env: Env): SmsSender {
  const kind = oneOf(env, 'PHONE_LOGIN_SMS', ['twilio', 'http'] as const);
  if (kind === undefined) throw new ConfigError('PHONE_LOGIN_SMS', 'is required with PHONE_LOGIN_CHALLENGE=sms: twilio or http');
  if (kind === 'twilio') {
    const apiKeySid = text(env, 'TWILIO_API_KEY_SID');
    const baseUrl = url(env, 'TWILIO_BASE_URL');
    return new TwilioSender({
      accountSid: requiredText(env, 'TWILIO_ACCOUNT_SID'),
      authToken: requiredSecret(env, 'TWILIO_AUTH_TOKEN'),
      from: requiredText(env, 'SMS_FROM', 'is required: the number or name texts come from'),
      ...(apiKeySid ? { apiKeySid } : {}),
      ...(baseUrl ? { baseUrl: baseUrl.href } : {}),
    });
  }
  const target = url(env, 'SMS_HTTP_URL');
  if (!target) throw new ConfigError('SMS_HTTP_URL', 'is required with PHONE_LOGIN_SMS=http');
  const bearer = secret(env, 'SMS_HTTP_BEARER');
  const user = text(env, 'SMS_HTTP_USER');
  if (bearer && user) throw new ConfigError('SMS_HTTP_USER', 'must not be set together with SMS_HTTP_BEARER: use one');
  const from = text(env, 'SMS_FROM');
  return new HttpSmsSender({
    url: target.href,
    ...(from ? { from } : {}),
    ...(bearer ? { bearer } : {}),
    ...(user ? { basic: { user, password: requiredSecret(env, 'SMS_HTTP_PASSWORD', 'is required with SMS_HTTP_USER') } } : {}),
  });
}
