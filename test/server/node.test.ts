import assert from 'node:assert/strict';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { toConnectMiddleware, toNodeListener } from '../../server/node.js';
import type { WebHandler } from '../../server/types.js';
import { PHONE, setup, since } from './helpers.js';

const SITE = 'http://127.0.0.1:5173';

/** Serves `listener` on a free loopback port until the test file ends. */
async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Wraps a handler to report when each answer was ready, as the server saw it. */
function timed(handler: WebHandler) {
  const answered: number[] = [];
  const seen: Request[] = [];
  const wrapped: WebHandler = {
    owns: (path) => handler.owns(path),
    async handle(request) {
      seen.push(request);
      const response = await handler.handle(request);
      answered.push(performance.now());
      return response;
    },
  };
  return { wrapped, answered, seen };
}

const postJson = (url: string, body: unknown, init: RequestInit = {}) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: SITE }, body: JSON.stringify(body), ...init });

describe('the node:http adapter', () => {
  it('serves the API over real HTTP: full URL, headers, body, status and CORS', async () => {
    const { handler, ringing, simulator } = setup({ allowedOrigins: [SITE] });
    const { wrapped, seen } = timed(handler);
    const url = await listen(toNodeListener(wrapped));
    const created = await postJson(`${url}/api/auth-valimo/`, { phone: PHONE });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('Content-Type'), 'application/json');
    assert.equal(created.headers.get('Cache-Control'), 'no-store');
    assert.equal(created.headers.get('Access-Control-Allow-Origin'), SITE);
    const login = await created.json();
    assert.equal(seen[0]!.url, `${url}/api/auth-valimo/`);
    await ringing(login.uuid);
    await simulator.approve(login.uuid);
    const ok = await (await postJson(`${url}/api/auth-valimo/result/`, { uuid: login.uuid })).json();
    assert.equal(ok.state, 'OK');
  });

  it('answers paths no handler owns with a JSON 404', async () => {
    const { handler } = setup();
    const url = await listen(toNodeListener([handler]));
    const response = await fetch(`${url}/elsewhere`);
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { detail: 'Not found.' });
  });

  it('refuses a body over the limit with 413, readable cross-origin', async () => {
    const { handler } = setup({ allowedOrigins: [SITE] });
    const url = await listen(toNodeListener(handler, { maxBodyBytes: 1024 }));
    const response = await postJson(`${url}/api/auth-valimo/`, { phone: PHONE, padding: 'x'.repeat(4096) });
    assert.equal(response.status, 413);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), SITE);
    const small = await postJson(`${url}/api/auth-valimo/`, { phone: PHONE });
    assert.equal(small.status, 201, 'the server goes on serving');
  });

  it('releases a held long poll as soon as the client disconnects', async () => {
    const { handler, start, ringing } = setup({ allowedOrigins: [SITE] });
    const { wrapped, answered, seen } = timed(handler);
    const url = await listen(toNodeListener(wrapped));
    const login = await start();
    await ringing(login.uuid);
    const controller = new AbortController();
    const poll = postJson(`${url}/api/auth-valimo/result/`, { uuid: login.uuid, wait: 20 }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(answered.length, 0, 'the poll is being held');
    const t0 = performance.now();
    controller.abort();
    await assert.rejects(poll);
    while (answered.length === 0 && since(t0) < 3000) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(answered.length, 1, 'the handler finished');
    assert.ok(answered[0]! - t0 < 1000, `released ${answered[0]! - t0} ms after the disconnect`);
    assert.equal(seen[0]!.signal.aborted, true);
  });
});

describe('the Connect middleware (Vite)', () => {
  it('serves the paths it owns and passes everything else to next()', async () => {
    const { handler } = setup({ allowedOrigins: [SITE] });
    const middleware = toConnectMiddleware([handler]);
    const url = await listen((req, res) =>
      middleware(req, res, () => {
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('next');
      }),
    );
    assert.equal(await (await fetch(`${url}/index.html`)).text(), 'next');
    assert.equal(await (await fetch(`${url}/api/auth-valimo-other/`)).text(), 'next');
    const created = await postJson(`${url}/api/auth-valimo/`, { phone: PHONE });
    assert.equal(created.status, 201);
    assert.equal((await fetch(`${url}/api/auth-valimo/nope/`, { method: 'POST' })).status, 404, 'unknown paths under the base stay ours');
  });
});

describe('methods nobody serves', () => {
  it('answers TRACE with 405 on every path, never 500', async () => {
    const { handler } = setup({ allowedOrigins: [SITE] });
    const url = await listen(toNodeListener([handler]));
    const { request } = await import('node:http');
    for (const [method, path] of [['TRACE', '/api/auth-valimo/'], ['TRACE', '/elsewhere'], ['TRACE', '/api/auth-valimo/result/']] as const) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(`${url}${path}`, { method, headers: { Origin: SITE } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      assert.equal(status, 405, `${method} ${path}`);
    }
  });
});
