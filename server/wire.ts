import type { AuthResult, AuthResultExtensions, LoginRecord } from './types.js';

/**
 * The AuthResult for a record: Waldur's keys always present and in Waldur's order (uuid, token,
 * phone, message, state, error_message, details), then `challenge`, provider extensions, `reason`.
 */
export function toAuthResult(record: LoginRecord, extensions: AuthResultExtensions = {}): AuthResult {
  const { state } = record;
  const result: AuthResult = {
    uuid: record.uuid,
    // Waldur links the user (and so the token) only in the OK branch; JSON null otherwise.
    token: state === 'OK' ? record.token : null,
    phone: record.phone,
    message: record.message,
    state,
    error_message: state === 'Erred' ? record.errorMessage : '',
    details: state === 'Canceled' ? record.details : '',
    challenge: record.challenge,
    ...extensions,
  };
  if (record.reason !== undefined && (state === 'Canceled' || state === 'Erred')) result.reason = record.reason;
  return result;
}

/** A JSON answer that no cache keeps (it may hold a token). */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
  });
}

/** DRF's 404. */
export const notFound = (headers?: Record<string, string>) => json(404, { detail: 'Not found.' }, headers);
