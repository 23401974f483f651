/**
 * Replaces the browser's WebOTP with one that never finds an SMS (as on a desktop), so element
 * tests do not depend on the test browser's own credential manager. Returns the restore function.
 */
export function stubWebOtp(): () => void {
  const original = navigator.credentials.get;
  navigator.credentials.get = ((options?: CredentialRequestOptions) =>
    new Promise((_resolve, reject) => {
      options?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    })) as typeof navigator.credentials.get;
  return () => {
    navigator.credentials.get = original;
  };
}
