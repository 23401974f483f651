import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SmsCxStandIn } from '../stand-ins/smscx.js';

/** The stand-in must be as strict as SMS.cx, or the provider's tests would prove little. */
describe('SMS.cx stand-in', () => {
  let standIn: SmsCxStandIn;
  before(async () => {
    standIn = await SmsCxStandIn.start({ app: { from: undefined } });
  });
  after(() => standIn.close());

  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${standIn.url}${path}`, {
      method,
      headers: { 'X-API-KEY': standIn.apiKey, 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const json = (await response.json()) as { error?: { code: number; type: string; message: string; uri: string } } & Record<string, unknown>;
    return { status: response.status, code: json.error?.code, type: json.error?.type, json };
  };
  const valid = { phoneNumber: '+3725123456', from: 'KalevBank', template: 'Code {{pin}}', ttl: 120, maxAttempts: 2, pinType: 'numbers', pinLength: 4, trackId: '6f1c1b7e-1d2a-4c3b-9e8f-0a1b2c3d4e5f' };

  it('wants the API key and JSON', async () => {
    assert.deepEqual((await request('POST', '/otp', valid, { 'X-API-KEY': 'wrong' })).type, 'invalid_api_key');
    assert.equal((await request('POST', '/otp', valid, { 'Content-Type': 'text/plain' })).status, 415);
    assert.equal((await request('POST', '/otp', '[1]')).status, 400);
  });

  it('checks every NewOtpRequest field with its documented code', async () => {
    const cases: [number, Record<string, unknown>][] = [
      [2001, { phoneNumber: '' }],
      [2002, { phoneNumber: '5123456' }],
      [2003, { countryIso: 'UK' }],
      [2004, { from: undefined }],
      [2005, { from: 'AB' }],
      [2005, { from: 'A'.repeat(16) }],
      [2006, { template: '' }],
      [2006, { template: 'Code {pin}' }],
      [2007, { ttl: '120' }],
      [2008, { ttl: 59 }],
      [2009, { ttl: 1801 }],
      [2010, { maxAttempts: 1.5 }],
      [2011, { maxAttempts: 0 }],
      [2012, { maxAttempts: 11 }],
      [2013, { pinType: '' }],
      [2014, { pinType: 'digits' }],
      [2015, { pinLength: null }],
      [2016, { pinLength: 3 }],
      [2017, { pinLength: 11 }],
      [2018, { trackId: '6F1C1B7E-1D2A-4C3B-9E8F-0A1B2C3D4E5F' }],
      [2019, { otpCallbackUrl: 'not a url' }],
      [2020, { phoneNumber: '+3720000' }],
    ];
    for (const [code, change] of cases) {
      const answer = await request('POST', '/otp', { ...valid, ...change });
      assert.deepEqual([answer.status, answer.code, answer.type], [400, code, 'invalid_param'], JSON.stringify(change));
      assert.match(answer.json.error!.message, /\S/);
    }
    assert.equal(standIn.inbox.length, 0, 'nothing was sent');
  });

  it('verifies, counts wrong codes to FAILED, and cancels only pending codes', async () => {
    // A national number is fine with its country.
    const created = await request('POST', '/otp', { ...valid, phoneNumber: '5123456', countryIso: 'EE' });
    assert.equal(created.status, 201);
    const otpId = String(created.json.otpId);
    const pin = /Code (\d{4})/.exec(standIn.inbox.at(-1)!.body)![1]!;
    const wrong = pin === '0000' ? '1111' : '0000';
    assert.equal((await request('POST', `/otp/${otpId.toUpperCase()}`, { pin })).code, 2021, 'otpIds are lowercase');
    assert.equal((await request('POST', `/otp/${otpId}`, {})).code, 2022);
    assert.equal((await request('POST', `/otp/${otpId}`, { pin: wrong })).code, 2029);
    assert.equal((await request('POST', `/otp/${otpId}`, { pin: wrong })).code, 2027);
    assert.equal((await request('POST', `/otp/${otpId}`, { pin })).code, 2026);
    assert.deepEqual([(await request('DELETE', `/otp/${otpId}`)).code, standIn.otp(otpId)!.status], [2031, 'FAILED']);
    const second = String((await request('POST', '/otp', valid)).json.otpId);
    assert.deepEqual((await request('DELETE', `/otp/${second}`)).json, { info: { id: second } });
    assert.equal((await request('DELETE', `/otp/${second}`)).code, 2030);
    assert.equal((await request('POST', `/otp/${second}`, { pin: '1234' })).code, 2024);
    assert.equal(standIn.count('DELETE /otp/{id}'), 3);
  });
});
