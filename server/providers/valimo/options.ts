import { isXmlText } from './xml.js';

/** Settings of the Valimo MSSP provider. */
export interface ValimoProviderOptions {
  /** The MSSP's base URL (https); requests go to `{url}/MSSP/services/MSS_Signature` and `…/MSS_StatusPort`. */
  url: string | URL;
  /** The application provider's id at the MSSP (`AP_ID`). */
  apId: string;
  /** The application provider's password at the MSSP (`AP_PWD`). A secret. */
  apPwd: string;
  /** The MSSP's DNS name sent as `MSSP_ID/DNSName` (default blank, as Waldur allows). */
  dnsName?: string;
  /** The signature profile (an mssURI); it must make the MSSP validate signatures (502, not 500). */
  signatureProfile: string;
  /** The AP's client certificate (PEM) for mutual TLS. */
  cert: string | Buffer;
  /** The client certificate's private key (PEM). A secret. */
  key: string | Buffer;
  /** The CA(s) the MSSP's certificate must chain to (PEM); absent: Node's bundled roots. TLS is always verified. */
  ca?: string | Buffer | ReadonlyArray<string | Buffer>;
  /** Text before the code on the phone: the phone shows `"<prefix> <code>"` (default `Login code:`). */
  messagePrefix?: string;
  /** Seconds the MSSP gives the user, sent as `TimeOut` (default 300, as Waldur). */
  timeoutSeconds?: number;
  /** Grace after `timeoutSeconds` before we give up on a transaction ourselves (default 10 000 ms). */
  deadlineMarginMs?: number;
  /** Delay from the MSSP's acceptance to the first status query (default 3000 ms). */
  firstQueryDelayMs?: number;
  /** Delay between status queries while the user has not answered (default 2000 ms). */
  queryIntervalMs?: number;
  /** Random extra delay up to this much on each interval, so many logins do not query in step (default 1000 ms). */
  queryJitterMs?: number;
  /** Longest back-off after failed queries (default 30 000 ms). */
  maxBackoffMs?: number;
  /** Longest time one SOAP exchange may take (default 10 000 ms). */
  requestTimeoutMs?: number;
  /** How many INTERNAL_ERROR (900) answers a login survives before it ends Erred (default 3). */
  maxInternalErrors?: number;
  /** Largest MSSP answer read, in bytes (default 64 KiB). */
  maxAnswerBytes?: number;
  /** Clock in epoch milliseconds (tests inject one; give the handler the same). */
  now?: () => number;
  /** Source of jitter in [0, 1) (default Math.random: jitter is no secret). */
  random?: () => number;
}

/** The options with every default filled in and checked. */
export type ResolvedValimoOptions = Required<Omit<ValimoProviderOptions, 'url' | 'ca'>> & {
  /** The endpoint of `MSS_Signature`. */
  signatureUrl: URL;
  /** The endpoint of `MSS_StatusQuery`. */
  statusUrl: URL;
  /** The pinned CAs, if any. */
  ca?: ValimoProviderOptions['ca'];
};

/** Longest prefix accepted: the phone's screen is small and the code must stay visible. */
export const MAX_PREFIX_LENGTH = 80;

/** Fills in defaults and refuses settings that cannot work (a TypeError naming the option). */
export function resolveOptions(options: ValimoProviderOptions): ResolvedValimoOptions {
  const base = new URL(String(options.url));
  if (base.protocol !== 'https:') throw new TypeError('url must be an https:// URL: the MSSP is reached with mutual TLS');
  if (base.search || base.hash || base.username || base.password) throw new TypeError('url must be a plain base URL (no query, fragment or credentials)');
  const root = base.href.replace(/\/+$/, '');
  for (const name of ['apId', 'apPwd', 'signatureProfile'] as const) {
    if (typeof options[name] !== 'string' || options[name].trim() === '' || !isXmlText(options[name])) throw new TypeError(`${name} is required`);
  }
  if (!options.cert || !options.key) throw new TypeError('cert and key are required: the MSSP knows its APs by their client certificate');
  const messagePrefix = options.messagePrefix ?? 'Login code:';
  if (!isXmlText(messagePrefix) || /[\r\n\t]/.test(messagePrefix) || messagePrefix.length > MAX_PREFIX_LENGTH) {
    throw new TypeError(`messagePrefix must be one line of at most ${MAX_PREFIX_LENGTH} characters`);
  }
  const dnsName = options.dnsName ?? '';
  if (!isXmlText(dnsName)) throw new TypeError('dnsName holds characters XML cannot carry');
  const resolved: ResolvedValimoOptions = {
    apId: options.apId,
    apPwd: options.apPwd,
    dnsName,
    signatureProfile: options.signatureProfile,
    cert: options.cert,
    key: options.key,
    messagePrefix,
    timeoutSeconds: positive('timeoutSeconds', options.timeoutSeconds, 300),
    deadlineMarginMs: positive('deadlineMarginMs', options.deadlineMarginMs, 10_000, true),
    firstQueryDelayMs: positive('firstQueryDelayMs', options.firstQueryDelayMs, 3000, true),
    queryIntervalMs: positive('queryIntervalMs', options.queryIntervalMs, 2000),
    queryJitterMs: positive('queryJitterMs', options.queryJitterMs, 1000, true),
    maxBackoffMs: positive('maxBackoffMs', options.maxBackoffMs, 30_000),
    requestTimeoutMs: positive('requestTimeoutMs', options.requestTimeoutMs, 10_000),
    maxInternalErrors: positive('maxInternalErrors', options.maxInternalErrors, 3, true),
    maxAnswerBytes: positive('maxAnswerBytes', options.maxAnswerBytes, 64 * 1024),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    signatureUrl: new URL(`${root}/MSSP/services/MSS_Signature`),
    statusUrl: new URL(`${root}/MSSP/services/MSS_StatusPort`),
  };
  if (options.ca !== undefined) resolved.ca = options.ca;
  return resolved;
}

function positive(name: string, value: number | undefined, fallback: number, zeroAllowed = false): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !zeroAllowed)) throw new TypeError(`${name} must be a ${zeroAllowed ? 'non-negative' : 'positive'} number`);
  return value;
}
