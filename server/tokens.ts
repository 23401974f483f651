import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenIssuer, TokenSubject } from './types.js';

/** What a default token says, once verified. Times are epoch seconds. */
export interface TokenClaims {
  /** The proven phone number. */
  sub: string;
  /** The login's uuid. */
  uuid: string;
  /** Issued at. */
  iat: number;
  /** Expires at. */
  exp: number;
  /** Audience (the host's name for itself), when configured. */
  aud?: string;
}

/** Settings of the default token issuer. */
export interface SignedTokenOptions {
  /** HMAC key, at least 32 bytes; default: random per process (tokens then die with the process). */
  secret?: string | Uint8Array;
  /** Lifetime in seconds (default 300). */
  ttlSeconds?: number;
  /** Audience written into tokens and required by `verify`. */
  audience?: string;
  /** Clock in epoch milliseconds (tests inject one). */
  now?: () => number;
}

/** The default issuer: `base64url(JSON claims) + "." + base64url(HMAC-SHA256)`, verifiable by the host's server. */
export interface SignedTokens extends TokenIssuer {
  /** Signs a short-lived token for a login that just succeeded. */
  issue(subject: TokenSubject): string;
  /** The claims of a genuine, unexpired token for this audience, else null. */
  verify(token: string): TokenClaims | null;
}

const MIN_SECRET_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Creates the default token issuer and verifier. Keep the secret server-side; the widget never needs it. */
export function createSignedTokens(options: SignedTokenOptions = {}): SignedTokens {
  const key = toKey(options.secret);
  const ttl = options.ttlSeconds ?? 300;
  const now = options.now ?? Date.now;
  const audience = options.audience;
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest();

  return {
    issue({ uuid, phone }: TokenSubject): string {
      const iat = Math.floor(now() / 1000);
      const claims: TokenClaims = { sub: phone, uuid, iat, exp: iat + ttl };
      if (audience !== undefined) claims.aud = audience;
      const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${payload}.${sign(payload).toString('base64url')}`;
    },

    verify(token: string): TokenClaims | null {
      if (typeof token !== 'string' || token.length > 4096) return null;
      const [payload, signature, extra] = token.split('.');
      if (extra !== undefined || !payload || !signature || !BASE64URL.test(payload) || !BASE64URL.test(signature)) {
        return null;
      }
      const given = Buffer.from(signature, 'base64url');
      const expected = sign(payload);
      // Lengths are public (always 32 bytes); the comparison itself must not leak how many bytes match.
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      const claims = parseClaims(Buffer.from(payload, 'base64url').toString('utf8'));
      if (!claims || claims.exp <= Math.floor(now() / 1000)) return null;
      if (audience !== undefined && claims.aud !== audience) return null;
      return claims;
    },
  };
}

function toKey(secret: string | Uint8Array | undefined): Buffer {
  if (secret === undefined) return randomBytes(MIN_SECRET_BYTES);
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (key.length < MIN_SECRET_BYTES) throw new RangeError(`The token secret must be at least ${MIN_SECRET_BYTES} bytes.`);
  return key;
}

function parseClaims(json: string): TokenClaims | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  const ok =
    typeof c.sub === 'string' &&
    typeof c.uuid === 'string' &&
    Number.isInteger(c.iat) &&
    Number.isInteger(c.exp) &&
    (c.aud === undefined || typeof c.aud === 'string');
  return ok ? (c as unknown as TokenClaims) : null;
}
