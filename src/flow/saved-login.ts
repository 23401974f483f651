import type { PinType } from '../api/types.js';
import type { PinChallenge } from './phases.js';

/** A login under way as the flow can hand it out and take it up again; instants on the flow's clock. */
export interface ResumableLogin {
  uuid: string;
  /** Which step it was on: waiting for the phone (Mobile ID) or for a typed code (SMS). */
  step: 'message' | 'pin';
  /** When the login started (flow clock ms), for the widget's time limit. */
  startedAt: number;
  /** The verification code the phone shows (Mobile ID; '' for SMS). */
  code: string;
  /** The server's state last seen. */
  state: 'Scheduled' | 'Processing';
  /** What the server said about the code to type (SMS). */
  pin?: PinChallenge;
}

/**
 * What a tab keeps of a login to redraw its step after a reload: never the number in clear, never
 * the token. Instants are milliseconds since 1970, as the flow's clock restarts with the page.
 */
export interface SavedLogin {
  /** The format, so an entry from another version is dropped rather than misread. */
  version: 1;
  uuid: string;
  step: 'message' | 'pin';
  startedAt: number;
  code: string;
  state: 'Scheduled' | 'Processing';
  pin?: { length: number; type: PinType; expiresAt?: number; resendAt?: number; attemptsLeft?: number };
  /** The number for display only, most digits hidden, e.g. "+372 •••• 4572". */
  maskedPhone: string;
}

/**
 * The saved form of `login`; `offset` turns flow-clock instants into ms since 1970
 * (epoch − flow now at the moment of saving).
 */
export function toSaved(login: ResumableLogin, offset: number, maskedPhone: string): SavedLogin {
  const { uuid, step, startedAt, code, state, pin } = login;
  // Only Mobile ID's code is kept: an SMS login's message is a server's free text, which may name the number.
  const saved: SavedLogin = { version: 1, uuid, step, startedAt: startedAt + offset, code: step === 'message' ? code : '', state, maskedPhone };
  if (pin) {
    const { length, type, expiresAt, resendAt, attemptsLeft } = pin;
    saved.pin = {
      length,
      type,
      ...(expiresAt === undefined ? {} : { expiresAt: expiresAt + offset }),
      ...(resendAt === undefined ? {} : { resendAt: resendAt + offset }),
      ...(attemptsLeft === undefined ? {} : { attemptsLeft }),
    };
  }
  return saved;
}

/**
 * The login to take up from `saved`, or undefined when it can no longer finish: the time limit
 * (`timeLimit` ms from its start) or the code's lifetime is over. `offset` is epoch − flow now.
 */
export function fromSaved(saved: SavedLogin, offset: number, now: number, timeLimit: number): ResumableLogin | undefined {
  const startedAt = saved.startedAt - offset;
  if (startedAt + timeLimit <= now) return undefined;
  const { uuid, step, code, state } = saved;
  if (step === 'message') return { uuid, step, startedAt, code, state };
  if (!saved.pin) return undefined;
  const { length, type, expiresAt, resendAt, attemptsLeft } = saved.pin;
  if (expiresAt !== undefined && expiresAt - offset <= now) return undefined;
  const pin: PinChallenge = {
    uuid,
    length,
    type,
    ...(expiresAt === undefined ? {} : { expiresAt: expiresAt - offset }),
    ...(attemptsLeft === undefined ? {} : { attemptsLeft }),
    ...(resendAt === undefined ? {} : { resendAt: resendAt - offset }),
  };
  return { uuid, step, startedAt, code, state, pin };
}

/** Reads a stored entry; anything malformed or of another version is undefined. */
export function parseSaved(text: string | null): SavedLogin | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== 1) return undefined;
  const { uuid, step, startedAt, code, state, pin, maskedPhone } = value;
  const fine =
    typeof uuid === 'string' &&
    uuid !== '' &&
    (step === 'message' || (step === 'pin' && isPin(pin))) &&
    Number.isFinite(startedAt) &&
    typeof code === 'string' &&
    (state === 'Scheduled' || state === 'Processing') &&
    typeof maskedPhone === 'string';
  return fine ? (value as unknown as SavedLogin) : undefined;
}

/** A formatted international number with all but its country code and last four digits hidden. */
export function maskPhone(formatted: string): string {
  const digits = formatted.replace(/\D/g, '');
  if (digits.length < 4) return '';
  const last = digits.slice(-4);
  // The country code is the first group of an international format ("+372 5123 4572").
  const country = /^\+\d{1,3}(?=\s)/.exec(formatted.trim())?.[0];
  return country && country.length - 1 < digits.length - 4 ? `${country} •••• ${last}` : `•••• ${last}`;
}

/**
 * Whether stored code-step facts are within what a server answer may give (readChallenge's rules):
 * a tampered entry must not reach the code field (a length of 1e9 would hang it, an unknown type
 * would throw on every keystroke).
 */
function isPin(pin: unknown): boolean {
  if (!isRecord(pin)) return false;
  const { length, type, expiresAt, resendAt, attemptsLeft } = pin;
  const optionalNumber = (value: unknown) => value === undefined || Number.isFinite(value);
  return (
    Number.isInteger(length) &&
    (length as number) >= 4 &&
    (length as number) <= 10 &&
    (type === 'numeric' || type === 'alpha' || type === 'alphanumeric') &&
    optionalNumber(expiresAt) &&
    optionalNumber(resendAt) &&
    (attemptsLeft === undefined || (Number.isInteger(attemptsLeft) && (attemptsLeft as number) >= 0))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
