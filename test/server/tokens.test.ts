import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSignedTokens } from '../../server/tokens.js';

const SECRET = 'a-test-secret-that-is-at-least-32-bytes-long';
const SUBJECT = { uuid: 'ab'.repeat(16), subject: 'PNOEE-38001085718', phone: '+3725123456' };

/** Replaces one base64url character so the text stays well-formed. */
const flip = (text: string, index: number) => text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);

describe('the default token issuer', () => {
  it('issues a token that verifies to its claims, valid for 5 minutes by default', () => {
    let now = Date.UTC(2025, 0, 1);
    const tokens = createSignedTokens({ secret: SECRET, now: () => now });
    const token = tokens.issue(SUBJECT);
    assert.match(token, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const claims = tokens.verify(token);
    const { jti, ...rest } = claims!;
    assert.deepEqual(rest, { sub: SUBJECT.subject, phone: SUBJECT.phone, uuid: SUBJECT.uuid, iat: now / 1000, exp: now / 1000 + 300 });
    assert.match(jti, /^[A-Za-z0-9_-]{22}$/, 'each token has its own id');
    now += 299_000;
    assert.ok(tokens.verify(token), 'still valid just before expiry');
  });

  it('rejects an expired token', () => {
    let now = Date.UTC(2025, 0, 1);
    const tokens = createSignedTokens({ secret: SECRET, ttlSeconds: 60, now: () => now });
    const token = tokens.issue(SUBJECT);
    now += 60_000;
    assert.equal(tokens.verify(token), null);
  });

  it('rejects a tampered payload or signature', () => {
    const tokens = createSignedTokens({ secret: SECRET });
    const token = tokens.issue(SUBJECT);
    const [payload, signature] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '+10000000000' })).toString('base64url');
    assert.equal(tokens.verify(`${forged}.${signature}`), null);
    assert.equal(tokens.verify(`${flip(payload, 3)}.${signature}`), null);
    assert.equal(tokens.verify(`${payload}.${flip(signature, 5)}`), null);
    assert.equal(tokens.verify(`${payload}.${signature.slice(0, -2)}`), null);
  });

  it('rejects a token from another secret, and garbage', () => {
    const token = createSignedTokens({ secret: SECRET }).issue(SUBJECT);
    assert.equal(createSignedTokens({ secret: `${SECRET}-other` }).verify(token), null);
    assert.equal(createSignedTokens().verify(token), null, 'a random per-process secret is not the same secret');
    const tokens = createSignedTokens({ secret: SECRET });
    for (const junk of ['', '.', 'abc', 'a.b.c', `${token}.x`, `${token}!`]) assert.equal(tokens.verify(junk), null, junk);
  });

  it('binds tokens to an audience when one is configured', () => {
    const shop = createSignedTokens({ secret: SECRET, audience: 'shop' });
    const other = createSignedTokens({ secret: SECRET, audience: 'other' });
    const token = shop.issue(SUBJECT);
    assert.equal(shop.verify(token)?.aud, 'shop');
    assert.equal(other.verify(token), null);
  });

  it('refuses a secret shorter than 32 bytes', () => {
    assert.throws(() => createSignedTokens({ secret: 'short' }), RangeError);
  });
});
