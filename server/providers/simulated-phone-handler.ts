import { delay } from '../timers.js';
import type { Challenge, WebHandler } from '../types.js';
import { isLoopbackHost, sameLoopbackHost } from '../origin-guard.js';
import { json, notFound } from '../wire.js';
import type { SimulatedInbox } from '../sms/simulated-inbox.js';
import type { MobileIdSimulator } from './mobile-id-simulator.js';
import type { ProviderChoice } from './provider-choice.js';

/** Settings of the simulated phone's API. */
export interface SimulatedPhoneHandlerOptions {
  /** Where it lives (default `/__phone/`). */
  basePath?: string;
  /** Longest `wait` in seconds (default 30). */
  maxWait?: number;
  /** The SMS inbox to show at `{base}sms` (absent: 404). */
  inbox?: SimulatedInbox;
  /** The switch between challenges behind `{base}settings` (absent: 404). */
  choice?: ProviderChoice;
}

const ACTION = /^prompts\/([0-9a-f]{32})\/(approve|reject)$/;

/**
 * The demo's simulated phone, over HTTP. Demo and tests only: it approves logins without any proof,
 * so it must never be mounted on a production server.
 *
 * - `GET {base}prompts[?wait=N[&since=V]]`: the pending prompts as JSON, with their version in
 *   `X-Prompts-Version`; with `wait`, held up to N seconds until the version differs from V (or the next change);
 * - `POST {base}prompts/{uuid}/approve` and `/reject`: 204, or 404 when no such prompt is pending;
 * - `GET {base}sms`: the inbox's text messages, newest first;
 * - `GET {base}settings`: `{"method": "message", "methods": ["message", "pin"]}`, the challenge new
 *   logins get; `POST` the same shape to switch it.
 */
export function createSimulatedPhoneHandler(simulator: MobileIdSimulator, options: SimulatedPhoneHandlerOptions = {}): WebHandler {
  const base = options.basePath ?? '/__phone/';
  const maxWait = options.maxWait ?? 30;

  async function list(request: Request, url: URL): Promise<Response> {
    const wait = Math.min(Math.max(Number(url.searchParams.get('wait')) || 0, 0), maxWait);
    const since = url.searchParams.get('since');
    const unchanged = since === null || Number(since) === simulator.version;
    if (wait > 0 && unchanged) await nextChange(simulator, wait * 1000, request.signal);
    return json(200, simulator.pending(), { 'X-Prompts-Version': String(simulator.version) });
  }

  return {
    owns: (pathname) => pathname.startsWith(base),

    async handle(request: Request): Promise<Response> {
      const url = new URL(request.url);
      // Only pages of this machine may use it: a page elsewhere (also one rebinding its own name to
      // 127.0.0.1) must not read codes or approve logins, and a form POST needs no preflight.
      const origin = request.headers.get('Origin');
      if (!isLoopbackHost(url.hostname) || (origin !== null && !sameLoopbackHost(origin, request))) {
        return json(403, { detail: 'The simulated phone answers pages of this machine only.' });
      }
      if (request.method === 'POST' && request.headers.get('Content-Length') !== '0' && request.body && !/^application\/json\b/i.test(request.headers.get('Content-Type') ?? '')) {
        if (!ACTION.test(url.pathname.slice(base.length))) return json(415, { detail: 'Send JSON.' });
      }
      const rest = url.pathname.slice(base.length);
      if (rest === 'prompts') {
        return request.method === 'GET' ? list(request, url) : json(405, { detail: 'Method not allowed.' }, { Allow: 'GET' });
      }
      if (rest === 'sms' && options.inbox) {
        return request.method === 'GET' ? json(200, options.inbox.messages()) : json(405, { detail: 'Method not allowed.' }, { Allow: 'GET' });
      }
      if (rest === 'settings' && options.choice) return settings(request, options.choice);
      const action = ACTION.exec(rest);
      if (!action) return notFound();
      if (request.method !== 'POST') return json(405, { detail: 'Method not allowed.' }, { Allow: 'POST' });
      const [, uuid, verdict] = action;
      const done = verdict === 'approve' ? await simulator.approve(uuid!) : await simulator.reject(uuid!);
      return done ? new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } }) : notFound();
    },
  };
}

/** Reads or switches the challenge new logins get. */
async function settings(request: Request, choice: ProviderChoice): Promise<Response> {
  const describe = () => json(200, { method: choice.current, methods: choice.challenges });
  if (request.method === 'GET') return describe();
  if (request.method !== 'POST') return json(405, { detail: 'Method not allowed.' }, { Allow: 'GET, POST' });
  const body = (await request.json().catch(() => undefined)) as { method?: unknown } | undefined;
  const method = body?.method;
  if (typeof method !== 'string' || !choice.challenges.includes(method as Challenge)) {
    return json(400, { method: [`Choose one of: ${choice.challenges.join(', ')}.`] });
  }
  choice.current = method as Challenge;
  return describe();
}

/** Resolves on the simulator's next change, after `ms`, or on abort, leaving no listener behind. */
async function nextChange(simulator: MobileIdSimulator, ms: number, signal: AbortSignal): Promise<void> {
  const changed = new AbortController();
  const unsubscribe = simulator.onChange(() => changed.abort());
  const stop = () => changed.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    await delay(ms, changed.signal);
  } finally {
    unsubscribe();
    signal.removeEventListener('abort', stop);
  }
}
