import { after } from 'node:test';
import { createLogger } from '../../server/log.js';
import { createLoginHandler, type LoginHandlerOptions } from '../../server/handler.js';
import { MobileIdSimulator, type MobileIdSimulatorOptions } from '../../server/providers/mobile-id-simulator.js';
import { createSignedTokens } from '../../server/tokens.js';
import type { AuthResult, ChallengeProvider, LoginRecord } from '../../server/types.js';

/** The default endpoint. */
export const BASE = 'http://api.test/api/auth-valimo/';
/** A valid Estonian test number. */
export const PHONE = '+3725123456';

/** Options of `setup`. */
export interface SetupOptions extends Partial<LoginHandlerOptions> {
  /** Settings of the simulator (fast by default). */
  sim?: MobileIdSimulatorOptions;
}

/** A handler on the Mobile ID simulator, torn down after the test file. */
export function setup(options: SetupOptions = {}) {
  const simulator = new MobileIdSimulator({ processingDelayMs: 0, ...options.sim });
  const tokens = createSignedTokens();
  const provider: ChallengeProvider = options.provider ?? simulator;
  // Admission limits have tests of their own; elsewhere they would only count the tests' many starts.
  const handler = createLoginHandler({ tokens, admission: false, ...options, provider });
  after(() => {
    simulator.close();
    handler.close();
  });

  /** POSTs a JSON body (or a raw string) to `path` under the endpoint. */
  const post = (path: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal) =>
    handler.handle(
      new Request(new URL(path, BASE), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
        signal,
      }),
    );

  /** Starts a login and returns its AuthResult. */
  const start = async (phone = PHONE): Promise<AuthResult> => (await (await post('', { phone })).json()) as AuthResult;

  /** Reads a login. */
  const result = async (uuid: string, extra: Record<string, unknown> = {}): Promise<AuthResult> =>
    (await (await post('result/', { uuid, ...extra })).json()) as AuthResult;

  /** Resolves once the simulated phone shows the prompt of `uuid`. */
  const ringing = (uuid: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!simulator.pending().some((p) => p.uuid === uuid)) return;
        unsubscribe();
        resolve();
      };
      const unsubscribe = simulator.onChange(check);
      check();
    });

  return { simulator, tokens, handler, post, start, result, ringing };
}

/** Milliseconds since `t0`. */
export const since = (t0: number) => performance.now() - t0;

/** A real pino logger (debug level) whose JSON lines the test can read. */
export function capturedLog() {
  const lines: string[] = [];
  const log = createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(line) } });
  return { log, lines, text: () => lines.join('') };
}

/** A new login's record as a store receives it, for testing stores directly. */
export function loginRecord(uuid: string, patch: Partial<LoginRecord> = {}): Omit<LoginRecord, 'version' | 'modifiedAt'> {
  return {
    uuid,
    phone: PHONE,
    phoneKey: 'key-of-the-number',
    message: '0427',
    challenge: 'message',
    state: 'Scheduled',
    token: null,
    errorMessage: '',
    details: '',
    createdAt: 0,
    ...patch,
  };
}
