import type { Page, Route } from 'playwright';

/** The widget's steps, each reached with fixed server answers so pictures are repeatable. */
export const STEPS = ['phone', 'message', 'failed', 'success', 'pin', 'pin-wrong'] as const;
/** One step of the widget. */
export type Step = (typeof STEPS)[number];

const LOGIN = { uuid: 'a'.repeat(32), token: null, phone: '+37251234567', error_message: '', details: '' };
const MESSAGE = { ...LOGIN, message: '0427', challenge: 'message' };
const PIN = { ...LOGIN, message: '', state: 'Processing', challenge: 'pin', pin_length: 6, pin_type: 'numeric', expires_in: 300, attempts_left: 3, resend_in: 30 };

/** What the fixed server answers to a start and to a result call, per step. */
function answers(step: Step): { start: object; result: (body: Record<string, unknown>) => [number, object] } {
  switch (step) {
    case 'message':
    case 'phone':
      return { start: { ...MESSAGE, state: 'Processing' }, result: () => [200, { ...MESSAGE, state: 'Processing' }] };
    case 'failed':
      return { start: { ...MESSAGE, state: 'Processing' }, result: () => [200, { ...MESSAGE, state: 'Canceled', details: 'User cancel.', reason: 'user_cancel' }] };
    case 'success':
      return { start: { ...MESSAGE, state: 'Processing' }, result: () => [200, { ...MESSAGE, state: 'OK', token: 'screenshot-token' }] };
    case 'pin':
    case 'pin-wrong':
      return { start: PIN, result: () => [400, { pin: ['Wrong code.'], attempts_left: 2 }] };
  }
}

/**
 * Brings the demo's widget to `step` against a fixed server (the API is answered by Playwright,
 * so codes and states never vary), in the demo's language `lang`.
 */
export async function reach(page: Page, origin: string, step: Step, lang: string): Promise<void> {
  const { start, result } = answers(step);
  await page.route(/\/api\/auth-valimo\//, async (route: Route) => {
    const path = new URL(route.request().url()).pathname;
    const body = (route.request().postDataJSON() ?? {}) as Record<string, unknown>;
    const [status, json] = path.endsWith('/result/') ? result(body) : path.endsWith('/cancel/') ? [200, {}] : [201, start];
    // A held long poll would keep the message step busy; the fixed server answers after a pause instead.
    if (path.endsWith('/result/') && step === 'message') await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(json) }).catch(() => {});
  });
  await page.goto(`${origin}/`);
  await page.locator('#language').selectOption(lang);
  await page.locator('phone-login').evaluate((el: Element & { updateComplete?: Promise<unknown> }) => el.updateComplete);
  const widget = page.locator('phone-login');
  // The language module has arrived once the region is named in it (English has no module to wait for).
  await page.waitForFunction(
    (l) => {
      const base = document.querySelector('phone-login')?.shadowRoot?.querySelector('[part~="base"]');
      return base?.getAttribute('dir') === (l === 'ar' || l === 'he' ? 'rtl' : 'ltr') && (l === 'en' || base.getAttribute('aria-label') !== 'Phone login');
    },
    lang,
  );
  if (step === 'phone') return;
  const number = widget.locator('phone-login-number input');
  await number.fill('5123 4567');
  await number.press('Enter');
  if (step === 'message') return widget.locator('[part~="code"]').waitFor();
  if (step === 'failed') return widget.locator('[part~="retry"]').waitFor();
  if (step === 'success') return widget.locator('[part~="success"]').waitFor();
  const pin = widget.locator('phone-login-pin input');
  await pin.waitFor();
  if (step === 'pin') return;
  await pin.pressSequentially('111111');
  await widget.locator('phone-login-pin [part~="error"]:not([hidden])').waitFor();
}
