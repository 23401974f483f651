import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ServerKeys } from '../../server/keys.js';
import { MemoryStore } from '../../server/store.js';
import { verifySuccessToken } from '../../server/verify.js';
import { PHONE, setup } from './helpers.js';

const API_KEY = 'the-host-backends-api-key-0123456789';
const SECRET = 'a-server-secret-of-at-least-thirty-two-bytes';
const HOST = { Authorization: `Bearer ${API_KEY}` };

/** A handler whose tokens come from the server secret (as the bin builds it), on a settable clock. */
function hostSetup(options: Parameters<typeof setup>[0] = {}) {
  let time = Date.UTC(2026, 11, 1, 12);
  const keys = new ServerKeys(SECRET);
  const context = setup({ keys, apiKey: API_KEY, now: () => time, tokens: undefined, ...options });
  /** Logs in through the simulated phone; returns the OK answer. */
  const login = async (phone = PHONE) => {
    const started = await context.start(phone);
    await context.ringing(started.uuid);
    await context.simulator.approve(started.uuid);
    return context.result(started.uuid);
  };
  const verify = async (token: unknown, headers: Record<string, string> = HOST) => {
    const response = await context.post('verify/', { token }, headers);
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
  };
  const advance = (seconds: number) => (time += seconds * 1000);
  return { ...context, keys, login, verify, advance, now: () => time };
}

describe("verify/: the host's backend redeems a token once", () => {
  it('answers the claims once, then "used"', async () => {
    const { login, verify, now } = hostSetup();
    const ok = await login();
    const first = await verify(ok.token);
    assert.equal(first.status, 200);
    const iat = Math.floor(now() / 1000);
    assert.deepEqual(first.body, { valid: true, subject: PHONE, phone: PHONE, uuid: ok.uuid, iat, exp: iat + 300 });
    assert.deepEqual((await verify(ok.token)).body, { valid: false, reason: 'used' });
  });

  it('is valid exactly once when twenty calls race', async () => {
    const { login, verify } = hostSetup();
    const ok = await login();
    const answers = await Promise.all(Array.from({ length: 20 }, () => verify(ok.token)));
    assert.equal(answers.filter((a) => a.body.valid === true).length, 1);
    assert.ok(answers.every((a) => a.body.valid === true || a.body.reason === 'used'));
  });

  it('says "expired" after the token\'s time and "invalid" for anything forged or for another audience', async () => {
    const { login, verify, advance } = hostSetup();
    const ok = await login();
    const [payload, signature] = ok.token!.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '+10000000000' })).toString('base64url');
    for (const token of [`${forged}.${signature}`, 'not-a-token', '', 42, null]) assert.deepEqual((await verify(token)).body, { valid: false, reason: 'invalid' }, String(token));
    const otherServer = hostSetup({ keys: new ServerKeys('another-server-secret-of-32-bytes-or-more') });
    const foreign = await otherServer.login();
    assert.deepEqual((await verify(foreign.token)).body, { valid: false, reason: 'invalid' }, 'signed under another secret');
    advance(300);
    assert.deepEqual((await verify(ok.token)).body, { valid: false, reason: 'expired' });
  });

  it('checks the audience when one is set', async () => {
    const shop = hostSetup({ tokenAudience: 'shop.example' });
    const ok = await shop.login();
    const claims = JSON.parse(Buffer.from(ok.token!.split('.')[0]!, 'base64url').toString());
    assert.equal(claims.aud, 'shop.example');
    assert.equal((await shop.verify(ok.token)).body.valid, true);
  });

  it('answers 401 without the API key, or with a wrong one, and never to a browser', async () => {
    const { login, verify, handler } = hostSetup({ allowedOrigins: ['https://shop.example'] });
    const ok = await login();
    const attempts: Record<string, string>[] = [{}, { Authorization: 'Bearer wrong' }, { Authorization: API_KEY }, { Authorization: `Basic ${API_KEY}` }];
    for (const headers of attempts) {
      const refused = await verify(ok.token, headers);
      assert.equal(refused.status, 401);
      assert.equal(refused.headers.get('WWW-Authenticate'), 'Bearer');
    }
    assert.equal((await verify(ok.token)).body.valid, true, 'refused calls did not use the token up');
    const preflight = await handler.handle(
      new Request('http://api.test/api/auth-valimo/verify/', { method: 'OPTIONS', headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST' } }),
    );
    assert.equal(preflight.status, 403, 'no page may call it, whatever the allowed origins');
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), null);
  });

  it('is not mounted without an API key', async () => {
    const { post } = setup();
    assert.equal((await post('verify/', { token: 'x' })).status, 404);
    assert.equal((await post('access-token/', {})).status, 404);
  });

  it("stops handing the token out on result/ once it was verified, and a minute after OK in any case", async () => {
    const { login, verify, result, advance } = hostSetup();
    const verified = await login();
    await verify(verified.token);
    assert.deepEqual([(await result(verified.uuid)).state, (await result(verified.uuid)).token], ['OK', null]);
    const unread = await login();
    advance(59);
    assert.equal((await result(unread.uuid)).token, unread.token, "Waldur's re-read still works for a minute");
    advance(1);
    assert.deepEqual([(await result(unread.uuid)).state, (await result(unread.uuid)).token], ['OK', null]);
  });

  it('hands the token to no route after the window, cancel/ included', async () => {
    const { login, post, advance } = hostSetup();
    const ok = await login();
    advance(120);
    const canceled = (await (await post('cancel/', { uuid: ok.uuid })).json()) as { state: string; token: string | null };
    assert.deepEqual([canceled.state, canceled.token], ['OK', null]);
  });

  it('gives the same answers in Node, without HTTP, from the server secret', async () => {
    const { login, now } = hostSetup();
    const ok = await login();
    const ledger = new MemoryStore();
    const first = await verifySuccessToken(ok.token, { secret: SECRET, ledger, now });
    assert.deepEqual([first.valid, first.valid && first.uuid], [true, ok.uuid]);
    assert.deepEqual(await verifySuccessToken(ok.token, { secret: SECRET, ledger, now }), { valid: false, reason: 'used' });
    assert.deepEqual(await verifySuccessToken(ok.token, { secret: 'another-server-secret-of-32-bytes-or-more', now }), { valid: false, reason: 'invalid' });
  });
});

describe("access-token/: the host's backend gates the start", () => {
  const mint = async (context: ReturnType<typeof hostSetup>, body: Record<string, unknown> = {}) => {
    const response = await context.post('access-token/', body, HOST);
    return { status: response.status, body: (await response.json()) as { access_token: string; expires_in: number; token_type: string } };
  };
  const startWith = (context: ReturnType<typeof hostSetup>, token: string | undefined, phone = PHONE) =>
    context.post('', { phone }, token === undefined ? {} : { Authorization: `Bearer ${token}` });

  it('mints a short-lived token only for the API key', async () => {
    const context = hostSetup();
    const { status, body } = await mint(context);
    assert.equal(status, 200);
    assert.deepEqual([body.token_type, body.expires_in], ['Bearer', 600]);
    assert.equal((await context.post('access-token/', {}, { Authorization: 'Bearer nope' })).status, 401);
    assert.equal((await mint(context, { ttl: 60 })).body.expires_in, 60);
    assert.equal((await mint(context, { phone: '+3725' })).status, 400, 'a bound number must be a valid number');
  });

  it('with requireAccessToken, refuses a start without a valid token (401) and one for another number than the bound one (403)', async () => {
    const context = hostSetup({ requireAccessToken: true });
    const missing = await startWith(context, undefined);
    assert.equal(missing.status, 401);
    assert.deepEqual((await missing.json()).code, 'access_token_invalid');
    assert.equal((await startWith(context, 'forged.token')).status, 401);
    const open = (await mint(context)).body.access_token;
    assert.equal((await startWith(context, open)).status, 201);
    const bound = (await mint(context, { phone: '+372 5123 456' })).body.access_token;
    assert.equal((await startWith(context, bound)).status, 201, 'bound to the number however it was written');
    const other = await startWith(context, bound, '+3725123457');
    assert.equal(other.status, 403);
    assert.equal((await other.json()).code, 'access_token_phone_mismatch');
    const short = (await mint(context, { ttl: 30 })).body.access_token;
    context.advance(30);
    assert.equal((await startWith(context, short)).status, 401, 'an expired token');
  });

  it('keeps plain Waldur clients working when access tokens are not required, but never accepts a bad one', async () => {
    const context = hostSetup();
    assert.equal((await startWith(context, undefined)).status, 201);
    assert.equal((await startWith(context, 'forged.token')).status, 401);
    const success = hostSetup();
    const token = (await success.login()).token!;
    assert.equal((await startWith(success, token)).status, 401, 'a success token is no access token');
  });
});

describe('resolveUser: identities become the host\'s user ids', () => {
  it("puts the user id in the token's subject, and ends an unknown identity as Waldur's 'User is not registered.'", async () => {
    const users = new Map([[PHONE, 'user-42']]);
    const { login, verify } = hostSetup({ resolveUser: (identity) => users.get(identity) });
    const ok = await login();
    assert.equal((await verify(ok.token)).body.subject, 'user-42');
    const stranger = await login('+3725123457');
    assert.deepEqual([stranger.state, stranger.details, stranger.reason, stranger.token], ['Canceled', 'User is not registered.', 'not_registered', null]);
  });
});
