import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ChallengeProvider, LoginRecord } from './types.js';

/** What the server counts; the handler calls these, whatever records them. */
export interface ServerMetrics {
  /** A login reached a final state. */
  loginEnded(record: LoginRecord): void;
  /** A start was refused before a login existed (`cause`: throttled, sms_budget, country, access_token, origin, …). */
  startRefused(cause: string): void;
  /** A call into the provider took `seconds` (`call`: start, respond, advance, release). */
  providerCall(call: string, seconds: number): void;
  /** The store could not answer. */
  storeError(): void;
  /** An answer went out (`route`: start, result, cancel, verify, access-token, other). */
  answered(route: string, status: number): void;
}

/** Counts nothing (the library's default). */
export const noMetrics: ServerMetrics = {
  loginEnded: () => {},
  startRefused: () => {},
  providerCall: () => {},
  storeError: () => {},
  answered: () => {},
};

/** The server's metrics in Prometheus's text format (prom-client), with the process's own (memory, CPU, open files). */
export class PrometheusMetrics implements ServerMetrics {
  /** The registry `/metrics` renders. */
  readonly registry = new Registry();
  private readonly logins: Counter<'challenge' | 'state' | 'reason'>;
  private readonly refusals: Counter<'cause'>;
  private readonly provider: Histogram<'call'>;
  private readonly storeErrors: Counter;
  private readonly answers: Counter<'route' | 'status'>;

  constructor(
    /** Long polls held now, read at each scrape. */
    heldPolls: () => number,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'phone_login_' });
    this.logins = new Counter({ name: 'phone_login_logins_total', help: 'Logins ended, by challenge, final state and reason.', labelNames: ['challenge', 'state', 'reason'], registers });
    this.refusals = new Counter({ name: 'phone_login_start_refusals_total', help: 'Starts refused before a login existed, by cause.', labelNames: ['cause'], registers });
    this.provider = new Histogram({
      name: 'phone_login_provider_seconds',
      help: 'Time spent in calls to the provider (MSSP, SMS gateway, SMS.cx), by call.',
      labelNames: ['call'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.storeErrors = new Counter({ name: 'phone_login_store_errors_total', help: 'Requests answered 503 because the store (Redis) did not answer.', registers });
    this.answers = new Counter({ name: 'phone_login_answers_total', help: 'Answers sent, by route and status.', labelNames: ['route', 'status'], registers });
    new Gauge({ name: 'phone_login_held_polls', help: 'Long polls this process holds now.', registers, collect() {
      this.set(heldPolls());
    } });
  }

  loginEnded(record: LoginRecord): void {
    this.logins.inc({ challenge: record.challenge, state: record.state, reason: record.reason ?? '' });
  }

  startRefused(cause: string): void {
    this.refusals.inc({ cause });
  }

  providerCall(call: string, seconds: number): void {
    this.provider.observe({ call }, seconds);
  }

  storeError(): void {
    this.storeErrors.inc();
  }

  answered(route: string, status: number): void {
    this.answers.inc({ route, status: String(status) });
  }

  /** The text `/metrics` answers with. */
  render(): Promise<string> {
    return this.registry.metrics();
  }
}

/** The provider with each call's duration reported to `metrics`; nothing else changes. */
export function timedProvider<P extends ChallengeProvider>(provider: P, metrics: ServerMetrics): ChallengeProvider {
  const time = async <T>(call: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await run();
    } finally {
      metrics.providerCall(call, (performance.now() - t0) / 1000);
    }
  };
  return {
    get challenge() {
      return provider.challenge;
    },
    message: (request) => provider.message(request),
    start: (login) => time('start', () => provider.start(login)),
    ...(provider.respond ? { respond: (login, body) => time('respond', () => provider.respond!(login, body)) } : {}),
    ...(provider.advance ? { advance: (login, record) => time('advance', () => provider.advance!(login, record)) } : {}),
    ...(provider.describe ? { describe: (record, now) => provider.describe!(record, now) } : {}),
    ...(provider.release ? { release: (uuid, record) => time('release', async () => provider.release!(uuid, record)) } : {}),
    ...(provider.ready ? { ready: () => provider.ready!() } : {}),
    ...(provider.close ? { close: () => provider.close!() } : {}),
  };
}
