import { ConfigError, requiredSecret, text, url, type Env } from '../../config/env.js';
import { SMSCX_BASE_URL } from './api.js';
import type { SmsCxOptions } from './options.js';

/** What the environment says about SMS.cx: spread into `SmsCxOptions`. */
export type SmsCxSettings = Required<Pick<SmsCxOptions, 'apiKey' | 'baseUrl'>> & Pick<SmsCxOptions, 'from' | 'template'>;

/**
 * Reads SMS.cx's settings, throwing a ConfigError that names the setting at fault:
 * - `SMSCX_API_KEY` (or `SMSCX_API_KEY_FILE`): the application's API key, required;
 * - `SMSCX_URL`: the API's base (default `https://api.sms.cx`); https, or http on a loopback address only;
 * - `SMSCX_FROM`: the sender, 3–15 characters (absent: the application's default sender);
 * - `SMSCX_TEMPLATE`: one SMS text for every language instead of the built-in ones; it must
 *   contain `{code}`, which is sent to SMS.cx as its `{{pin}}`; `{app}` and `{minutes}` are filled in too.
 */
export function readSmsCxSettings(env: Env): SmsCxSettings {
  const apiKey = requiredSecret(env, 'SMSCX_API_KEY');
  if (!/^[\x21-\x7e]+$/.test(apiKey)) throw new ConfigError('SMSCX_API_KEY', 'must be printable characters without spaces');
  const base = url(env, 'SMSCX_URL', { fallback: SMSCX_BASE_URL })!;
  // The key travels in a header: in the clear only to this machine (a stand-in, a local proxy).
  if (base.protocol === 'http:' && !isLoopback(base.hostname)) throw new ConfigError('SMSCX_URL', 'must be an https:// URL (http:// only on a loopback address)');
  if (base.search || base.hash) throw new ConfigError('SMSCX_URL', 'must not have a query or a fragment');
  const from = text(env, 'SMSCX_FROM');
  if (from !== undefined && !/^.{3,15}$/u.test(from)) throw new ConfigError('SMSCX_FROM', `must be 3 to 15 characters, not ${[...from].length}`);
  const template = text(env, 'SMSCX_TEMPLATE');
  if (template !== undefined && !template.includes('{code}')) throw new ConfigError('SMSCX_TEMPLATE', 'must contain {code}, where SMS.cx puts the code');
  return {
    apiKey,
    baseUrl: base.href.replace(/\/+$/, ''),
    ...(from === undefined ? {} : { from }),
    ...(template === undefined ? {} : { template }),
  };
}

/** 127.0.0.0/8, ::1 and localhost: addresses that never leave the machine. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
