import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { ProviderError } from '../../server/errors.js';
import { LocalOtpProvider } from '../../server/providers/local-otp.js';
import { SMS_NOT_SENT } from '../../server/sms/gateway.js';
import { HttpSmsSender } from '../../server/sms/http.js';
import { TwilioSender } from '../../server/sms/twilio.js';
import { PHONE, setup } from './helpers.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A gateway on loopback that records each request and answers with `status` (or never, with 0). */
async function fakeGateway(status = 201, answer = '{"sid":"SM1"}') {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      if (status) res.writeHead(status, { 'Content-Type': 'application/json' }).end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const MESSAGE = { to: PHONE, body: 'Example Service: your login code is 048213.' };

describe('the Twilio sender', () => {
  it('posts To, From and Body as a form to the account’s Messages resource with basic auth', async () => {
    const gateway = await fakeGateway();
    await new TwilioSender({ accountSid: 'AC123', authToken: 'secret-token', from: '+15005550006', baseUrl: gateway.url }).send(MESSAGE);
    const [request] = gateway.received;
    assert.equal(request!.method, 'POST');
    assert.equal(request!.url, '/2010-04-01/Accounts/AC123/Messages.json');
    assert.equal(request!.headers.authorization, `Basic ${Buffer.from('AC123:secret-token').toString('base64')}`);
    assert.equal(request!.headers['content-type'], 'application/x-www-form-urlencoded');
    assert.deepEqual(Object.fromEntries(new URLSearchParams(request!.body)), { To: PHONE, From: '+15005550006', Body: MESSAGE.body });
  });

  it('authenticates with an API key when one is given', async () => {
    const gateway = await fakeGateway();
    await new TwilioSender({ accountSid: 'AC123', apiKeySid: 'SK9', authToken: 'key-secret', from: 'Example', baseUrl: gateway.url }).send(MESSAGE);
    assert.equal(gateway.received[0]!.headers.authorization, `Basic ${Buffer.from('SK9:key-secret').toString('base64')}`);
  });

  it('turns a refusal into a ProviderError that repeats neither the answer nor the account', async () => {
    const gateway = await fakeGateway(401, '{"code":20003,"message":"Authenticate AC123 secret-token"}');
    const sender = new TwilioSender({ accountSid: 'AC123', authToken: 'secret-token', from: '+15005550006', baseUrl: gateway.url });
    const error = await sender.send(MESSAGE).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof ProviderError);
    assert.equal(error.message, SMS_NOT_SENT);
  });

  it('gives up on a gateway that does not answer in time, or cannot be reached', async () => {
    const silent = await fakeGateway(0);
    const t0 = performance.now();
    await assert.rejects(new TwilioSender({ accountSid: 'AC1', authToken: 't', from: 'X', baseUrl: silent.url, timeoutMs: 100 }).send(MESSAGE), ProviderError);
    assert.ok(performance.now() - t0 < 2000);
    await assert.rejects(new TwilioSender({ accountSid: 'AC1', authToken: 't', from: 'X', baseUrl: 'http://127.0.0.1:9' }).send(MESSAGE), ProviderError);
  });

  it('refuses to be made without its credentials', () => {
    assert.throws(() => new TwilioSender({ accountSid: '', authToken: 't', from: 'X' }), TypeError);
  });
});

describe('the generic HTTP sender', () => {
  it('posts {From, To, Body} as JSON with a bearer token', async () => {
    const gateway = await fakeGateway(200);
    await new HttpSmsSender({ url: `${gateway.url}/send`, from: 'Example', bearer: 'tok' }).send(MESSAGE);
    const [request] = gateway.received;
    assert.equal(request!.url, '/send');
    assert.equal(request!.headers.authorization, 'Bearer tok');
    assert.equal(request!.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(request!.body), { From: 'Example', To: PHONE, Body: MESSAGE.body });
  });

  it('uses basic auth and a payload of the host’s own shape', async () => {
    const gateway = await fakeGateway(202);
    const sender = new HttpSmsSender({
      url: gateway.url,
      basic: { user: 'u', password: 'p' },
      payload: (message) => ({ recipients: [message.to], text: message.body }),
    });
    await sender.send(MESSAGE);
    assert.equal(gateway.received[0]!.headers.authorization, `Basic ${Buffer.from('u:p').toString('base64')}`);
    assert.deepEqual(JSON.parse(gateway.received[0]!.body), { recipients: [PHONE], text: MESSAGE.body });
  });

  it('fails on any answer outside 2xx, and refuses two kinds of auth at once', async () => {
    const gateway = await fakeGateway(503);
    await assert.rejects(new HttpSmsSender({ url: gateway.url }).send(MESSAGE), ProviderError);
    assert.throws(() => new HttpSmsSender({ url: gateway.url, bearer: 'a', basic: { user: 'u', password: 'p' } }), TypeError);
  });
});

describe('local OTP codes through a real gateway', () => {
  it('sends the code through Twilio, and a failed send ends the login Erred without the gateway’s words', async () => {
    const gateway = await fakeGateway();
    const sender = new TwilioSender({ accountSid: 'AC123', authToken: 'secret-token', from: '+15005550006', baseUrl: gateway.url });
    const { start } = setup({ provider: new LocalOtpProvider({ sender, resendCooldownSeconds: 0 }) });
    const login = await start();
    assert.equal(login.state, 'Processing');
    assert.match(new URLSearchParams(gateway.received[0]!.body).get('Body')!, /your login code is \d{6}\./);

    const broken = await fakeGateway(500, 'internal details of AC123');
    const failing = new TwilioSender({ accountSid: 'AC123', authToken: 'secret-token', from: '+15005550006', baseUrl: broken.url });
    const { start: startFailing } = setup({ provider: new LocalOtpProvider({ sender: failing }) });
    const failed = await startFailing();
    assert.deepEqual([failed.state, failed.reason, failed.error_message], ['Erred', 'provider_error', SMS_NOT_SENT]);
  });
});
