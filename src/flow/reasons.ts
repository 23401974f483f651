import type { AuthResult, ServerReason } from '../api/types.js';
import type { FailureReason } from './phases.js';

const SERVER_REASONS: ReadonlySet<string> = new Set<ServerReason>([
  'not_registered',
  'user_cancel',
  'expired',
  'too_many_attempts',
  'timeout',
  'provider_error',
  'not_mobile_id_user',
  'phone_unreachable',
  'pin_blocked',
  'card_blocked',
  'no_certificate',
  'certificate_revoked',
  'invalid_signature',
]);

/** Waldur's exact text for a phone number with no user behind it. */
export const NOT_REGISTERED_DETAILS = 'User is not registered.';

/**
 * Names the cause of a `Canceled` or `Erred` result. Uses the `reason` extension when the server
 * sends a known one; plain Waldur does not, so fall back to what its `details` text tells.
 */
export function failureReason(result: AuthResult): FailureReason {
  if (result.reason && SERVER_REASONS.has(result.reason)) return result.reason as ServerReason;
  if (result.state === 'Erred') return 'server_error';
  const details = result.details ?? '';
  if (details === NOT_REGISTERED_DETAILS) return 'not_registered';
  // Valimo passes its SOAP fault text through; "User cancel." is the documented example.
  if (/cancel/i.test(details)) return 'user_cancel';
  if (/time ?out|timed out|expired/i.test(details)) return 'timeout';
  return 'canceled';
}
