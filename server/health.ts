import type { ChallengeProvider, LoginStore, WebHandler } from './types.js';
import { json } from './wire.js';

/** What `/readyz` asks. */
export interface HealthOptions {
  /** The store, which must answer. */
  store: Pick<LoginStore, 'ping'>;
  /** The provider, whose upstream must answer when it can tell. */
  provider: Pick<ChallengeProvider, 'ready'>;
  /** Milliseconds each check may take (default 2000). */
  timeoutMs?: number;
}

/**
 * `GET /healthz`: the process is up (for a liveness probe: restart me if not).
 * `GET /readyz`: the store and the provider answer (for a readiness probe: send me traffic).
 */
export function createHealthHandler(options: HealthOptions): WebHandler & { stopping(): void } {
  const timeoutMs = options.timeoutMs ?? 2000;
  let stopping = false;
  const check = async (probe: (() => Promise<boolean>) | undefined): Promise<boolean> => {
    if (!probe) return true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([probe().catch(() => false), late]);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    owns: (pathname) => pathname === '/healthz' || pathname === '/readyz',
    async handle(request: Request): Promise<Response> {
      if (request.method !== 'GET' && request.method !== 'HEAD') return json(405, { detail: 'Method not allowed.' }, { Allow: 'GET, HEAD' });
      if (new URL(request.url).pathname === '/healthz') return json(200, { status: 'ok' });
      const [store, provider] = await Promise.all([check(() => options.store.ping()), check(options.provider.ready?.bind(options.provider))]);
      // A server on its way down takes no new traffic, so the balancer moves on before it exits.
      const ready = store && provider && !stopping;
      return json(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', store, provider, ...(stopping ? { stopping } : {}) });
    },
    stopping() {
      stopping = true;
    },
  };
}
