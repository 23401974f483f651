import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, type Env } from '../../server/config/env.js';
import { readValimoSettings } from '../../server/providers/valimo/index.js';
import { client, freshNumber, useStandIn } from '../stand-ins/mssp/harness.js';

const stand = useStandIn();

/** A complete, valid environment for the stand-in. */
function goodEnv(): Record<string, string | undefined> {
  const { pki, mssp } = stand;
  return {
    VALIMO_URL: mssp.url,
    VALIMO_AP_ID: mssp.expected.apId,
    VALIMO_AP_PWD: mssp.expected.apPwd,
    VALIMO_DNS_NAME: '',
    VALIMO_SIGNATURE_PROFILE: mssp.expected.signatureProfile,
    VALIMO_CERT_PATH: pki.client.certPath,
    VALIMO_KEY_PATH: pki.client.keyPath,
    VALIMO_CA_PATH: pki.ca.certPath,
  };
}

/** Writes `text` to a file in the PKI folder and returns its path. */
function file(name: string, text: string): string {
  const path = join(stand.pki.dir, name);
  writeFileSync(path, text);
  return path;
}

/** Asserts that `env` is refused with one line naming `setting`. */
function refused(env: Env, setting: string, pattern?: RegExp) {
  assert.throws(
    () => readValimoSettings(env),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError, String(error));
      assert.equal(error.setting, setting);
      assert.ok(error.message.startsWith(`${setting} `) && !error.message.includes('\n'), error.message);
      if (pattern) assert.match(error.message, pattern);
      return true;
    },
  );
}

describe('readValimoSettings', () => {
  it('reads a complete environment, and the provider it makes logs in against the stand-in', async () => {
    const options = readValimoSettings({ ...goodEnv(), VALIMO_MESSAGE_PREFIX: 'Sisselogimise kood:' });
    assert.equal(options.dnsName, '');
    assert.equal(options.messagePrefix, 'Sisselogimise kood:');
    const on = client(stand, { provider: { ...options } });
    const phone = freshNumber();
    const login = await on.start(phone);
    const transaction = await stand.mssp.transaction(phone);
    assert.equal(transaction.dataToBeSigned, `Sisselogimise kood: ${login.message}`);
    stand.mssp.approve(transaction);
    assert.equal((await on.settled(login.uuid)).state, 'OK');
  });

  it('names a missing or malformed URL', () => {
    refused({ ...goodEnv(), VALIMO_URL: undefined }, 'VALIMO_URL', /required/);
    refused({ ...goodEnv(), VALIMO_URL: 'http://mssp.example.com' }, 'VALIMO_URL', /https/);
    refused({ ...goodEnv(), VALIMO_URL: 'not a url' }, 'VALIMO_URL');
    refused({ ...goodEnv(), VALIMO_URL: 'https://mssp.example.com/?x=1' }, 'VALIMO_URL');
  });

  it('names missing credentials and profile; the password may come from a file', () => {
    refused({ ...goodEnv(), VALIMO_AP_ID: ' ' }, 'VALIMO_AP_ID');
    refused({ ...goodEnv(), VALIMO_AP_PWD: undefined }, 'VALIMO_AP_PWD', /VALIMO_AP_PWD_FILE/);
    refused({ ...goodEnv(), VALIMO_SIGNATURE_PROFILE: undefined }, 'VALIMO_SIGNATURE_PROFILE');
    refused({ ...goodEnv(), VALIMO_SIGNATURE_PROFILE: 'just words' }, 'VALIMO_SIGNATURE_PROFILE', /URI/);
    const options = readValimoSettings({ ...goodEnv(), VALIMO_AP_PWD: undefined, VALIMO_AP_PWD_FILE: file('pwd', 'from-a-file\n') });
    assert.equal(options.apPwd, 'from-a-file');
  });

  it('names a certificate, key or CA file that is missing, unreadable or not PEM', () => {
    const garbage = file('garbage.pem', 'this is no PEM\n');
    refused({ ...goodEnv(), VALIMO_CERT_PATH: undefined }, 'VALIMO_CERT_PATH', /required/);
    refused({ ...goodEnv(), VALIMO_CERT_PATH: join(stand.pki.dir, 'absent.crt') }, 'VALIMO_CERT_PATH', /cannot be read/);
    refused({ ...goodEnv(), VALIMO_CERT_PATH: garbage }, 'VALIMO_CERT_PATH');
    refused({ ...goodEnv(), VALIMO_CERT_PATH: file('bad.crt', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n') }, 'VALIMO_CERT_PATH', /parse/);
    refused({ ...goodEnv(), VALIMO_KEY_PATH: undefined }, 'VALIMO_KEY_PATH');
    refused({ ...goodEnv(), VALIMO_KEY_PATH: garbage }, 'VALIMO_KEY_PATH', /private key/);
    refused({ ...goodEnv(), VALIMO_KEY_PATH: stand.pki.rogueClient.keyPath }, 'VALIMO_KEY_PATH', /does not belong/);
    refused({ ...goodEnv(), VALIMO_CA_PATH: garbage }, 'VALIMO_CA_PATH');
    refused({ ...goodEnv(), VALIMO_CA_PATH: join(stand.pki.dir, 'absent-ca.crt') }, 'VALIMO_CA_PATH', /cannot be read/);
  });

  it('takes a CA bundle of several certificates, and no CA at all (Node’s roots)', () => {
    const bundle = file('bundle.pem', stand.pki.rogueCa.cert + stand.pki.ca.cert);
    assert.equal(readValimoSettings({ ...goodEnv(), VALIMO_CA_PATH: bundle }).ca, stand.pki.rogueCa.cert + stand.pki.ca.cert);
    assert.equal(readValimoSettings({ ...goodEnv(), VALIMO_CA_PATH: undefined }).ca, undefined);
  });

  it('refuses a message prefix the phone cannot show on one line', () => {
    refused({ ...goodEnv(), VALIMO_MESSAGE_PREFIX: 'Login\ncode:' }, 'VALIMO_MESSAGE_PREFIX');
    refused({ ...goodEnv(), VALIMO_MESSAGE_PREFIX: 'x'.repeat(81) }, 'VALIMO_MESSAGE_PREFIX');
  });
});
