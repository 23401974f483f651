import { after, before } from 'node:test';
import { createLoginHandler, type LoginHandler, type LoginHandlerOptions } from '../../../server/handler.js';
import type { Logger } from '../../../server/log.js';
import { ValimoProvider, type ValimoProviderOptions } from '../../../server/providers/valimo/index.js';
import { createSignedTokens, type SignedTokens } from '../../../server/tokens.js';
import type { AuthResult, LoginStore } from '../../../server/types.js';
import { StandInMssp, type StandInOptions } from './mssp.js';
import { makeTestPki, type TestPki } from './pki.js';

/** One collected log line: the level, the bindings and fields, and the message. */
export type LogLine = Record<string, unknown> & { level: string; msg: string };

/** A Logger that keeps every line in `lines` (with its child bindings), for assertions. */
export function collectingLogger(lines: LogLine[], bindings: object = {}, onLine: () => void = () => {}): Logger {
  const write = (level: string) => (fields: object, msg: string) => {
    lines.push({ ...bindings, ...fields, level, msg });
    onLine();
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error'), child: (more) => collectingLogger(lines, { ...bindings, ...more }, onLine) };
}

let serial = 0;
/** A fresh valid Estonian mobile number, so every test has its own script. */
export function freshNumber(): string {
  serial += 1;
  return `+372${50_000_000 + serial}`;
}

/** The PKI and one stand-in for a test file, made before its tests and removed after them. */
export function useStandIn(options: Omit<StandInOptions, 'pki'> = {}): { readonly pki: TestPki; readonly mssp: StandInMssp } {
  const context = {} as { pki: TestPki; mssp: StandInMssp };
  before(async () => {
    context.pki = makeTestPki();
    context.mssp = await StandInMssp.start({ ...options, pki: context.pki });
  });
  after(async () => {
    await context.mssp?.close();
    context.pki?.remove();
  });
  return context;
}

/** Options a test may change; everything else points at the stand-in with fast timings. */
export interface ClientOptions {
  /** Provider options over the defaults. */
  provider?: Partial<ValimoProviderOptions>;
  /** Handler options over the defaults (e.g. a shared store, a clock). */
  handler?: Partial<LoginHandlerOptions>;
}

/** A provider and the real login handler in front of it, talking to `mssp`; both closed after the file. */
export interface Client {
  /** The provider. */
  provider: ValimoProvider;
  /** The login API. */
  handler: LoginHandler;
  /** The token issuer, to verify tokens. */
  tokens: SignedTokens;
  /** Every log line so far. */
  log: LogLine[];
  /** Resolves once a log line with this `event` has been written. */
  logged(event: string): Promise<void>;
  /** Starts a login for `phone`. */
  start(phone: string): Promise<AuthResult>;
  /** Polls a login, holding up to `wait` seconds for a change. */
  result(uuid: string, wait?: number): Promise<AuthResult>;
  /** Long-polls until the login leaves `state` (or `seconds` pass), and returns it. */
  past(uuid: string, state: AuthResult['state'], seconds?: number): Promise<AuthResult>;
  /** Long-polls until the login is final (or `seconds` pass), and returns it. */
  settled(uuid: string, seconds?: number): Promise<AuthResult>;
  /** The client's cancel. */
  cancel(uuid: string): Promise<AuthResult>;
  /** result/ requests made so far (what a browser would send). */
  readonly polls: number;
}

/** Provider options for `mssp` with the good client certificate and timings fit for tests. */
export function providerOptions(pki: TestPki, mssp: StandInMssp, extra: Partial<ValimoProviderOptions> = {}): ValimoProviderOptions {
  const { apId, apPwd, signatureProfile, dnsName } = mssp.expected;
  return {
    url: mssp.url, apId, apPwd, signatureProfile, dnsName, cert: pki.client.cert, key: pki.client.key, ca: pki.ca.cert,
    firstQueryDelayMs: 30, queryIntervalMs: 40, queryJitterMs: 0, maxBackoffMs: 200, requestTimeoutMs: 2000,
    ...extra,
  };
}

/** A client (provider + handler) against the stand-in. */
export function client(stand: { pki: TestPki; mssp: StandInMssp }, options: ClientOptions = {}): Client {
  const log: LogLine[] = [];
  const listeners = new Set<() => void>();
  const logger = collectingLogger(log, {}, () => listeners.forEach((listener) => listener()));
  const logged = (event: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!log.some((line) => line.event === event)) return;
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
      check();
    });
  const tokens = createSignedTokens();
  const provider = new ValimoProvider(providerOptions(stand.pki, stand.mssp, options.provider));
  const handler = createLoginHandler({ tokens, log: logger, ...options.handler, provider });
  after(() => {
    provider.close();
    handler.close();
  });
  const post = async (path: string, body: object) =>
    (await (await handler.handle(new Request(new URL(path, 'http://api.test/api/auth-valimo/'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }))).json()) as AuthResult;
  let polls = 0;
  const result = (uuid: string, wait = 0) => {
    polls += 1;
    return post('result/', { uuid, wait });
  };
  const pollWhile = async (uuid: string, pending: (state: string) => boolean, seconds: number) => {
    const until = performance.now() + seconds * 1000;
    let read = await result(uuid);
    while (pending(read.state) && performance.now() < until) read = await result(uuid, (until - performance.now()) / 1000);
    return read;
  };
  return {
    provider, handler, tokens, log, logged,
    start: (phone) => post('', { phone }),
    cancel: (uuid) => post('cancel/', { uuid }),
    result,
    past: (uuid, state, seconds = 5) => pollWhile(uuid, (current) => current === state, seconds),
    settled: (uuid, seconds = 5) => pollWhile(uuid, (current) => current === 'Scheduled' || current === 'Processing', seconds),
    get polls() {
      return polls;
    },
  };
}

/** A clock that moves only when told (epoch ms), for deadlines without real waiting. */
export function manualClock(start = Date.now()) {
  let now = start;
  return {
    /** The current time. */
    now: () => now,
    /** Moves the time on. */
    advance: (ms: number) => void (now += ms),
  };
}

/** Two handlers (two server instances) on one store, each with its own provider. */
export function twoInstances(stand: { pki: TestPki; mssp: StandInMssp }, store: LoginStore, options: ClientOptions = {}): [Client, Client] {
  const shared = { ...options, handler: { ...options.handler, store } };
  return [client(stand, shared), client(stand, shared)];
}

/** The bin's VALIMO_* settings for `mssp`, with the good client certificate, as an operator writes them. */
export function valimoEnv(pki: TestPki, mssp: StandInMssp): Record<string, string> {
  return {
    VALIMO_URL: mssp.url,
    VALIMO_AP_ID: mssp.expected.apId,
    VALIMO_AP_PWD: mssp.expected.apPwd,
    VALIMO_DNS_NAME: mssp.expected.dnsName,
    VALIMO_SIGNATURE_PROFILE: mssp.expected.signatureProfile,
    VALIMO_CERT_PATH: pki.client.certPath,
    VALIMO_KEY_PATH: pki.client.keyPath,
    VALIMO_CA_PATH: pki.ca.certPath,
  };
}
