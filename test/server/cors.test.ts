import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimitedError } from '../../server/errors.js';
import { BASE, PHONE, setup } from './helpers.js';

const SITE = 'https://shop.example';

/** Asserts the headers a browser needs to read an answer from SITE. */
function assertReadable(response: Response, origin = SITE): void {
  assert.equal(response.headers.get('Access-Control-Allow-Origin'), origin);
  assert.equal(response.headers.get('Access-Control-Expose-Headers'), 'Retry-After');
  assert.match(response.headers.get('Vary') ?? '', /\bOrigin\b/);
}

const preflight = (origin: string | undefined, requestHeaders?: string) => {
  const headers: Record<string, string> = { 'Access-Control-Request-Method': 'POST' };
  if (origin) headers.Origin = origin;
  if (requestHeaders) headers['Access-Control-Request-Headers'] = requestHeaders;
  return new Request(new URL('result/', BASE), { method: 'OPTIONS', headers });
};

describe('CORS', () => {
  it('lets an allowed origin read successes and errors alike (201, 400, 404, 405, 401)', async () => {
    const { post, handler } = setup({ allowedOrigins: [SITE] });
    const origin = { Origin: SITE };
    const created = await post('', { phone: PHONE }, origin);
    assert.equal(created.status, 201);
    assertReadable(created);
    const invalid = await post('', { phone: '' }, origin);
    assert.equal(invalid.status, 400);
    assertReadable(invalid);
    const missing = await post('result/', { uuid: 'nope' }, origin);
    assert.equal(missing.status, 404);
    assertReadable(missing);
    const get = await handler.handle(new Request(BASE, { headers: origin }));
    assert.equal(get.status, 405);
    assertReadable(get);
    const disabled = setup({ allowedOrigins: [SITE], enabled: false });
    assertReadable(await disabled.post('', { phone: PHONE }, origin));
  });

  it('lets the browser read a 429 and its Retry-After', async () => {
    const provider = { challenge: 'message' as const, message: () => '0000', start: () => Promise.reject(new RateLimitedError(5)) };
    const { post } = setup({ allowedOrigins: [SITE], provider });
    const response = await post('', { phone: PHONE }, { Origin: SITE });
    assert.equal(response.status, 429);
    assertReadable(response);
  });

  it('refuses a start, poll or cancel from an origin that is not allowed, JSON or form, sending no CORS headers', async () => {
    const { post, start } = setup({ allowedOrigins: [SITE] });
    const login = await start();
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    for (const origin of ['https://evil.example', 'https://shop.example.evil', 'http://shop.example', 'null']) {
      for (const [path, body, headers] of [
        ['', { phone: PHONE }, {}],
        ['', `phone=${encodeURIComponent(PHONE)}`, form],
        ['result/', { uuid: login.uuid }, {}],
        ['cancel/', { uuid: login.uuid }, {}],
      ] as const) {
        const response = await post(path, body, { ...headers, Origin: origin });
        assert.equal(response.status, 403, `${origin} ${path || 'start'}`);
        assert.equal(response.headers.get('Access-Control-Allow-Origin'), null, origin);
      }
    }
    assert.equal((await post('result/', { uuid: login.uuid }, { Origin: SITE })).status, 200, 'the login was left alone');
  });

  it('accepts a form POST from an allowed origin, as Waldur does, and from its own page on loopback (the demo)', async () => {
    const { post, handler } = setup({ allowedOrigins: [SITE] });
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    assert.equal((await post('', `phone=${encodeURIComponent(PHONE)}`, { ...form, Origin: SITE })).status, 201);
    const local = (origin: string, host: string) =>
      handler.handle(new Request(`http://${host}/api/auth-valimo/`, { method: 'POST', headers: { ...form, Origin: origin }, body: `phone=${encodeURIComponent('+3725123457')}` }));
    assert.equal((await local('http://127.0.0.1:5173', '127.0.0.1:5173')).status, 201);
    assert.equal((await local('http://evil.example', 'evil.example')).status, 403, 'a DNS-rebinding page: its Origin matches its own Host');
  });

  it('works without an Origin (same-origin, server-to-server), with no CORS headers', async () => {
    const { post } = setup({ allowedOrigins: [SITE] });
    const response = await post('', { phone: PHONE });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
  });

  it('allows no cross-origin caller by default', async () => {
    const { post } = setup();
    const response = await post('', { phone: PHONE }, { Origin: SITE });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
  });

  it('echoes any origin (never "*") when every origin is allowed', async () => {
    const { post } = setup({ allowedOrigins: '*' });
    assertReadable(await post('result/', {}, { Origin: 'https://anyone.example' }), 'https://anyone.example');
  });

  it('answers a preflight from an allowed origin with 204 and the allowed methods and headers', async () => {
    const { handler } = setup({ allowedOrigins: [SITE] });
    const response = await handler.handle(preflight(SITE));
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), SITE);
    assert.equal(response.headers.get('Access-Control-Allow-Methods'), 'POST, OPTIONS');
    assert.equal(response.headers.get('Access-Control-Allow-Headers'), 'Content-Type, Authorization');
    assert.equal(response.headers.get('Access-Control-Max-Age'), '600');
    assert.equal(await response.text(), '');
  });

  it('echoes requested headers only when all are allowed', async () => {
    const { handler } = setup({ allowedOrigins: [SITE] });
    const echoed = await handler.handle(preflight(SITE, 'content-type,authorization'));
    assert.equal(echoed.headers.get('Access-Control-Allow-Headers'), 'content-type, authorization');
    const refused = await handler.handle(preflight(SITE, 'content-type, x-evil'));
    assert.equal(refused.headers.get('Access-Control-Allow-Headers'), 'Content-Type, Authorization');
  });

  it('refuses a preflight from an origin that is not allowed with 403 and no CORS headers', async () => {
    const { handler } = setup({ allowedOrigins: [SITE] });
    const response = await handler.handle(preflight('https://evil.example'));
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    assert.equal(response.headers.get('Access-Control-Allow-Methods'), null);
  });
});
