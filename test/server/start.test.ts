import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProviderError, RateLimitedError } from '../../server/errors.js';
import { GENERIC_PROVIDER_ERROR } from '../../server/logins.js';
import { MobileIdSimulator } from '../../server/providers/mobile-id-simulator.js';
import type { ChallengeProvider } from '../../server/types.js';
import { E164_MESSAGE } from '../../server/validate.js';
import { PHONE, setup } from './helpers.js';

const WALDUR_KEYS = ['uuid', 'token', 'phone', 'message', 'state', 'error_message', 'details'];

/** A simulator whose start step fails with `error`. */
function failingProvider(error: unknown): ChallengeProvider {
  const simulator = new MobileIdSimulator();
  return { challenge: 'message', message: () => simulator.message(), start: () => Promise.reject(error) };
}

describe('start: POST {base}', () => {
  it('answers 201 Scheduled with Waldur keys in Waldur order, then the challenge extension', async () => {
    const { post } = setup();
    const response = await post('', { phone: PHONE });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('Content-Type'), 'application/json');
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const body = await response.json();
    assert.deepEqual(Object.keys(body), [...WALDUR_KEYS, 'challenge']);
    assert.match(body.uuid, /^[0-9a-f]{32}$/);
    assert.match(body.message, /^\d{4}$/);
    assert.deepEqual(
      { ...body, uuid: '', message: '' },
      { uuid: '', token: null, phone: PHONE, message: '', state: 'Scheduled', error_message: '', details: '', challenge: 'message' },
    );
  });

  it('trims the phone, accepts a form body and ignores unknown fields', async () => {
    const { post } = setup();
    const trimmed = await (await post('', { phone: `  ${PHONE}\t`, locale: 'et', extra: 1 })).json();
    assert.equal(trimmed.phone, PHONE);
    const form = await post('', `phone=${encodeURIComponent(PHONE)}`, { 'Content-Type': 'application/x-www-form-urlencoded' });
    assert.equal(form.status, 201);
    assert.equal((await form.json()).phone, PHONE);
  });

  it('keeps one canonical form of a number, so spaces or a trunk 0 never make it a second number', async () => {
    const { post } = setup();
    for (const written of ['+372 5123 456', '+44 07911 123456']) {
      const answer = await post('', { phone: written });
      assert.equal(answer.status, 201, written);
      assert.equal((await answer.json()).phone, written.replace(' 0', '').replaceAll(' ', ''));
    }
  });

  it('gives each login a fresh uuid', async () => {
    const { start } = setup();
    const a = await start();
    const b = await start();
    assert.notEqual(a.uuid, b.uuid);
  });

  const invalid: [string, unknown, string][] = [
    ['missing', undefined, 'This field is required.'],
    ['null', null, 'This field may not be null.'],
    ['empty', '', 'This field may not be blank.'],
    ['whitespace', '   ', 'This field may not be blank.'],
    ['31 characters', `+${'1'.repeat(30)}`, 'Ensure this field has no more than 30 characters.'],
    ['a bool', true, 'Not a valid string.'],
    ['an object', { n: PHONE }, 'Not a valid string.'],
    ['a list', [PHONE], 'Not a valid string.'],
    // A number is taken as a string (DRF), so it reaches the format check instead of "Not a valid string.".
    ['a number', 3725123456, E164_MESSAGE],
    ['without +', '3725123456', E164_MESSAGE],
    ['not a number of its country', '+372057340956', E164_MESSAGE],
    ['with a leading 0', '+0725123456', E164_MESSAGE],
    ['too short', '+123456', E164_MESSAGE],
    ['letters', '+37251234ab', E164_MESSAGE],
  ];
  for (const [name, phone, message] of invalid) {
    it(`refuses a phone that is ${name} with DRF's 400`, async () => {
      const { post } = setup();
      const response = await post('', phone === undefined ? {} : { phone });
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), { phone: [message] });
    });
  }

  it('treats an empty body as no fields, like DRF', async () => {
    const { post } = setup();
    const response = await post('', '');
    assert.deepEqual([response.status, await response.json()], [400, { phone: ['This field is required.'] }]);
  });

  it('answers non-object JSON with non_field_errors', async () => {
    const { post } = setup();
    const list = await post('', [PHONE]);
    assert.deepEqual([list.status, await list.json()], [400, { non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] }]);
    const nothing = await post('', 'null');
    assert.deepEqual(await nothing.json(), { non_field_errors: ['No data provided'] });
  });

  it('answers malformed JSON with a short parse error that does not quote the body', async () => {
    const { post } = setup();
    const response = await post('', `{"phone": ${PHONE.slice(1)}x`);
    assert.equal(response.status, 400);
    const { detail } = await response.json();
    assert.match(detail, /^JSON parse error - /);
    assert.ok(!detail.includes('5123'));
  });

  it('answers an unsupported content type with 415', async () => {
    const { post } = setup();
    const response = await post('', `{"phone":"${PHONE}"}`, { 'Content-Type': 'text/plain' });
    assert.equal(response.status, 415);
    assert.deepEqual(await response.json(), { detail: 'Unsupported media type "text/plain" in request.' });
  });

  it('answers a body over the limit with 413', async () => {
    const { post } = setup({ maxBodyBytes: 1024 });
    const response = await post('', { phone: PHONE, padding: 'x'.repeat(2000) });
    assert.equal(response.status, 413);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
  });

  it('turns a provider failure into an Erred login, not a 500, without leaking its text', async () => {
    const errors: unknown[] = [];
    const { post } = setup({ provider: failingProvider(new Error('upstream https://user:secret@sms.example')), onError: (e) => errors.push(e) });
    const response = await post('', { phone: PHONE });
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.equal(body.state, 'Erred');
    assert.equal(body.error_message, GENERIC_PROVIDER_ERROR);
    assert.equal(body.reason, 'provider_error');
    assert.deepEqual([body.token, body.details], [null, '']);
    assert.equal(errors.length, 1, 'the host hears about it');
  });

  it('shows a ProviderError message as error_message', async () => {
    const { post, result } = setup({ provider: failingProvider(new ProviderError('Mobile ID service unavailable.')) });
    const body = await (await post('', { phone: PHONE })).json();
    assert.equal(body.error_message, 'Mobile ID service unavailable.');
    assert.deepEqual(await result(body.uuid), body, 'the Erred login can be read back');
  });

  it('lets a provider refuse a start with 429 and Retry-After, creating no login', async () => {
    const { post, handler } = setup({ provider: failingProvider(new RateLimitedError(42)) });
    const response = await post('', { phone: PHONE });
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('Retry-After'), '42');
    assert.deepEqual(await response.json(), { detail: 'Request was throttled. Expected available in 42 seconds.' });
    assert.equal((handler.store as { size?: number }).size, 0);
  });

  it('answers a bug in the server with a bare 500', async () => {
    const provider: ChallengeProvider = {
      challenge: 'message',
      message: () => {
        throw new TypeError('internal detail 0427');
      },
      start: async () => {},
    };
    const { post } = setup({ provider, onError: () => {} });
    const response = await post('', { phone: PHONE });
    assert.equal(response.status, 500);
    assert.equal(response.headers.get('Content-Type'), 'application/json');
    assert.deepEqual(await response.json(), { detail: 'A server error occurred.' });
  });
});
