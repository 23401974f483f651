import { TIMEOUT_DETAILS, USER_CANCEL_DETAILS } from '../mobile-id-simulator.js';

/** The reasons a Mobile ID login through an MSSP can be Canceled with (words for each are in the widget). */
export type ValimoReason =
  | 'user_cancel'
  | 'timeout'
  | 'phone_unreachable'
  | 'not_mobile_id_user'
  | 'pin_blocked'
  | 'card_blocked'
  | 'no_certificate'
  | 'certificate_revoked'
  | 'invalid_signature';

/** The ETSI TS 102 204 names of the status codes, for logs. */
export const STATUS_NAMES: Readonly<Record<number, string>> = {
  100: 'REQUEST_OK',
  101: 'WRONG_PARAM',
  102: 'MISSING_PARAM',
  103: 'WRONG_DATA_LENGTH',
  104: 'UNAUTHORIZED_ACCESS',
  105: 'UNKNOWN_CLIENT',
  107: 'INAPPROPRIATE_DATA',
  108: 'INCOMPATIBLE_INTERFACE',
  109: 'UNSUPPORTED_PROFILE',
  208: 'EXPIRED_TRANSACTION',
  209: 'OTA_ERROR',
  401: 'USER_CANCEL',
  402: 'PIN_NR_BLOCKED',
  403: 'CARD_BLOCKED',
  404: 'NO_KEY_FOUND',
  422: 'NO_CERT_FOUND',
  500: 'SIGNATURE',
  501: 'REVOKED_CERTIFICATE',
  502: 'VALID_SIGNATURE',
  503: 'INVALID_SIGNATURE',
  504: 'OUTSTANDING_TRANSACTION',
  900: 'INTERNAL_ERROR',
};

/** Codes that end the login Canceled, each with its reason. */
export const CANCEL_REASONS: Readonly<Record<number, ValimoReason>> = {
  105: 'not_mobile_id_user',
  208: 'timeout',
  209: 'phone_unreachable',
  401: 'user_cancel',
  402: 'pin_blocked',
  403: 'card_blocked',
  404: 'no_certificate',
  422: 'no_certificate',
  501: 'certificate_revoked',
  503: 'invalid_signature',
};

/**
 * Our own short English `details` per reason, for Waldur-style clients that show `details`. Never
 * the MSSP's text: that comes from outside and may say anything.
 */
export const CANCEL_DETAILS: Readonly<Record<ValimoReason, string>> = {
  user_cancel: USER_CANCEL_DETAILS,
  timeout: TIMEOUT_DETAILS,
  phone_unreachable: 'The phone could not be reached.',
  not_mobile_id_user: 'This number has no Mobile ID.',
  pin_blocked: 'The Mobile ID PIN is blocked.',
  card_blocked: 'The Mobile ID SIM card is blocked.',
  no_certificate: 'The SIM card has no Mobile ID certificate.',
  certificate_revoked: 'The Mobile ID certificate is revoked.',
  invalid_signature: 'The signature is not valid.',
};

/**
 * Our request or our settings are wrong (or, for 500, the signature profile does not make the
 * MSSP validate signatures): an operator must act, the user can do nothing.
 */
const MISCONFIGURED = new Set([101, 102, 103, 104, 107, 108, 109, 500]);

/** What a status code means for a login. */
export type Verdict =
  | { kind: 'accepted' }
  | { kind: 'outstanding' }
  | { kind: 'signed' }
  | { kind: 'canceled'; reason: ValimoReason }
  | { kind: 'misconfigured' }
  | { kind: 'mssp_failure' }
  | { kind: 'unknown' };

/** The meaning of an ETSI status code, whether it came as a `StatusCode` or in a fault's `Subcode`. */
export function verdictOf(code: number): Verdict {
  if (code === 100) return { kind: 'accepted' };
  if (code === 504) return { kind: 'outstanding' };
  if (code === 502) return { kind: 'signed' };
  if (code === 900) return { kind: 'mssp_failure' };
  const reason = CANCEL_REASONS[code];
  if (reason) return { kind: 'canceled', reason };
  return MISCONFIGURED.has(code) ? { kind: 'misconfigured' } : { kind: 'unknown' };
}

/** A code with its name for a log line, e.g. `104 UNAUTHORIZED_ACCESS`. */
export function statusName(code: number): string {
  return STATUS_NAMES[code] ?? 'UNKNOWN';
}
