import { ProtocolError } from './errors.js';

/** Thrown into a request's body stream by an adapter that stopped reading at its size limit. */
export class BodyTooLargeError extends Error {
  constructor() {
    super('Request body is too large.');
    this.name = 'BodyTooLargeError';
  }
}

const tooLarge = () => new ProtocolError(413, { detail: 'Request body is too large.' });

/**
 * Reads and parses a request body the way DRF does for these views: JSON or a urlencoded form; an
 * empty body is an empty object. Throws a ProtocolError for 400, 413 and 415.
 */
export async function readBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > maxBytes) throw tooLarge();
  const bytes = await readLimited(request, maxBytes);
  if (bytes.length === 0) return {};
  const contentType = request.headers.get('Content-Type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'application/json') return parseJson(bytes);
  if (mediaType === 'application/x-www-form-urlencoded') return parseForm(bytes);
  // DRF names the whole header value; cap it so a huge header is not echoed back.
  throw new ProtocolError(415, { detail: `Unsupported media type "${contentType.slice(0, 100)}" in request.` });
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    if (error instanceof BodyTooLargeError || (error as { cause?: unknown })?.cause instanceof BodyTooLargeError) {
      throw tooLarge();
    }
    throw new ProtocolError(400, { detail: 'Could not read the request body.' });
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProtocolError(400, { detail: 'JSON parse error - Invalid UTF-8.' });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // A short, fixed reason: the engine's message quotes the body, which may hold a phone number.
    const where = /position (\d+)/.exec(String((error as Error).message));
    const reason = where ? `Invalid JSON at position ${where[1]}.` : 'Invalid JSON.';
    throw new ProtocolError(400, { detail: `JSON parse error - ${reason}` });
  }
}

function parseForm(bytes: Uint8Array): Record<string, string> {
  // No prototype: a key named "__proto__" must stay a plain field.
  const data = Object.create(null) as Record<string, string>;
  // Like Django's QueryDict.get, the last value of a repeated key wins.
  for (const [key, value] of new URLSearchParams(new TextDecoder().decode(bytes))) data[key] = value;
  return data;
}
