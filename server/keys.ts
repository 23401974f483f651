import { createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Fewest bytes a server secret may have. */
export const MIN_SECRET_BYTES = 32;

/** What each derived key is for; one secret, a separate key per use, so no use can forge another's. */
export type KeyPurpose = 'token' | 'access-token' | 'code' | 'phone' | 'store';

/**
 * The server's keys, all derived from one secret (HKDF-SHA256): token signing, access-token
 * signing, code hashing and number hashing. Instances that share the secret share every key.
 */
export class ServerKeys {
  private readonly secret: Buffer;
  private readonly keys = new Map<KeyPurpose, Buffer>();

  constructor(
    /** At least 32 bytes; default random per process (tokens and codes then die with it). */
    secret?: string | Uint8Array,
  ) {
    this.secret = toSecret(secret);
  }

  /** The 32-byte key for `purpose`. */
  key(purpose: KeyPurpose): Buffer {
    let key = this.keys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.secret, Buffer.alloc(0), `phone-login/${purpose}`, 32));
      this.keys.set(purpose, key);
    }
    return key;
  }

  /** A keyed hash of an E.164 number: how limits, logs and verify-only mode know the number. */
  phoneKey(e164: string): string {
    return createHmac('sha256', this.key('phone')).update(e164).digest('base64url');
  }

  /** A keyed hash of a client's address, for per-client limits (no address is kept in the store). */
  clientKey(address: string): string {
    // A prefix no E.164 number has, so a client's key can never equal a number's.
    return createHmac('sha256', this.key('phone')).update(`client ${address}`).digest('base64url').slice(0, 22);
  }
}

/** The secret as bytes, refusing short ones. */
export function toSecret(secret: string | Uint8Array | undefined): Buffer {
  if (secret === undefined) return randomBytes(MIN_SECRET_BYTES);
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (bytes.length < MIN_SECRET_BYTES) throw new RangeError(`The secret must be at least ${MIN_SECRET_BYTES} bytes.`);
  return bytes;
}
