import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts the few secrets a shared store must hold (a login's number and, for a minute, its
 * token) with AES-256-GCM, so a Redis dump or snapshot holds neither in the clear.
 */
export class Sealer {
  constructor(private readonly key: Uint8Array) {
    if (key.byteLength !== 32) throw new RangeError('The sealing key must be 32 bytes.');
  }

  /** `base64url(iv | ciphertext | tag)`; '' stays ''. */
  seal(text: string): string {
    if (text === '') return '';
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
  }

  /** The text of a sealed value; throws when it was not sealed with this key or was altered. */
  open(sealed: string): string {
    if (sealed === '') return '';
    const bytes = Buffer.from(sealed, 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new RangeError('Not a sealed value.');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}
