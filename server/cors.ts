/** Which origins may call the API from a browser: exact origins (`https://shop.example`) or any. */
export type AllowedOrigins = readonly string[] | '*';

/** Request headers a cross-origin widget may send (lowercase). */
const ALLOWED_REQUEST_HEADERS = new Set(['content-type', 'authorization', 'accept', 'accept-language']);
const DEFAULT_ALLOW_HEADERS = 'Content-Type, Authorization';

/** CORS for one API: decides per request and decorates responses. */
export class Cors {
  private readonly origins: ReadonlySet<string> | '*';

  constructor(allowed: AllowedOrigins) {
    this.origins = allowed === '*' ? '*' : new Set(allowed);
  }

  /** The request's Origin if it may read answers, else undefined (no Origin: same-origin or server-to-server). */
  allowedOrigin(request: Request): string | undefined {
    const origin = request.headers.get('Origin');
    if (origin === null || origin === 'null') return undefined;
    return this.origins === '*' || this.origins.has(origin) ? origin : undefined;
  }

  /**
   * Headers for every answer, 4xx and 5xx included: a stock Waldur behind nginx sends CORS only on
   * 2xx, so cross-origin widgets see its errors as network failures; we do better.
   */
  responseHeaders(request: Request): Record<string, string> {
    const origin = this.allowedOrigin(request);
    // The answer differs by Origin even when it is refused, so caches must key on it.
    const headers: Record<string, string> = { Vary: 'Origin' };
    if (origin !== undefined) {
      // Echo, never `*`: an allow-list means the answer is for this origin only.
      headers['Access-Control-Allow-Origin'] = origin;
      headers['Access-Control-Expose-Headers'] = 'Retry-After';
    }
    return headers;
  }

  /** The answer to an OPTIONS request: a preflight, or a plain `Allow` answer without an Origin. */
  preflight(request: Request, allowMethods: string): Response {
    const origin = request.headers.get('Origin');
    const base = { Vary: 'Origin', Allow: allowMethods, 'Cache-Control': 'no-store' };
    if (origin === null) return new Response(null, { status: 204, headers: base });
    if (this.allowedOrigin(request) === undefined) return new Response(null, { status: 403, headers: base });
    return new Response(null, {
      status: 204,
      headers: {
        ...base,
        Vary: 'Origin, Access-Control-Request-Headers',
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': allowMethods,
        'Access-Control-Allow-Headers': allowHeaders(request.headers.get('Access-Control-Request-Headers')),
        'Access-Control-Max-Age': '600',
      },
    });
  }
}

/** Echoes the requested headers when all are allowed (keeps the browser's spelling), else the default list. */
function allowHeaders(requested: string | null): string {
  if (!requested) return DEFAULT_ALLOW_HEADERS;
  const names = requested.split(',').map((name) => name.trim()).filter(Boolean);
  const allAllowed = names.length > 0 && names.every((name) => ALLOWED_REQUEST_HEADERS.has(name.toLowerCase()));
  return allAllowed ? names.join(', ') : DEFAULT_ALLOW_HEADERS;
}
