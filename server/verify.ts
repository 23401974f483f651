import { MemoryStore } from './store.js';
import { createSignedTokens, tokenKey, type SignedTokens } from './tokens.js';
import type { LoginStore } from './types.js';

/** What `verify/` and `verifySuccessToken()` answer. */
export type VerifyResult =
  | {
      /** The token is genuine, unexpired and seen for the first time. */
      valid: true;
      /** Who logged in (the token's `sub`). */
      subject: string;
      /** The proven number; absent in verify-only mode. */
      phone?: string;
      /** The login's uuid. */
      uuid: string;
      /** Issued at (epoch seconds). */
      iat: number;
      /** Expires at (epoch seconds). */
      exp: number;
    }
  | {
      /** The token must not be trusted. */
      valid: false;
      /** `used`: verified before; `expired`: past its time; `invalid`: forged, damaged, or for another audience. */
      reason: 'used' | 'expired' | 'invalid';
    };

/** Where single use is recorded: any store's `claim` (memory for one process, Redis for many). */
export type TokenLedger = Pick<LoginStore, 'claim'>;

/**
 * Checks a success token and marks it used, in one step: a token is valid exactly once, even
 * when two calls race, as long as they share the ledger.
 */
export async function verifyOnce(tokens: SignedTokens, ledger: TokenLedger, token: unknown, now: () => number = Date.now): Promise<VerifyResult> {
  if (typeof token !== 'string') return { valid: false, reason: 'invalid' };
  const inspected = tokens.inspect(token);
  if ('problem' in inspected) return { valid: false, reason: inspected.problem };
  const { claims } = inspected;
  // Remembered a little past expiry: after that, `expired` answers the same question.
  const first = await ledger.claim(`used-token:${claims.jti}`, claims.exp * 1000 - now() + 60_000);
  if (!first) return { valid: false, reason: 'used' };
  const result: VerifyResult = { valid: true, subject: claims.sub, uuid: claims.uuid, iat: claims.iat, exp: claims.exp };
  if (claims.phone !== undefined) result.phone = claims.phone;
  return result;
}

/** Settings of `verifySuccessToken`. */
export interface VerifySuccessTokenOptions {
  /** The server's `PHONE_LOGIN_TOKEN_SECRET`. */
  secret: string | Uint8Array;
  /** The server's `PHONE_LOGIN_TOKEN_AUDIENCE`, when it sets one. */
  audience?: string;
  /** Where single use is recorded (default: this process's memory; pass the server's Redis store to share it). */
  ledger?: TokenLedger;
  /** Clock in epoch milliseconds. */
  now?: () => number;
}

let processLedger: MemoryStore | undefined;

/**
 * Verifies a success token in the host's own Node process, without HTTP: the same answer as
 * `POST {base}verify/`. Single use holds within the ledger given.
 */
export function verifySuccessToken(token: unknown, options: VerifySuccessTokenOptions): Promise<VerifyResult> {
  const now = options.now ?? Date.now;
  const tokens = createSignedTokens({ secret: tokenKey(options.secret), now, ...(options.audience === undefined ? {} : { audience: options.audience }) });
  const ledger = options.ledger ?? (processLedger ??= new MemoryStore());
  return verifyOnce(tokens, ledger, token, now);
}
