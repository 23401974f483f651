import type { AuthResult, PinType } from '../api/types.js';
import type { PinChallenge } from './phases.js';

/** Reads a `pin_type`, defaulting to numeric for anything unknown. */
export function toPinType(value: unknown): PinType {
  return value === 'alpha' || value === 'alphanumeric' ? value : 'numeric';
}

function seconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * The code step's facts from a server answer. Times become flow-clock instants counted from `now`
 * (the moment of the answer), so the server's and the browser's clocks never need to agree.
 */
export function readChallenge(result: AuthResult, now: number): PinChallenge {
  const length = Number.isInteger(result.pin_length) && result.pin_length! >= 4 && result.pin_length! <= 10 ? result.pin_length! : 6;
  const expiresIn = seconds(result.expires_in);
  const resendIn = seconds(result.resend_in);
  const attempts = seconds(result.attempts_left);
  return {
    uuid: result.uuid,
    length,
    type: toPinType(result.pin_type),
    ...(expiresIn === undefined ? {} : { expiresAt: now + expiresIn * 1000 }),
    ...(attempts === undefined ? {} : { attemptsLeft: Math.floor(attempts) }),
    ...(resendIn === undefined ? {} : { resendAt: now + resendIn * 1000 }),
  };
}
