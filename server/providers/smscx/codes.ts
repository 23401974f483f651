import type { SmsCxAnswer, SmsCxRefusal } from './api.js';

/** The field error of a number SMS.cx will not text: ours, since its own text may quote the number. */
export const NUMBER_REFUSED = 'SMS codes cannot be sent to this number. Check it, or use another number.';
/** The 503 detail when a start's outcome is unknown: a code that still arrives cannot be used. */
export const START_UNSURE = 'The SMS service did not answer in time. Please ask for a new code in a moment.';
/** The 503 detail when a check's outcome is unknown: the same code may simply be sent again. */
export const CHECK_UNSURE = 'The code could not be checked just now. Please try again.';
/** `error_message` of a login SMS.cx could not check (our key, account or request is at fault). */
export const CHECK_FAILED = 'The code could not be checked. Please try again later.';
/** `details` of a login whose code SMS.cx no longer has (cancelled, unknown, or verified by nobody we know). */
export const CODE_GONE_DETAILS = 'The code is no longer valid.';

/**
 * What a refused `POST /otp` means for the start:
 * - `number`: SMS.cx will not text this number (2001, 2003, 2020; 1207 and 1210 of its SMS API): a field error;
 * - `throttled`: SMS.cx's own rate limit (429): a 429 of ours;
 * - `account`: our key or our account (401, 403, `insufficient_credit`): Erred, for an operator;
 * - `config`: our request is wrong (2002, 2004–2019, 405 or anything undocumented): Erred, for an operator.
 */
export type StartRefusal = 'number' | 'throttled' | 'account' | 'config';

/** The error codes that say the number itself is at fault, not our request. */
const NUMBER_CODES: ReadonlySet<number> = new Set([2001, 2003, 2020, 1207, 1210]);

/** Sorts a refused `POST /otp`. */
export function startRefusal(answer: SmsCxRefusal): StartRefusal {
  if (answer.status === 429) return 'throttled';
  if (isAccountProblem(answer)) return 'account';
  return answer.code !== undefined && NUMBER_CODES.has(answer.code) ? 'number' : 'config';
}

/** Whether a refusal is about our key or our money rather than one request. */
export function isAccountProblem(answer: SmsCxRefusal): boolean {
  return answer.status === 401 || answer.status === 403 || answer.type === 'insufficient_credit';
}

/**
 * What an answer to `POST /otp/{otpId}` means:
 * - `verified` (200 VERIFIED), `wrong` (2029), `spent` (2027: this wrong code used the last
 *   attempt) and `failed` (2026: attempts were already used up);
 * - `expired` (2025, 2028) and `gone` (2021 not found, 2024 cancelled): the code no longer works;
 * - `verified_before` (2023): someone verified it already; `empty` (2022);
 * - `throttled` (429), `broken` (401, 403, credit, anything undocumented), `unknown` (no outcome).
 */
export type CheckVerdict =
  | 'verified'
  | 'wrong'
  | 'spent'
  | 'failed'
  | 'expired'
  | 'gone'
  | 'verified_before'
  | 'empty'
  | 'throttled'
  | 'broken'
  | 'unknown';

const VERIFY_CODES: Readonly<Record<number, CheckVerdict>> = {
  2021: 'gone',
  2022: 'empty',
  2023: 'verified_before',
  2024: 'gone',
  2025: 'expired',
  2026: 'failed',
  2027: 'spent',
  2028: 'expired',
  2029: 'wrong',
};

/** Sorts an answer to `POST /otp/{otpId}`. */
export function checkVerdict(answer: SmsCxAnswer): CheckVerdict {
  // A 2xx that does not say VERIFIED is no proof either way.
  if (answer.kind === 'ok') return answer.data.status === 'VERIFIED' ? 'verified' : 'unknown';
  if (answer.kind === 'unknown') return 'unknown';
  if (answer.status === 429) return 'throttled';
  if (isAccountProblem(answer)) return 'broken';
  return (answer.code !== undefined && VERIFY_CODES[answer.code]) || 'broken';
}

/** Whether SMS.cx judged the code as wrong, so the guess stays booked against the number. */
export function judgedWrong(verdict: CheckVerdict): boolean {
  return verdict === 'wrong' || verdict === 'spent';
}

/** Whole seconds until SMS.cx takes requests again (at least 1, at most a day), from `X-Rate-Limit-Reset`. */
export function secondsUntilReset(answer: SmsCxRefusal, now: number): number {
  // Without the header, a minute: long enough not to hammer a limit we cannot see.
  if (answer.resetAt === undefined) return 60;
  return Math.min(86_400, Math.max(1, Math.ceil(answer.resetAt - now / 1000)));
}

/** The log fields of a refusal: status, code and type, never the message or the number. */
export function refusalFields(answer: SmsCxRefusal): { status: number; error_code?: number; error_type: string } {
  // `error_code`, not `code`: the server's logger redacts any field named `code` (it could be a PIN).
  return { status: answer.status, error_type: answer.type, ...(answer.code === undefined ? {} : { error_code: answer.code }) };
}

/** The log fields of an answer without an outcome (a 2xx we could not read counts as one). */
export function unknownFields(answer: SmsCxAnswer): { cause: string; status?: number } {
  if (answer.kind !== 'unknown') return { cause: 'unreadable', status: answer.status };
  return { cause: answer.cause, ...(answer.status === undefined ? {} : { status: answer.status }) };
}
