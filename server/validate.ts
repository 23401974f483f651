import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ProtocolError } from './errors.js';
import type { StartRequest } from './types.js';

/** The message of our one check beyond Waldur's: the phone must be in E.164 form. */
export const E164_MESSAGE = 'Enter a valid phone number in international format, e.g. +3725123456.';

const E164 = /^\+[1-9]\d{6,14}$/;
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const UUID_HEX = /^[0-9a-f]{32}$/;

const phoneError = (message: string) => new ProtocolError(400, { phone: [message] });

/** Validates a start body with DRF's messages for a `CharField(max_length=30)`, then E.164; throws a 400. */
export function validateStart(body: unknown): StartRequest {
  const data = asObject(body);
  if (!Object.hasOwn(data, 'phone')) throw phoneError('This field is required.');
  const raw = data.phone;
  if (raw === null) throw phoneError('This field may not be null.');
  // DRF's CharField turns numbers into strings and refuses everything else that is not a string.
  if (typeof raw !== 'string' && typeof raw !== 'number') throw phoneError('Not a valid string.');
  const phone = String(raw).trim();
  if (phone === '') throw phoneError('This field may not be blank.');
  // Python counts code points, not UTF-16 units.
  if ([...phone].length > 30) throw phoneError('Ensure this field has no more than 30 characters.');
  // Waldur checks no format. We send real SMS and Mobile ID requests, so junk must never reach a
  // provider (cost, abuse, upstream errors): E.164 only, like the widget sends, and a number that
  // exists in its country's plan, in one canonical form, so one number never has two budgets.
  const normalized = normalizePhone(phone);
  if (normalized === undefined) throw phoneError(E164_MESSAGE);
  const locale = typeof data.locale === 'string' && data.locale.length <= 35 && LOCALE.test(data.locale) ? data.locale : undefined;
  return locale === undefined ? { phone: normalized } : { phone: normalized, locale };
}

/**
 * The canonical E.164 form of a number written in international form (`+44 07700 900123` and
 * `+447700900123` are one number), or undefined when it is not a valid number of its country
 * (libphonenumber-js with its full metadata).
 */
export function normalizePhone(text: string): string | undefined {
  if (!text.startsWith('+') || text.length > 40) return undefined;
  const parsed = parsePhoneNumberFromString(text);
  if (!parsed?.isValid() || !E164.test(parsed.number)) return undefined;
  return parsed.number;
}

/** The body as a field map, or DRF's `non_field_errors` 400 for anything that is not an object. */
export function asObject(body: unknown): Readonly<Record<string, unknown>> {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  if (body === null) throw new ProtocolError(400, { non_field_errors: ['No data provided'] });
  throw new ProtocolError(400, {
    non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonType(body)}.`],
  });
}

/**
 * A uuid in Waldur's form (32 lowercase hex), accepting what Python's `uuid.UUID` accepts (hyphens,
 * braces, `urn:uuid:`, any case); undefined for anything else, which the caller answers with 404.
 */
export function parseUuid(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const hex = value.toLowerCase().replace('urn:', '').replace('uuid:', '').replace(/^\{+|\}+$/g, '').replaceAll('-', '');
  return UUID_HEX.test(hex) ? hex : undefined;
}

/** Seconds to hold a long poll: a JSON number clamped to 0..maxWait; anything else means no wait. */
export function parseWait(value: unknown, maxWait: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(Math.max(value, 0), maxWait);
}

function pythonType(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return typeof value;
}
