import type { LoginClient, ResultOptions, StartOptions } from '../../../src/api/client.js';
import type { AuthResult } from '../../../src/api/types.js';

/** One call the flow made, answered by the test. */
export interface Call {
  method: 'start' | 'result' | 'cancel';
  arg: string;
  options: StartOptions & ResultOptions;
  settled: boolean;
  aborted: boolean;
  resolve(value: AuthResult): void;
  reject(error: unknown): void;
}

/** A client whose every call waits until the test answers it; aborts reject like fetch does. */
export class ScriptedClient implements LoginClient {
  readonly calls: Call[] = [];

  start(phone: string, options: StartOptions = {}): Promise<AuthResult> {
    return this.record('start', phone, options);
  }

  result(uuid: string, options: ResultOptions = {}): Promise<AuthResult> {
    return this.record('result', uuid, options);
  }

  async cancel(uuid: string, options: { signal?: AbortSignal } = {}): Promise<void> {
    await this.record('cancel', uuid, options);
  }

  /** The calls of one method. */
  of(method: Call['method']): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The newest call of one method. */
  last(method: Call['method']): Call {
    const calls = this.of(method);
    if (!calls.length) throw new Error(`no ${method} call`);
    return calls[calls.length - 1];
  }

  /** Start and result calls neither answered nor aborted. */
  get inFlight(): number {
    return this.calls.filter((c) => c.method !== 'cancel' && !c.settled && !c.aborted).length;
  }

  private record(method: Call['method'], arg: string, options: StartOptions & ResultOptions): Promise<AuthResult> {
    return new Promise<AuthResult>((resolve, reject) => {
      const call: Call = {
        method,
        arg,
        options,
        settled: false,
        aborted: false,
        resolve: (value) => {
          call.settled = true;
          resolve(value);
        },
        reject: (error) => {
          call.settled = true;
          reject(error);
        },
      };
      options.signal?.addEventListener('abort', () => {
        call.aborted = true;
        reject(new DOMException('aborted', 'AbortError'));
      });
      this.calls.push(call);
    });
  }
}

/** A Waldur-shaped AuthResult with overrides. */
export function authResult(overrides: Partial<AuthResult> = {}): AuthResult {
  return {
    uuid: '0123456789abcdef0123456789abcdef',
    token: null,
    phone: '+3725123456',
    message: '0427',
    state: 'Scheduled',
    error_message: '',
    details: '',
    ...overrides,
  };
}
