import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ServerKeys, toSecret } from './keys.js';
import type { TokenIssuer, TokenSubject } from './types.js';

/** What a success token says, once verified. Times are epoch seconds. */
export interface TokenClaims {
  /** Who logged in: the host's user id, the Mobile ID identity, or the number (or its keyed hash in verify-only mode). */
  sub: string;
  /** The login's uuid. */
  uuid: string;
  /** The proven number in E.164; absent in verify-only mode. */
  phone?: string;
  /** Issued at. */
  iat: number;
  /** Expires at. */
  exp: number;
  /** Audience (the host's name for itself), when configured. */
  aud?: string;
  /** This token's own id, which makes its single use checkable. */
  jti: string;
}

/** Settings of the default token issuer. */
export interface SignedTokenOptions {
  /** HMAC key, at least 32 bytes; default: random per process (tokens then die with it). */
  secret?: string | Uint8Array;
  /** Lifetime in seconds (default 300). */
  ttlSeconds?: number;
  /** Audience written into tokens and required by `verify`. */
  audience?: string;
  /** Clock in epoch milliseconds (tests inject one). */
  now?: () => number;
}

/** Why a token is not accepted. */
export type TokenProblem = 'invalid' | 'expired';

/** The default issuer: `base64url(JSON claims) + "." + base64url(HMAC-SHA256)`, verifiable by the host's server. */
export interface SignedTokens extends TokenIssuer {
  /** Signs a short-lived token for a login that just succeeded. */
  issue(subject: TokenSubject): string;
  /** The claims of a genuine, unexpired token for this audience, else null. */
  verify(token: string): TokenClaims | null;
  /** Like `verify`, but says why a token is refused. */
  inspect(token: string): { claims: TokenClaims } | { problem: TokenProblem };
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Longest token text looked at; anything longer is not ours. */
const MAX_TOKEN_LENGTH = 4096;

/**
 * Signs and checks compact `payload.signature` texts with HMAC-SHA256. Success tokens and access
 * tokens use it with different keys, so neither can stand in for the other.
 */
export class CompactSigner {
  private readonly key: Buffer;

  constructor(key: string | Uint8Array) {
    this.key = toSecret(key);
  }

  /** `base64url(JSON value).base64url(HMAC)`. */
  sign(value: object): string {
    const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${payload}.${this.mac(payload).toString('base64url')}`;
  }

  /** The parsed payload of a genuine text, else undefined. Never throws. */
  open(text: unknown): Record<string, unknown> | undefined {
    if (typeof text !== 'string' || text.length > MAX_TOKEN_LENGTH) return undefined;
    const [payload, signature, extra] = text.split('.');
    if (extra !== undefined || !payload || !signature || !BASE64URL.test(payload) || !BASE64URL.test(signature)) return undefined;
    const given = Buffer.from(signature, 'base64url');
    const expected = this.mac(payload);
    // Lengths are public (always 32 bytes); the comparison itself must not leak how many bytes match.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest();
  }
}

/** Creates the default token issuer and verifier. Keep the secret server-side; the widget never needs it. */
export function createSignedTokens(options: SignedTokenOptions = {}): SignedTokens {
  const signer = new CompactSigner(options.secret ?? randomBytes(32));
  const ttl = options.ttlSeconds ?? 300;
  const now = options.now ?? Date.now;
  const audience = options.audience;

  const inspect = (token: string): { claims: TokenClaims } | { problem: TokenProblem } => {
    const claims = asClaims(signer.open(token));
    if (!claims || (audience !== undefined && claims.aud !== audience)) return { problem: 'invalid' };
    if (claims.exp <= Math.floor(now() / 1000)) return { problem: 'expired' };
    return { claims };
  };

  return {
    issue({ uuid, subject, phone }: TokenSubject): string {
      const iat = Math.floor(now() / 1000);
      const claims: TokenClaims = { sub: subject, uuid, iat, exp: iat + ttl, jti: randomBytes(16).toString('base64url') };
      if (phone !== undefined) claims.phone = phone;
      if (audience !== undefined) claims.aud = audience;
      return signer.sign(claims);
    },
    inspect,
    verify(token: string): TokenClaims | null {
      const result = inspect(token);
      return 'claims' in result ? result.claims : null;
    },
  };
}

/** The token key of a server secret, as the server derives it: what a host passes to verify tokens in its own process. */
export function tokenKey(serverSecret: string | Uint8Array): Buffer {
  return new ServerKeys(serverSecret).key('token');
}

function asClaims(value: Record<string, unknown> | undefined): TokenClaims | null {
  if (!value) return null;
  const ok =
    typeof value.sub === 'string' &&
    typeof value.uuid === 'string' &&
    typeof value.jti === 'string' &&
    Number.isInteger(value.iat) &&
    Number.isInteger(value.exp) &&
    (value.phone === undefined || typeof value.phone === 'string') &&
    (value.aud === undefined || typeof value.aud === 'string') &&
    value.typ === undefined;
  return ok ? (value as unknown as TokenClaims) : null;
}
