import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { BodyTooLargeError } from './body.js';
import type { Logger } from './log.js';
import type { WebHandler } from './types.js';
import { json, notFound } from './wire.js';

/** Settings of the Node adapters. */
export interface NodeAdapterOptions {
  /** Most request-body bytes read from the socket (default 16 KiB); beyond it the handler answers 413. */
  maxBodyBytes?: number;
  /** Writes one access-log line per request (method, path, status, milliseconds; never a body or a query). */
  log?: Logger;
}

/** Methods a Web Request cannot even carry (fetch forbids them), and which no route serves: answered 405 before anything else. */
const UNSERVED = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** A Connect-style middleware, as Vite's `server.middlewares.use()` takes. */
export type ConnectMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A `node:http` request listener serving `handlers` (first owner wins); other paths get a JSON 404. */
export function toNodeListener(handlers: WebHandler | readonly WebHandler[], options: NodeAdapterOptions = {}): RequestListener {
  const list = Array.isArray(handlers) ? handlers : [handlers as WebHandler];
  return (req, res) => {
    const handler = list.find((h) => h.owns(pathOf(req.url)));
    void serve(handler, req, res, options);
  };
}

/** A middleware that serves only the paths `handlers` own and calls `next()` for everything else. */
export function toConnectMiddleware(handlers: WebHandler | readonly WebHandler[], options: NodeAdapterOptions = {}): ConnectMiddleware {
  const list = Array.isArray(handlers) ? handlers : [handlers as WebHandler];
  return (req, res, next) => {
    const handler = list.find((h) => h.owns(pathOf(req.url)));
    if (!handler) return next();
    void serve(handler, req, res, options);
  };
}

async function serve(handler: WebHandler | undefined, req: IncomingMessage, res: ServerResponse, options: NodeAdapterOptions): Promise<void> {
  const t0 = performance.now();
  // Aborts when the client goes away before the answer is complete, releasing a held long poll.
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  let response: Response;
  try {
    if (UNSERVED.has((req.method ?? '').toUpperCase())) response = json(405, { detail: `Method "${req.method}" not allowed.` }, { Allow: 'GET, HEAD, POST, OPTIONS', Vary: 'Origin' });
    else response = handler ? await handler.handle(toRequest(req, controller.signal, options.maxBodyBytes ?? 16 * 1024), { remoteAddress: req.socket.remoteAddress }) : notFound();
  } catch {
    response = json(500, { detail: 'A server error occurred.' });
  }
  try {
    await write(response, req, res);
  } catch {
    res.destroy();
  }
  options.log?.info(
    { event: 'request', method: (req.method ?? '').slice(0, 10), path: pathOf(req.url).slice(0, 100), status: response.status, ms: Math.round(performance.now() - t0), peer: req.socket.remoteAddress },
    'request',
  );
}

/** Builds the Web Request: method, headers, full URL, a size-limited body and the disconnect signal. */
function toRequest(req: IncomingMessage, signal: AbortSignal, maxBodyBytes: number): Request {
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (!name.startsWith(':')) headers.append(name, req.rawHeaders[i + 1]!);
  }
  const protocol = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `${protocol}://${req.headers.host ?? 'localhost'}`);
  } catch {
    url = new URL(req.url ?? '/', `${protocol}://localhost`);
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init = { method, headers, signal, body: hasBody ? bodyStream(req, maxBodyBytes) : null, duplex: 'half' };
  return new Request(url, init as RequestInit);
}

/** The request body as a stream that errors with BodyTooLargeError past the limit, so nothing big is buffered. */
function bodyStream(req: IncomingMessage, maxBodyBytes: number): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let total = 0;
      let open = true;
      const finish = (error?: unknown) => {
        if (!open) return;
        open = false;
        req.off('data', onData);
        if (error === undefined) controller.close();
        else controller.error(error);
      };
      const onData = (chunk: Buffer) => {
        total += chunk.byteLength;
        if (total > maxBodyBytes) finish(new BodyTooLargeError());
        else controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      };
      req.on('data', onData);
      req.once('end', () => finish());
      req.once('error', (error) => finish(error));
    },
  });
}

async function write(response: Response, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  // A body we did not read (too large, or never needed) is not drained: the connection just closes.
  if (!req.complete) headers.connection = 'close';
  if (res.destroyed) {
    await response.body?.cancel();
    return;
  }
  res.writeHead(response.status, headers);
  if (!response.body || req.method === 'HEAD') {
    await response.body?.cancel();
    res.end();
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (res.destroyed) {
      await reader.cancel();
      return;
    }
    if (!res.write(value)) await drained(res);
  }
  res.end();
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '/';
  }
}
