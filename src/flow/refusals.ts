import type { ProtocolError } from '../api/errors.js';
import type { FailureReason, StartProblem } from './phases.js';

// The `code`s of error bodies are extensions: plain Waldur sends none, and each answer then means what it always did.

/** A 401 means the method is disabled (Waldur), unless the server says the page's access token is no longer good. */
export function unauthorizedReason(e: ProtocolError): FailureReason {
  return e.hasCode('access_token_invalid') ? 'access_denied' : 'method_disabled';
}

/** The phone form's problem for a start refused with a code the widget words itself, if it was. */
export function refusal(e: ProtocolError): StartProblem | undefined {
  if (e.kind === 'invalid' && e.hasCode('country_not_allowed')) return { kind: 'refused', why: 'country-not-allowed' };
  if (e.hasCode('access_token_phone_mismatch')) return { kind: 'refused', why: 'phone-mismatch' };
  return undefined;
}

/** Marks a 429 whose cause is the server's spent SMS budget, not the user's own attempts. */
export function smsBudget(e: ProtocolError): { smsBudget?: true } {
  return e.hasCode('sms_budget') ? { smsBudget: true } : {};
}
