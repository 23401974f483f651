import type { Cors } from './cors.js';
import { ProtocolError } from './errors.js';

/**
 * Refuses a state-changing request a browser sent from a page we do not serve: with an `Origin`
 * that is not allowed. A form POST needs no preflight, so without this any site could make its
 * visitors start logins (and SMS sends) here. Requests without `Origin` come from servers and
 * tools, which no page can make a browser send. A page on the API's own origin must be listed
 * too, except on loopback (the demo): matching the Host header instead would let a DNS-rebinding
 * page, whose Host is its own name, through.
 */
export function refuseForeignOrigin(request: Request, cors: Cors): void {
  const origin = request.headers.get('Origin');
  if (origin === null || cors.allowedOrigin(request) !== undefined) return;
  if (origin !== 'null' && sameLoopbackHost(origin, request)) return;
  throw new ProtocolError(403, { detail: 'Requests from this origin are not allowed.', code: 'origin_not_allowed' });
}

/** Whether the request went to a loopback host and `origin` names that very host (a page of the same local server). */
export function sameLoopbackHost(origin: string, request: Request): boolean {
  try {
    // The request's URL is built from its Host header by the adapter.
    const target = new URL(request.url);
    return isLoopbackHost(target.hostname) && new URL(origin).host === target.host;
  } catch {
    return false;
  }
}

/** 127.0.0.0/8, ::1 and localhost: names a DNS-rebinding page cannot have. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}
