import assert from 'node:assert/strict';
import { request } from 'node:https';
import { describe, it } from 'node:test';
import { MSSP_UNREACHABLE, ValimoProvider } from '../../server/providers/valimo/index.js';
import { readAnswer } from '../../server/providers/valimo/answers.js';
import { signatureRequest } from '../../server/providers/valimo/requests.js';
import { client, freshNumber, providerOptions, useStandIn } from '../stand-ins/mssp/harness.js';

const stand = useStandIn();

/** A raw POST to the stand-in with the good client certificate unless told otherwise. */
function post(path: string, body: string, headers: Record<string, string> = {}, cert: { cert?: string; key?: string } = stand.pki.client) {
  const url = new URL(path, stand.mssp.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { method: 'POST', ca: stand.pki.ca.cert, ...cert, headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: url.href, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A well-formed MSS_Signature for the stand-in. */
function goodRequest(): string {
  const { apId, apPwd, signatureProfile, dnsName } = stand.mssp.expected;
  return signatureRequest({ apId, apPwd, dnsName, apTransId: `_${freshNumber().slice(1)}`, sentAt: Date.now() }, { msisdn: freshNumber(), text: 'Login code: 0427', signatureProfile, timeoutSeconds: 300 });
}

/** What the stand-in answered, read by the provider's own reader. */
async function answerTo(body: string, headers?: Record<string, string>) {
  const answer = await post('/MSSP/services/MSS_Signature', body, headers);
  return answer.status === 415 ? 'http 415' : readAnswer(answer.status, answer.body);
}

describe('Valimo MSSP provider: mutual TLS, always verified', () => {
  it('a client certificate from another CA is refused in the handshake: the login ends Erred at the start', async () => {
    const refusedBefore = stand.mssp.counts.tlsRefused;
    const on = client(stand, { provider: { cert: stand.pki.rogueClient.cert, key: stand.pki.rogueClient.key } });
    const done = await on.settled((await on.start(freshNumber())).uuid);
    assert.deepEqual([done.state, done.error_message], ['Erred', MSSP_UNREACHABLE]);
    assert.ok(stand.mssp.counts.tlsRefused > refusedBefore, 'the stand-in refused the handshake');
    assert.ok(on.log.some((line) => line.event === 'mssp_start_failed'));
  });

  it('an MSSP whose certificate does not chain to the pinned CA is refused (and so is one only Node’s roots would have to vouch for)', async () => {
    for (const ca of [stand.pki.rogueCa.cert, undefined]) {
      // An explicit undefined replaces the harness's good CA: the provider then trusts Node's bundled roots only.
      const on = client(stand, { provider: { ca } });
      const signaturesBefore = stand.mssp.counts.signature;
      const done = await on.settled((await on.start(freshNumber())).uuid);
      assert.deepEqual([done.state, done.error_message], ['Erred', MSSP_UNREACHABLE]);
      const line = on.log.find((entry) => entry.event === 'mssp_start_failed');
      assert.equal(line?.kind, 'tls', `${String(line?.errorCode)}`);
      assert.equal(stand.mssp.counts.signature, signaturesBefore, 'nothing reached the stand-in');
    }
  });

  it('refuses an http:// URL and a provider without a client certificate', () => {
    const good = providerOptions(stand.pki, stand.mssp);
    assert.throws(() => new ValimoProvider({ ...good, url: stand.mssp.url.replace('https:', 'http:') }), /https/);
    assert.throws(() => new ValimoProvider({ ...good, cert: '' }), /cert/);
  });

  it('the stand-in refuses a client without a certificate', async () => {
    await assert.rejects(post('/MSSP/services/MSS_Signature', goodRequest(), {}, {}));
  });
});

describe('the stand-in MSSP is as strict as a real one', () => {
  it('accepts a well-formed request', async () => {
    const answer = await answerTo(goodRequest());
    assert.deepEqual(answer !== 'http 415' && answer.kind === 'status' && answer.code, 100);
  });

  const cases: Array<[string, (xml: string) => string, number | string | null, Record<string, string>?]> = [
    ['a wrong content type', (xml) => xml, 'http 415', { 'Content-Type': 'application/json' }],
    ['a wrong SOAPAction', (xml) => xml, 101, { SOAPAction: 'urn:other' }],
    ['a SOAP 1.1 envelope', (xml) => xml.replace('http://www.w3.org/2003/05/soap-envelope', 'http://schemas.xmlsoap.org/soap/envelope/'), 'VersionMismatch'],
    ['a DOCTYPE', (xml) => xml.replace('<soapenv:Envelope', '<!DOCTYPE x [<!ENTITY a "b">]><soapenv:Envelope'), null],
    ['MSS_Signature in a namespace', (xml) => xml.replace('<MSS_Signature>', '<MSS_Signature xmlns="urn:x">'), 101],
    ['another major version', (xml) => xml.replace('MajorVersion="1"', 'MajorVersion="2"'), 108],
    ['synchronous mode', (xml) => xml.replace('asynchClientServer', 'synch'), 101],
    ['a wrong AP password', (xml) => xml.replace(/AP_PWD="[^"]*"/, 'AP_PWD="guess"'), 104],
    ['an AP_TransID starting with a digit', (xml) => xml.replace(/AP_TransID="_/, 'AP_TransID="1'), 101],
    ['an AP_TransID longer than 32', (xml) => xml.replace(/AP_TransID="_/, 'AP_TransID="_0123456789012345678901234567890123'), 101],
    ['an Instant without milliseconds', (xml) => xml.replace(/Instant="([^".]*)\.000Z"/, 'Instant="$1Z"'), 101],
    ['an MSISDN not in E.164', (xml) => xml.replace(/<mss:MSISDN>\+/, '<mss:MSISDN>00'), 101],
    ['a wrong DataToBeSigned MimeType', (xml) => xml.replace('MimeType="text/plain"', 'MimeType="text/html"'), 101],
    ['a DataToBeSigned too long for the phone', (xml) => xml.replace('Login code: 0427', 'x'.repeat(200)), 103],
    ['an unknown signature profile', (xml) => xml.replace(stand.mssp.expected.signatureProfile.replaceAll('&', '&amp;'), 'http://other.test/p'), 109],
    ['another MSS_Format', (xml) => xml.replace('#PKCS7', '#CMS'), 101],
  ];
  for (const [what, change, expected, headers] of cases) {
    it(`refuses ${what}`, async () => {
      const answer = await answerTo(change(goodRequest()), headers);
      if (answer === 'http 415') return assert.equal(answer, expected);
      assert.equal(answer.kind, 'fault');
      assert.equal(typeof expected === 'string' ? answer.kind === 'fault' && answer.soapCode : (answer.code ?? null), expected);
    });
  }
});
