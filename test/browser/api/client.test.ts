import { expect } from '@open-wc/testing';
import { FetchLoginClient } from '../../../src/api/client.js';
import { ProtocolError, parseRetryAfter } from '../../../src/api/errors.js';
import { authResult } from '../helpers/scripted-client.js';

interface Sent {
  url: string;
  init: RequestInit;
}

/** A fetch that records what it was asked and answers with `respond`. */
function fakeFetch(respond: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = (async (url: URL, init: RequestInit) => {
    const entry = { url: String(url), init };
    sent.push(entry);
    return respond(entry);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, sent };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

async function failure(promise: Promise<unknown>): Promise<ProtocolError> {
  try {
    await promise;
  } catch (error) {
    return error as ProtocolError;
  }
  throw new Error('expected a failure');
}

describe('FetchLoginClient', () => {
  it('POSTs JSON to the endpoint, result/ and cancel/, with the phone and token only in bodies', async () => {
    const { fetch, sent } = fakeFetch(() => json(201, authResult()));
    const client = new FetchLoginClient('https://api.example/api/auth-valimo', { fetch });
    await client.start('+3725123456', { locale: 'et' });
    await client.result('abc', { wait: 25 });
    await client.result('abc', { pin: '0427' });
    await client.cancel('abc');
    expect(sent.map((s) => s.url)).to.deep.equal([
      'https://api.example/api/auth-valimo/',
      'https://api.example/api/auth-valimo/result/',
      'https://api.example/api/auth-valimo/result/',
      'https://api.example/api/auth-valimo/cancel/',
    ]);
    expect(sent.map((s) => JSON.parse(s.init.body as string))).to.deep.equal([
      { phone: '+3725123456', locale: 'et' },
      { uuid: 'abc', wait: 25 },
      { uuid: 'abc', pin: '0427' },
      { uuid: 'abc' },
    ]);
    for (const s of sent) {
      expect(s.init.method).to.equal('POST');
      expect((s.init.headers as Record<string, string>)['Content-Type']).to.equal('application/json');
    }
  });

  it('sends no Authorization header without an access token (plain Waldur answers 401 to a bad one)', async () => {
    for (const accessToken of [undefined, () => undefined, () => '', () => '  ']) {
      const { fetch, sent } = fakeFetch(() => json(201, authResult()));
      const client = new FetchLoginClient('/x/', { fetch, ...(accessToken ? { accessToken } : {}) });
      await client.start('+3725123456');
      await client.result('abc');
      await client.cancel('abc');
      for (const s of sent) expect(new Headers(s.init.headers).has('Authorization')).to.equal(false);
    }
  });

  it('sends the access token as a bearer on start, result and cancel, read anew for every call', async () => {
    const { fetch, sent } = fakeFetch(() => json(201, authResult()));
    let token = 'first-token';
    const client = new FetchLoginClient('/x/', { fetch, accessToken: () => token });
    await client.start('+3725123456');
    await client.result('abc', { pin: '0427' });
    await client.cancel('abc');
    token = 'second-token';
    await client.start('+3725123456');
    expect(sent.map((s) => new Headers(s.init.headers).get('Authorization'))).to.deep.equal([
      'Bearer first-token',
      'Bearer first-token',
      'Bearer first-token',
      'Bearer second-token',
    ]);
    expect(new Headers(sent[0].init.headers).get('Content-Type')).to.equal('application/json');
  });

  it('keeps the code of an error body for the flow', async () => {
    const { fetch } = fakeFetch(() => json(401, { detail: 'Expired.', code: 'access_token_invalid' }));
    const error = await failure(new FetchLoginClient('/x/', { fetch }).start('+3725123456'));
    expect(error.kind).to.equal('unauthorized');
    expect(error.hasCode('access_token_invalid')).to.equal(true);
    expect(error.hasCode('sms_budget')).to.equal(false);
  });

  it('resolves a relative endpoint against the page', async () => {
    const { fetch, sent } = fakeFetch(() => json(201, authResult()));
    await new FetchLoginClient('/api/auth-valimo/', { fetch }).start('+3725123456');
    expect(sent[0].url).to.equal(new URL('/api/auth-valimo/', location.href).href);
  });

  it('returns the AuthResult, with null token, as sent', async () => {
    const { fetch } = fakeFetch(() => json(200, authResult({ state: 'Processing' })));
    const result = await new FetchLoginClient('/x/', { fetch }).result('abc');
    expect(result).to.deep.equal(authResult({ state: 'Processing' }));
  });

  const statuses: [number, string][] = [
    [400, 'invalid'],
    [401, 'unauthorized'],
    [403, 'rejected'],
    [404, 'not-found'],
    [405, 'rejected'],
    [429, 'rate-limited'],
    [500, 'server'],
    [503, 'server'],
  ];
  for (const [status, kind] of statuses) {
    it(`maps HTTP ${status} to "${kind}"`, async () => {
      const { fetch } = fakeFetch(() => json(status, { detail: 'x' }));
      const error = await failure(new FetchLoginClient('/x/', { fetch }).result('abc'));
      expect(error).to.be.instanceOf(ProtocolError);
      expect(error.kind).to.equal(kind);
      expect(error.status).to.equal(status);
    });
  }

  it('keeps the field errors of a 400 for the form', async () => {
    const { fetch } = fakeFetch(() => json(400, { phone: ['This field may not be blank.'] }));
    const error = await failure(new FetchLoginClient('/x/', { fetch }).start(' '));
    expect(error.fieldMessage('phone')).to.equal('This field may not be blank.');
  });

  it('reads Retry-After on 429', async () => {
    const { fetch } = fakeFetch(() => json(429, { detail: 'slow down' }, { 'Retry-After': '42' }));
    const error = await failure(new FetchLoginClient('/x/', { fetch }).start('+3725123456'));
    expect(error.retryAfter).to.equal(42);
  });

  it('calls an error answer without a JSON body by its status (a proxy page, a CORS-less 502)', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await failure(new FetchLoginClient('/x/', { fetch }).result('abc'));
    expect(error.kind).to.equal('server');
  });

  it('calls a 2xx that is not an AuthResult a bad response', async () => {
    for (const body of ['<html>', '{"uuid":"x","state":"Weird"}', '', '[]']) {
      const { fetch } = fakeFetch(() => new Response(body, { status: 200 }));
      const error = await failure(new FetchLoginClient('/x/', { fetch }).result('abc'));
      expect(error.kind, body).to.equal('bad-response');
    }
  });

  it('calls a rejected fetch a network failure', async () => {
    const fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof globalThis.fetch;
    const error = await failure(new FetchLoginClient('/x/', { fetch }).result('abc'));
    expect(error.kind).to.equal('network');
  });

  it('times out a call that gets no answer, allowing for the long-poll wait', async () => {
    let signal: AbortSignal | undefined;
    const fetch = ((_: URL, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        signal = init.signal!;
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as unknown as typeof globalThis.fetch;
    const started = performance.now();
    const error = await failure(new FetchLoginClient('/x/', { fetch, timeoutMs: 50 }).result('abc', { wait: 0.1 }));
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.at.least(140);
  });

  it('passes the caller abort through as an abort, not as a protocol error', async () => {
    const fetch = ((_: URL, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as unknown as typeof globalThis.fetch;
    const controller = new AbortController();
    const promise = new FetchLoginClient('/x/', { fetch }).result('abc', { signal: controller.signal });
    controller.abort();
    const error = await failure(promise);
    expect(error).not.to.be.instanceOf(ProtocolError);
    expect((error as unknown as DOMException).name).to.equal('AbortError');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120);
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:30 GMT', now)).to.equal(30);
    expect(parseRetryAfter('Tue, 24 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
  });
});
