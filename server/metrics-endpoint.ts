import { createHash, timingSafeEqual } from 'node:crypto';
import { bearer } from './host-api.js';
import type { PrometheusMetrics } from './metrics.js';
import type { WebHandler } from './types.js';
import { json } from './wire.js';

/**
 * `GET /metrics` in Prometheus's text format. With `apiKey`, only for `Authorization: Bearer
 * <key>` (the main port is public); without, for anyone who reaches it (a separate port, on
 * loopback or a private network).
 */
export function createMetricsHandler(metrics: PrometheusMetrics, apiKey?: string): WebHandler {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  const key = apiKey === undefined ? undefined : digest(apiKey);
  return {
    owns: (pathname) => pathname === '/metrics',
    async handle(request: Request): Promise<Response> {
      if (request.method !== 'GET') return json(405, { detail: 'Method not allowed.' }, { Allow: 'GET' });
      if (key) {
        const given = bearer(request);
        if (given === undefined || !timingSafeEqual(digest(given), key)) return json(401, { detail: 'The API key is required.' }, { 'WWW-Authenticate': 'Bearer' });
      }
      return new Response(await metrics.render(), { headers: { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' } });
    },
  };
}
