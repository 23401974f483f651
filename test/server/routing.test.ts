import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, PHONE, setup } from './helpers.js';

describe('routing and switches', () => {
  it('answers other methods with 405 and Allow', async () => {
    const { handler } = setup();
    for (const path of ['', 'result/', 'cancel/']) {
      const response = await handler.handle(new Request(new URL(path, BASE)));
      assert.equal(response.status, 405);
      assert.equal(response.headers.get('Allow'), 'POST, OPTIONS');
      assert.deepEqual(await response.json(), { detail: 'Method "GET" not allowed.' });
    }
    const put = await handler.handle(new Request(new URL('result/', BASE), { method: 'PUT' }));
    assert.deepEqual(await put.json(), { detail: 'Method "PUT" not allowed.' });
  });

  it('answers paths Waldur does not have with 404 Not found', async () => {
    const { post, handler } = setup();
    const login = await (await post('', { phone: PHONE })).json();
    for (const path of ['result', 'cancel', `${login.uuid}/`, 'other/', 'result/x/', '../auth-valimo']) {
      const response = await post(path, { uuid: login.uuid });
      assert.equal(response.status, 404, path);
      assert.deepEqual(await response.json(), { detail: 'Not found.' });
    }
    assert.equal(handler.owns('/api/auth-valimo/result/'), true);
    assert.equal(handler.owns('/__phone/prompts'), false, 'the simulated phone is never part of the login API');
  });

  it('honours a custom base path', async () => {
    const { handler } = setup({ basePath: '/login' });
    const response = await handler.handle(
      new Request('http://api.test/login/', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone: PHONE }) }),
    );
    assert.equal(response.status, 201);
    assert.equal(handler.owns('/api/auth-valimo/'), false);
  });

  it("answers Waldur's 401 on every endpoint when disabled, before looking at the body", async () => {
    const { post } = setup({ enabled: false });
    for (const path of ['', 'result/', 'cancel/']) {
      const response = await post(path, '{not json');
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('WWW-Authenticate'), null);
      assert.deepEqual(await response.json(), {
        detail: 'Authentication method is disabled. Please use another authentication method or contact staff.',
      });
    }
  });
});
