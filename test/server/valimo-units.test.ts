import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BadAnswer, readAnswer } from '../../server/providers/valimo/answers.js';
import { serialOf } from '../../server/providers/valimo/identity.js';
import { resolveOptions } from '../../server/providers/valimo/options.js';
import { apTransId, ETSI_NS, instant, SOAP12_NS } from '../../server/providers/valimo/requests.js';
import { backoffMs, intervalMs } from '../../server/providers/valimo/state.js';
import { VALIMO_CANCEL_REASONS, VALIMO_STATUS_NAMES } from '../../server/providers/valimo/index.js';
import { escapeXml, parseXml, xml, XmlRefused } from '../../server/providers/valimo/xml.js';

const envelope = (body: string, extra = '') => `<e:Envelope xmlns:e="${SOAP12_NS}"${extra}><e:Body>${body}</e:Body></e:Envelope>`;

describe('Valimo XML', () => {
  it('escapes every interpolated value, places xml pieces as they are, and refuses what XML cannot carry', () => {
    assert.equal(escapeXml(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    const inner = xml`<b>${'1 < 2'}</b>`;
    assert.equal(xml`<a v="${'"q"'}">${inner}${7}</a>`.text, '<a v="&quot;q&quot;"><b>1 &lt; 2</b>7</a>');
    assert.throws(() => escapeXml('nul\u0000'), TypeError);
    assert.throws(() => escapeXml('lone \uD800 surrogate'), TypeError);
  });

  it('refuses a DOCTYPE before parsing, in any case, and anything not well-formed', () => {
    assert.throws(() => parseXml('<?xml version="1.0"?><!doctype a><a/>'), (e: unknown) => e instanceof XmlRefused && e.why === 'doctype');
    for (const bad of ['<a>&undefined;</a>', '<a><b></a>', '<p:a/>', '', 'text']) {
      assert.throws(() => parseXml(bad), (e: unknown) => e instanceof XmlRefused && e.why === 'malformed', bad);
    }
  });

  it('makes the AP_TransID and Instant in the shapes the MSSP insists on', () => {
    assert.equal(apTransId('0123456789abcdef0123456789abcdef'), '_0123456789abcdef0123456789abcde');
    assert.equal(instant(Date.UTC(2024, 4, 1, 10, 0, 0, 789)), '2024-05-01T10:00:00.000Z');
  });
});

describe('Valimo answers', () => {
  it('reads a status answer with any prefix for the ETSI namespace', () => {
    const body = `<R><x:MSS_SignatureResp xmlns:x="${ETSI_NS}" MSSP_TransID=" t1 "><x:Status><x:StatusCode Value="100"/></x:Status></x:MSS_SignatureResp></R>`;
    assert.deepEqual(readAnswer(200, envelope(body)), { kind: 'status', code: 100, msspTransId: 't1' });
  });

  it('ignores look-alike elements in a foreign namespace', () => {
    const body = `<R><o:StatusCode xmlns:o="urn:other" Value="502"/><m:MSS_StatusResp xmlns:m="${ETSI_NS}"><m:Status><m:StatusCode Value="504"/></m:Status></m:MSS_StatusResp></R>`;
    assert.equal((readAnswer(200, envelope(body)) as { code: number }).code, 504);
  });

  it('reads a fault’s ETSI code from a (nested, prefixed or bare) Subcode, and keeps only a length and hash of its text', () => {
    const fault = (sub: string, text = 'User cancel.') =>
      envelope(`<e:Fault><e:Code><e:Value>e:Receiver</e:Value>${sub}</e:Code><e:Reason><e:Text xml:lang="en">${text}</e:Text></e:Reason></e:Fault>`);
    const prefixed = readAnswer(500, fault(`<e:Subcode><e:Value xmlns:mss="${ETSI_NS}">mss:_401</e:Value></e:Subcode>`));
    assert.deepEqual({ ...prefixed, textDigest: 'x' }, { kind: 'fault', code: 401, soapCode: 'Receiver', textLength: 12, textDigest: 'x' });
    assert.equal((readAnswer(500, fault('<e:Subcode><e:Value>_208</e:Value></e:Subcode>')) as { code: number }).code, 208);
    const nested = fault('<e:Subcode><e:Value>x:Other</e:Value><e:Subcode><e:Value>_105</e:Value></e:Subcode></e:Subcode>');
    assert.equal((readAnswer(500, nested) as { code: number }).code, 105);
    const none = readAnswer(500, fault('', 'anything at all'));
    assert.equal(none.kind === 'fault' && none.code, undefined);
    assert.ok(!JSON.stringify(none).includes('anything'));
  });

  it('turns what is no SOAP answer into BadAnswer with a reason', () => {
    const why = (status: number, body: string) => {
      try {
        readAnswer(status, body);
      } catch (error) {
        return error instanceof BadAnswer ? error.why : 'other';
      }
      return 'read';
    };
    assert.equal(why(200, '<html/>'), 'not_soap');
    assert.equal(why(503, '<html><body>busy</body></html>'), 'http_error');
    assert.equal(why(502, 'Bad gateway'), 'http_error');
    assert.equal(why(200, 'junk'), 'malformed');
    assert.equal(why(200, envelope('<R/>')), 'no_status');
    assert.equal(why(500, envelope(`<R><m:StatusCode xmlns:m="${ETSI_NS}" Value="502"/></R>`)), 'http_error');
    assert.equal(why(200, `<!DOCTYPE x>${envelope('<R/>')}`), 'doctype');
  });
});

describe('Valimo identity and schedule', () => {
  it('takes the SERIALNUMBER attribute, wherever it stands, and nothing that only looks like it', () => {
    assert.equal(serialOf('SERIALNUMBER=PNOEE-38001085718, CN=MARY ÄNN'), 'PNOEE-38001085718');
    assert.equal(serialOf('C=EE,CN="DOE,JOHN",serialNumber = PNOLV-010101-12345'), 'PNOLV-010101-12345');
    assert.equal(serialOf('CN=Doe, John, 2.5.4.5=PASFI-123'), 'PASFI-123');
    for (const bad of [undefined, '', 'CN=MARY', 'XSERIALNUMBER=PNOEE-1', 'CN="a,SERIALNUMBER=PNOEE-1"', 'SERIALNUMBER=PNOEE-1,SERIALNUMBER=PNOEE-2', 'SERIALNUMBER=<b>x</b>', 'SERIALNUMBER=PNO EE', 'SERIALNUMBER=']) {
      assert.equal(serialOf(bad), undefined, String(bad));
    }
  });

  it('spaces queries 2–3 s by default and backs off by doubling, capped', () => {
    const options = resolveOptions({ url: 'https://mssp.test', apId: 'a', apPwd: 'p', signatureProfile: 'urn:p', cert: 'c', key: 'k', random: () => 0.999 });
    assert.equal(options.signatureUrl.href, 'https://mssp.test/MSSP/services/MSS_Signature');
    assert.equal(options.statusUrl.href, 'https://mssp.test/MSSP/services/MSS_StatusPort');
    assert.equal(intervalMs(options), 2999);
    assert.deepEqual([1, 2, 3, 4, 5, 9].map((n) => backoffMs(n, { ...options, random: () => 0 })), [2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });

  it('names every status code of the reference table', () => {
    for (const code of [100, 101, 102, 103, 104, 105, 107, 108, 109, 208, 209, 401, 402, 403, 404, 422, 500, 501, 502, 503, 504, 900]) assert.ok(VALIMO_STATUS_NAMES[code], String(code));
    assert.equal(VALIMO_CANCEL_REASONS[422], 'no_certificate');
  });
});
