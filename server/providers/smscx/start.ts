import { randomUUID } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ProtocolError, ProviderError, RateLimitedError } from '../../errors.js';
import { SMS_NOT_SENT } from '../../sms/gateway.js';
import type { LoginHandle } from '../../types.js';
import type { SmsCxRefusal, SmsCxUnknown } from './api.js';
import { NUMBER_REFUSED, refusalFields, secondsUntilReset, START_UNSURE, startRefusal, unknownFields } from './codes.js';
import { createdData, type CodeRequest } from './data.js';
import { SMSCX_PIN_TYPES, type SmsCxConfig, type SmsCxContext } from './options.js';

/**
 * Books a code for the number (429 during its cooldown or beyond its budget), then asks SMS.cx
 * to send one. SMS.cx refusing the number is a field error; our own setup at fault ends the login
 * Erred; no outcome (timeout, 5xx) is a 503 and never a second request: the code may be on its way.
 */
export async function startCode({ config, api }: SmsCxContext, login: LoginHandle): Promise<void> {
  const sentAt = config.now();
  const wait = await config.limits.claimCode(login.phoneKey, sentAt, login.client);
  if (wait > 0) {
    login.log.warn({ event: 'code_refused', wait_s: Math.ceil(wait / 1000) }, 'a new code for this number is held back');
    throw new RateLimitedError(wait / 1000);
  }
  const asked: CodeRequest = { trackId: randomUUID(), ttl: config.ttlSeconds, maxAttempts: config.maxAttempts, pinType: config.pinType, pinLength: config.pinLength };
  const answer = await api.createOtp(newOtpBody(config, login, asked));
  if (answer.kind === 'refused') throw await refused(config, login, answer);
  const data = answer.kind === 'ok' ? createdData(answer.data, asked, sentAt) : undefined;
  if (!data) {
    const unknown: SmsCxUnknown = answer.kind === 'unknown' ? answer : { kind: 'unknown', cause: 'unreadable', status: answer.status };
    throw await unsure(config, login, unknown, asked.trackId);
  }
  await login.setProviderData(data);
  await login.processing();
  login.log.info({ event: 'code_sent', track_id: asked.trackId }, 'SMS.cx sent a code');
}

/** The body of `POST /otp`: our text in the login's language, with SMS.cx's `{{pin}}` for the code. */
function newOtpBody(config: SmsCxConfig, login: LoginHandle, asked: CodeRequest): Record<string, unknown> {
  const { templates, webOtpHost, from } = config;
  const minutes = Math.max(1, Math.round(asked.ttl / 60));
  const text = templates.text({ code: '{{pin}}', minutes, ...(login.locale === undefined ? {} : { locale: login.locale }) });
  // Only a hint when the number is in E.164 (SMS.cx then ignores it), but it costs nothing.
  const country = parsePhoneNumberFromString(login.phone)?.country;
  return {
    phoneNumber: login.phone,
    ...(country ? { countryIso: country } : {}),
    ...(from === undefined ? {} : { from }),
    // WebOTP wants the origin-bound line last, on its own line, exactly as LocalOtpProvider writes it.
    template: webOtpHost ? `${text}\n\n@${webOtpHost} #{{pin}}` : text,
    ttl: asked.ttl,
    maxAttempts: asked.maxAttempts,
    pinType: SMSCX_PIN_TYPES[asked.pinType],
    pinLength: asked.pinLength,
    trackId: asked.trackId,
  };
}

/** The error that refuses a start SMS.cx refused, logged by code and type (never SMS.cx's text). */
async function refused(config: SmsCxConfig, login: LoginHandle, answer: SmsCxRefusal): Promise<Error> {
  const fields = refusalFields(answer);
  switch (startRefusal(answer)) {
    case 'number':
      login.log.warn({ event: 'number_refused', ...fields }, 'SMS.cx will not text this number');
      return new ProtocolError(400, { phone: [NUMBER_REFUSED] });
    case 'throttled': {
      // Our own cooldown stays booked, so the wait is whichever of the two is longer.
      const now = config.now();
      const ours = Math.ceil((await config.limits.waitMs(login.phoneKey, now)) / 1000);
      const seconds = Math.max(secondsUntilReset(answer, now), ours);
      login.log.warn({ event: 'provider_rate_limited', wait_s: seconds, ...fields }, 'SMS.cx asks us to slow down');
      return new RateLimitedError(seconds);
    }
    case 'account':
      login.log.error({ event: 'provider_account_error', ...fields }, 'SMS.cx refused our key or account');
      return new ProviderError(SMS_NOT_SENT);
    case 'config':
      login.log.error({ event: 'provider_config_error', ...fields }, 'SMS.cx refused our request: check the SMS.cx settings');
      return new ProviderError(SMS_NOT_SENT);
  }
}

/** The 503 of a start without an outcome: the cooldown stays booked, so the next try is the user's own. */
async function unsure(config: SmsCxConfig, login: LoginHandle, answer: SmsCxUnknown, trackId: string): Promise<ProtocolError> {
  const wait = await config.limits.waitMs(login.phoneKey, config.now());
  const seconds = Math.max(1, Math.ceil(wait / 1000));
  // The trackId lets an operator find in SMS.cx's dashboard whether this code went out.
  login.log.warn({ event: 'provider_unavailable', phase: 'start', track_id: trackId, ...unknownFields(answer) }, 'SMS.cx gave no outcome; the code may have been sent');
  return new ProtocolError(503, { detail: START_UNSURE }, { 'Retry-After': String(seconds) });
}
