/** The page's one WebOTP request: browsers serve one at a time, so a new one replaces the old. */
let pending: AbortController | undefined;

/**
 * Asks the browser for the code in an incoming SMS (the WebOTP API: the SMS's last line is
 * `@host #code`). Returns the controller that stops waiting, or undefined where the browser has no
 * WebOTP (desktop browsers, Firefox, Safari: there `autocomplete="one-time-code"` does the work).
 */
export function requestWebOtp(onCode: (code: string) => void): AbortController | undefined {
  if (!('OTPCredential' in globalThis) || typeof navigator.credentials?.get !== 'function') return undefined;
  pending?.abort();
  const controller = (pending = new AbortController());
  const options = { otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions;
  navigator.credentials
    .get(options)
    .then(
      (credential) => {
        const code = (credential as { code?: unknown } | null)?.code;
        if (!controller.signal.aborted && typeof code === 'string') onCode(code);
      },
      // Aborted, declined by the user or no SMS came: typing still works.
      () => undefined,
    )
    .finally(() => {
      if (pending === controller) pending = undefined;
    });
  return controller;
}
