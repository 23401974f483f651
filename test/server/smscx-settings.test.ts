import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError } from '../../server/config/env.js';
import { readSmsCxSettings, SmsCxProvider, SMSCX_BASE_URL } from '../../server/providers/smscx/index.js';
import { SmsTemplates } from '../../server/sms/templates.js';
import { SmsCxStandIn } from '../stand-ins/smscx.js';
import { PHONE, setup } from './helpers.js';

/** The setting a ConfigError names, or the error itself when it is another. */
function settingAtFault(env: Record<string, string>): string {
  try {
    readSmsCxSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.setting;
    throw error;
  }
  return 'none';
}

describe('SMS.cx: settings from the environment', () => {
  it('reads the key, the public base by default, the sender and one template', () => {
    assert.deepEqual(readSmsCxSettings({ SMSCX_API_KEY: 'k3y' }), { apiKey: 'k3y', baseUrl: SMSCX_BASE_URL });
    assert.deepEqual(
      readSmsCxSettings({ SMSCX_API_KEY: 'k3y', SMSCX_URL: 'http://127.0.0.1:4010/', SMSCX_FROM: 'KalevBank', SMSCX_TEMPLATE: '{app}: {code}' }),
      { apiKey: 'k3y', baseUrl: 'http://127.0.0.1:4010', from: 'KalevBank', template: '{app}: {code}' },
    );
  });

  it('reads the key from a file (SMSCX_API_KEY_FILE)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smscx-'));
    writeFileSync(join(dir, 'key'), 'from-a-file\n');
    assert.equal(readSmsCxSettings({ SMSCX_API_KEY_FILE: join(dir, 'key') }).apiKey, 'from-a-file');
  });

  it('names the setting at fault', () => {
    const key = { SMSCX_API_KEY: 'k3y' };
    assert.equal(settingAtFault({}), 'SMSCX_API_KEY');
    assert.equal(settingAtFault({ SMSCX_API_KEY: 'two words' }), 'SMSCX_API_KEY');
    assert.equal(settingAtFault({ ...key, SMSCX_URL: 'http://sms.example.com' }), 'SMSCX_URL', 'the key would cross the network in the clear');
    assert.equal(settingAtFault({ ...key, SMSCX_URL: 'ftp://127.0.0.1' }), 'SMSCX_URL');
    assert.equal(settingAtFault({ ...key, SMSCX_URL: 'https://api.sms.cx/?x=1' }), 'SMSCX_URL');
    assert.equal(settingAtFault({ ...key, SMSCX_FROM: 'AB' }), 'SMSCX_FROM');
    assert.equal(settingAtFault({ ...key, SMSCX_FROM: 'A'.repeat(16) }), 'SMSCX_FROM');
    assert.equal(settingAtFault({ ...key, SMSCX_TEMPLATE: 'Your code is {{pin}}' }), 'SMSCX_TEMPLATE', 'our placeholder is {code}');
    assert.equal(settingAtFault({ ...key, SMSCX_URL: 'http://localhost:8080', SMSCX_FROM: 'ABC' }), 'none');
  });
});

describe('SMS.cx: provider options', () => {
  it('refuses values SMS.cx would refuse, naming the option', () => {
    const apiKey = 'k3y';
    const refused: [string, object][] = [
      ['apiKey', { apiKey: '' }],
      ['apiKey', { apiKey: 'a\nb' }],
      ['ttlSeconds', { ttlSeconds: 59 }],
      ['ttlSeconds', { ttlSeconds: 1801 }],
      ['maxAttempts', { maxAttempts: 0 }],
      ['maxAttempts', { maxAttempts: 11 }],
      ['maxAttempts', { maxAttempts: 2.5 }],
      ['pinLength', { pinLength: 3 }],
      ['pinLength', { pinLength: 11 }],
      ['pinType', { pinType: 'emoji' }],
      ['from', { from: 'AB' }],
      ['template', { template: 'no code here' }],
      ['timeoutMs', { timeoutMs: 0 }],
      ['baseUrl', { baseUrl: 'not a url' }],
    ];
    for (const [name, options] of refused) {
      assert.throws(() => new SmsCxProvider({ apiKey, ...options }), (error: Error) => error instanceof RangeError && error.message.startsWith(name), name);
    }
    assert.throws(() => new SmsCxProvider({ apiKey, maxWrongPerNumber: 0 }), RangeError);
  });

  it('sends the operator\'s one template in every language, with {code} as SMS.cx\'s {{pin}}', async () => {
    const standIn = await SmsCxStandIn.start();
    after(() => standIn.close());
    const provider = new SmsCxProvider({
      apiKey: standIn.apiKey,
      baseUrl: `${standIn.url}/`,
      templates: new SmsTemplates('Kalevipoeg Bank'),
      template: '{app} code {code}, {minutes} min',
      ttlSeconds: 120,
    });
    const { post } = setup({ provider });
    await post('', { phone: PHONE, locale: 'ja' });
    const sent = standIn.bodies.get('POST /otp')![0] as Record<string, unknown>;
    assert.deepEqual([sent.template, 'from' in sent], ['Kalevipoeg Bank code {{pin}}, 2 min', false]);
    assert.match(standIn.inbox.at(-1)!.body, /^Kalevipoeg Bank code \d{6}, 2 min$/);
    assert.equal(standIn.inbox.at(-1)!.from, 'InfoText', "no sender set: the application's default");
  });
});
