import { randomBytes } from 'node:crypto';
import { CompactSigner } from './tokens.js';

/** What an access token allows, once checked. */
export interface AccessGrant {
  /** The keyed hash of the one number it may start a login for, if bound. */
  phoneKey?: string;
  /** Expires at (epoch seconds). */
  exp: number;
}

/** Settings of the access-token issuer. */
export interface AccessTokenOptions {
  /** Signing key (the server derives one from its secret), 32+ bytes. */
  key: Uint8Array;
  /** Default lifetime in seconds (default 600). */
  ttlSeconds?: number;
  /** Clock in epoch milliseconds. */
  now?: () => number;
}

/** Longest lifetime the host may ask for, in seconds. */
export const MAX_ACCESS_TOKEN_SECONDS = 3600;

/**
 * Short-lived tokens the host's backend mints for its page (OnlyAuth's access token): the widget
 * sends one as `Authorization: Bearer`, and a server that requires them starts logins only with
 * one, for the number it is bound to. They carry the number's keyed hash, never the number.
 */
export class AccessTokens {
  private readonly signer: CompactSigner;
  private readonly ttlSeconds: number;
  private readonly now: () => number;

  constructor(options: AccessTokenOptions) {
    this.signer = new CompactSigner(options.key);
    this.ttlSeconds = options.ttlSeconds ?? 600;
    this.now = options.now ?? Date.now;
  }

  /** Mints a token for `ttlSeconds` (capped), bound to a number's keyed hash when given. */
  issue(options: { phoneKey?: string; ttlSeconds?: number } = {}): { token: string; expiresIn: number } {
    const expiresIn = Math.min(options.ttlSeconds ?? this.ttlSeconds, MAX_ACCESS_TOKEN_SECONDS);
    const exp = Math.floor(this.now() / 1000) + expiresIn;
    const claims: Record<string, unknown> = { typ: 'access', exp, jti: randomBytes(12).toString('base64url') };
    if (options.phoneKey !== undefined) claims.pk = options.phoneKey;
    return { token: this.signer.sign(claims), expiresIn };
  }

  /** The grant of a genuine, unexpired access token, else undefined. */
  check(token: string): AccessGrant | undefined {
    const claims = this.signer.open(token);
    if (!claims || claims.typ !== 'access' || !Number.isInteger(claims.exp)) return undefined;
    const exp = claims.exp as number;
    if (exp <= Math.floor(this.now() / 1000)) return undefined;
    return typeof claims.pk === 'string' ? { phoneKey: claims.pk, exp } : { exp };
  }
}
