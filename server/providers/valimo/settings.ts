import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError, readableFile, requiredSecret, requiredText, text, url, type Env } from '../../config/env.js';
import { MAX_PREFIX_LENGTH, type ValimoProviderOptions } from './options.js';
import { isXmlText } from './xml.js';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * The provider's settings from the environment (Waldur's `WALDUR_AUTH_VALIMO`, minus `verify_ssl`:
 * the MSSP's certificate is always verified). Throws a ConfigError naming the setting at fault.
 *
 * - `VALIMO_URL`: the MSSP's base URL, https only.
 * - `VALIMO_AP_ID`, `VALIMO_AP_PWD` (a secret; or `VALIMO_AP_PWD_FILE`).
 * - `VALIMO_DNS_NAME`: the MSSP's DNS name (may be blank).
 * - `VALIMO_SIGNATURE_PROFILE`: an mssURI that makes the MSSP validate signatures.
 * - `VALIMO_CERT_PATH`, `VALIMO_KEY_PATH`: the AP's client certificate and its key (PEM files).
 * - `VALIMO_CA_PATH`: the MSSP's CA certificate(s) to pin (optional; else Node's bundled roots).
 * - `VALIMO_MESSAGE_PREFIX`: text before the code on the phone (default `Login code:`).
 */
export function readValimoSettings(env: Env): ValimoProviderOptions {
  const base = url(env, 'VALIMO_URL', { https: true });
  if (base === undefined) throw new ConfigError('VALIMO_URL', 'is required (the MSSP base URL, https://…)');
  if (base.search || base.hash) throw new ConfigError('VALIMO_URL', 'must be a base URL without query or fragment');
  const apId = requiredText(env, 'VALIMO_AP_ID');
  const apPwd = requiredSecret(env, 'VALIMO_AP_PWD');
  const dnsName = text(env, 'VALIMO_DNS_NAME') ?? '';
  for (const [name, value] of [['VALIMO_AP_ID', apId], ['VALIMO_AP_PWD', apPwd], ['VALIMO_DNS_NAME', dnsName]] as const) {
    if (!isXmlText(value)) throw new ConfigError(name, 'holds control characters');
  }
  const signatureProfile = requiredText(env, 'VALIMO_SIGNATURE_PROFILE', 'is required (the mssURI of the signature profile)');
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(signatureProfile)) throw new ConfigError('VALIMO_SIGNATURE_PROFILE', 'must be a URI, e.g. http://mss.example.com/profile#sig');
  const certPem = readPem(env, 'VALIMO_CERT_PATH', true)!;
  const cert = certificates('VALIMO_CERT_PATH', certPem)[0]!;
  const keyPem = readPem(env, 'VALIMO_KEY_PATH', true)!;
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch {
    throw new ConfigError('VALIMO_KEY_PATH', 'is not an unencrypted private key in PEM');
  }
  // Caught here, a mismatched pair is one clear line at start-up instead of a TLS failure on every login.
  if (!cert.checkPrivateKey(key)) throw new ConfigError('VALIMO_KEY_PATH', 'does not belong to the certificate in VALIMO_CERT_PATH');
  const caPem = readPem(env, 'VALIMO_CA_PATH', false);
  if (caPem !== undefined) certificates('VALIMO_CA_PATH', caPem);
  const messagePrefix = text(env, 'VALIMO_MESSAGE_PREFIX');
  if (messagePrefix !== undefined && (!isXmlText(messagePrefix) || /[\r\n\t]/.test(messagePrefix) || messagePrefix.length > MAX_PREFIX_LENGTH)) {
    throw new ConfigError('VALIMO_MESSAGE_PREFIX', `must be one line of at most ${MAX_PREFIX_LENGTH} characters`);
  }
  return {
    url: base.href,
    apId,
    apPwd,
    dnsName,
    signatureProfile,
    cert: certPem,
    key: keyPem,
    ...(caPem === undefined ? {} : { ca: caPem }),
    ...(messagePrefix === undefined ? {} : { messagePrefix }),
  };
}

/** The text of the PEM file a setting names; a missing setting is an error only when `required`. */
function readPem(env: Env, name: string, required: boolean): string | undefined {
  if (required) requiredText(env, name, 'is required (a path to a PEM file)');
  const path = readableFile(env, name);
  if (path === undefined) return undefined;
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(name, `names a file that cannot be read: ${path}`);
  }
}

/** Every certificate of a PEM text, parsed; at least one, or a ConfigError naming the setting. */
function certificates(name: string, pem: string): X509Certificate[] {
  const blocks = pem.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) throw new ConfigError(name, 'holds no PEM certificate');
  return blocks.map((block) => {
    try {
      return new X509Certificate(block);
    } catch {
      throw new ConfigError(name, 'holds a certificate that does not parse');
    }
  });
}
