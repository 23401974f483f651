import { ProviderError } from '../errors.js';

/** The text users see when a gateway refuses or fails: its own answer may carry account details. */
export const SMS_NOT_SENT = 'The SMS could not be sent. Please try again later.';

/** Settings every HTTP gateway shares. */
export interface GatewayOptions {
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
  /** Milliseconds to wait for the gateway (default 10000). */
  timeoutMs?: number;
}

/**
 * POSTs to an SMS gateway and resolves on a 2xx answer. Anything else becomes a ProviderError with
 * a fixed text, so neither the gateway's body nor the credentials reach a client or a log.
 */
export async function postToGateway(url: string, init: RequestInit, options: GatewayOptions): Promise<void> {
  const send = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await send(url, { ...init, method: 'POST', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  } catch {
    throw new ProviderError(SMS_NOT_SENT);
  }
  // The body is read and dropped either way, so the connection can be reused.
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new ProviderError(SMS_NOT_SENT);
}

/** `Basic base64(user:password)`. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
