import { createHash, timingSafeEqual } from 'node:crypto';
import type { AccessTokens } from './access-tokens.js';
import { readBody } from './body.js';
import { ProtocolError } from './errors.js';
import { errorWithoutText, type Logger } from './log.js';
import type { SignedTokens } from './tokens.js';
import type { LoginStore } from './types.js';
import { asObject, normalizePhone } from './validate.js';
import { verifyOnce } from './verify.js';
import { json } from './wire.js';

/** What the host's backend endpoints need. */
export interface HostApiOptions {
  /** The key the host's backend presents as `Authorization: Bearer`. */
  apiKey: string;
  /** Checks success tokens. */
  tokens: SignedTokens;
  /** Mints access tokens. */
  accessTokens: AccessTokens;
  /** Records single use, and the logins whose token is cleared once verified. */
  store: LoginStore;
  /** Keyed hash of a number. */
  phoneKey: (e164: string) => string;
  /** Largest body read. */
  maxBodyBytes: number;
  /** Clock in epoch milliseconds. */
  now: () => number;
  /** The audit log. */
  log: Logger;
}

/**
 * The endpoints for the host's own backend, never for browsers: `verify/` redeems a success token
 * once, `access-token/` mints a token for the widget. Both need the API key.
 */
export class HostApi {
  private readonly keyDigest: Buffer;

  constructor(private readonly options: HostApiOptions) {
    this.keyDigest = digest(options.apiKey);
  }

  /** `POST verify/` `{"token"}`: the token's claims once, then `{"valid": false, "reason": "used"}`. */
  async verify(request: Request): Promise<Response> {
    this.authorize(request);
    const body = asObject(await readBody(request, this.options.maxBodyBytes));
    const { store, now, log } = this.options;
    const result = await verifyOnce(this.options.tokens, store, body.token, now);
    log.info({ event: 'token_verify', valid: result.valid, ...(result.valid ? {} : { reason: result.reason }) }, 'token verified');
    // Once redeemed, result/ stops handing the token to whoever holds the uuid. Best effort: the
    // token is already marked used, and failing here would burn it for the host's retry.
    if (result.valid) {
      await store.update(result.uuid, (current) => (current.token === null ? undefined : { token: null })).catch((error: unknown) => {
        log.warn({ event: 'token_clear_failed', err: errorWithoutText(error) }, 'a redeemed token could not be cleared from its login');
      });
    }
    return json(200, result);
  }

  /** `POST access-token/` `{"phone"?, "ttl"?}`: `{"access_token", "expires_in"}`. */
  async accessToken(request: Request): Promise<Response> {
    this.authorize(request);
    const body = asObject(await readBody(request, this.options.maxBodyBytes));
    let phoneKey: string | undefined;
    if (body.phone !== undefined) {
      const phone = typeof body.phone === 'string' ? normalizePhone(body.phone) : undefined;
      if (!phone) throw new ProtocolError(400, { phone: ['Enter a valid phone number in international format, e.g. +3725123456.'] });
      phoneKey = this.options.phoneKey(phone);
    }
    let ttlSeconds: number | undefined;
    if (body.ttl !== undefined) {
      if (!Number.isInteger(body.ttl) || (body.ttl as number) < 1) throw new ProtocolError(400, { ttl: ['A whole number of seconds from 1.'] });
      ttlSeconds = body.ttl as number;
    }
    const { token, expiresIn } = this.options.accessTokens.issue({ ...(phoneKey ? { phoneKey } : {}), ...(ttlSeconds ? { ttlSeconds } : {}) });
    this.options.log.info({ event: 'access_token', bound: phoneKey !== undefined, expires_in: expiresIn }, 'access token minted');
    return json(200, { access_token: token, token_type: 'Bearer', expires_in: expiresIn });
  }

  /** Refuses a request without the API key (401, with `WWW-Authenticate`). */
  private authorize(request: Request): void {
    const given = bearer(request);
    // Both sides hashed first: equal lengths for timingSafeEqual, and no early exit on length.
    if (given === undefined || !timingSafeEqual(digest(given), this.keyDigest)) {
      this.options.log.warn({ event: 'api_key_refused' }, 'a host API call without a valid API key');
      throw new ProtocolError(401, { detail: 'Authentication credentials were not provided or are not valid.' }, { 'WWW-Authenticate': 'Bearer' });
    }
  }
}

/** The credential of an `Authorization: Bearer …` header, if any. */
export function bearer(request: Request): string | undefined {
  const match = /^Bearer[ ]+([^ ]+)[ ]*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1];
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
