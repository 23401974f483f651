import type { Cors } from './cors.js';
import { ProtocolError } from './errors.js';

/**
 * Refuses a state-changing request a browser sent from a page we do not serve: with an `Origin`
 * that is neither allowed nor our own host. A form POST needs no preflight, so without this any
 * site could make its visitors start logins (and SMS sends) here. Requests without `Origin` come
 * from servers and tools, which no page can make a browser send.
 */
export function refuseForeignOrigin(request: Request, cors: Cors): void {
  const origin = request.headers.get('Origin');
  if (origin === null || cors.allowedOrigin(request) !== undefined) return;
  if (origin !== 'null' && sameHost(origin, request)) return;
  throw new ProtocolError(403, { detail: 'Requests from this origin are not allowed.', code: 'origin_not_allowed' });
}

/** Whether `origin` names the host the request was sent to (behind a TLS proxy the schemes differ, the host does not). */
function sameHost(origin: string, request: Request): boolean {
  try {
    // The request's URL is built from its Host header by the adapter.
    return new URL(origin).host === new URL(request.url).host;
  } catch {
    return false;
  }
}
