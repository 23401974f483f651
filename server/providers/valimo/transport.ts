import { Agent, request } from 'node:https';

/** Why an exchange with the MSSP produced no HTTP answer. */
export type TransportFailure = 'connect' | 'tls' | 'timeout' | 'too_large' | 'network' | 'aborted';

/** No HTTP answer from the MSSP; `code` is Node's error code (never its message, which may quote the URL). */
export class TransportError extends Error {
  constructor(
    /** The kind of failure. */
    readonly kind: TransportFailure,
    /** Node's error code, e.g. `ECONNREFUSED` or `ERR_SSL_TLSV1_ALERT_UNKNOWN_CA`. */
    readonly code = '',
  ) {
    super(`MSSP transport failure: ${kind}${code ? ` (${code})` : ''}`);
    this.name = 'TransportError';
  }
}

/** An HTTP answer, read in full. */
export interface HttpAnswer {
  /** The HTTP status. */
  status: number;
  /** The body as UTF-8 text. */
  body: string;
}

/** Settings of the SOAP transport. */
export interface SoapTransportOptions {
  /** The AP's client certificate (PEM), for mutual TLS. */
  cert: string | Buffer;
  /** Its private key (PEM). */
  key: string | Buffer;
  /** The CAs trusted for the MSSP's certificate (PEM); absent: Node's bundled roots. Verified either way. */
  ca?: string | Buffer | ReadonlyArray<string | Buffer>;
  /** Longest time one exchange may take, connection and body included. */
  timeoutMs: number;
  /** Largest answer read; a longer one is cut off and counts as a failure. */
  maxAnswerBytes: number;
}

const CONNECT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const TLS = /^(ERR_SSL_|ERR_TLS_|UNABLE_TO_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|EPROTO$)/;

/** POSTs SOAP documents over HTTPS with a client certificate, reusing connections (each TLS handshake with a client certificate costs a round trip or two). */
export class SoapTransport {
  private readonly agent: Agent;

  constructor(private readonly options: SoapTransportOptions) {
    const ca = options.ca === undefined ? undefined : Array.isArray(options.ca) ? [...options.ca] : (options.ca as string | Buffer);
    // rejectUnauthorized is fixed: an MSSP whose certificate does not verify is not the MSSP.
    this.agent = new Agent({ cert: options.cert, key: options.key, ...(ca === undefined ? {} : { ca }), rejectUnauthorized: true, minVersion: 'TLSv1.2', keepAlive: true, maxSockets: 64 });
  }

  /** Sends `body` to `url` with the SOAPAction the MSSP expects (the URL itself); rejects with TransportError. */
  post(url: URL, body: string, signal?: AbortSignal): Promise<HttpAnswer> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new TransportError('aborted'));
      const payload = Buffer.from(body, 'utf8');
      const req = request(url, {
        method: 'POST',
        agent: this.agent,
        rejectUnauthorized: true,
        headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: url.href, 'Content-Length': payload.length, Accept: 'text/xml, application/soap+xml' },
      });
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      // Rejects at once and tears the exchange down; later events of the dead socket change nothing.
      const fail = (error: TransportError) => {
        settle();
        reject(error);
        req.destroy(error);
      };
      const timer = setTimeout(() => fail(new TransportError('timeout')), this.options.timeoutMs);
      const onAbort = () => fail(new TransportError('aborted'));
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error) => fail(error instanceof TransportError ? error : classify(error)));
      req.on('response', (res) => {
        const max = this.options.maxAnswerBytes;
        if (Number(res.headers['content-length'] ?? 0) > max) return fail(new TransportError('too_large'));
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > max) return fail(new TransportError('too_large'));
          chunks.push(chunk);
        });
        res.on('error', (error) => fail(error instanceof TransportError ? error : classify(error)));
        res.on('end', () => {
          settle();
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
      });
      req.end(payload);
    });
  }

  /** Closes idle connections and refuses none: later posts open new ones. */
  close(): void {
    this.agent.destroy();
  }
}

function classify(error: unknown): TransportError {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (CONNECT.has(code)) return new TransportError('connect', code);
  if (TLS.test(code)) return new TransportError('tls', code);
  return new TransportError('network', code.slice(0, 60));
}
