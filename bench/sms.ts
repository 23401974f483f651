// Requests per SMS-code login, and the time from the last typed digit to the `success` event,
// with the real CDN build in headless Chromium against the reference server's local OTP provider.
import { launch } from '../test/e2e/browser.js';
import { LocalOtpProvider, SimulatedInbox, createLoginHandler, createSignedTokens, type WebHandler } from '../server/index.js';
import { servePage, spread, successTimes } from './page-server.js';

const LOGINS = 8;

/** Runs LOGINS logins typing the right code, then LOGINS with one wrong code first; prints the figures. */
export async function smsFigures(): Promise<void> {
  const inbox = new SimulatedInbox();
  // No cooldown: every login uses a fresh number anyway, but the bench must not wait on one.
  const otp = new LocalOtpProvider({ sender: inbox, resendCooldownSeconds: 0 });
  const login = createLoginHandler({ provider: otp, tokens: createSignedTokens() });
  let requests = 0;
  const counting: WebHandler = { owns: login.owns, handle: (request) => (requests++, login.handle(request)) };
  const server = await servePage(counting);
  const browser = await launch();
  try {
    for (const wrongFirst of [false, true]) {
      const perLogin: number[] = [];
      const latency: number[] = [];
      for (let i = 0; i < LOGINS; i++) {
        const page = await browser.newPage();
        await page.goto(server.url);
        requests = 0;
        const number = page.locator('phone-login phone-login-number input');
        await number.pressSequentially(`5123 ${4000 + i + (wrongFirst ? 100 : 0)}`);
        await number.press('Enter');
        const pin = page.locator('phone-login phone-login-pin input');
        await pin.waitFor();
        const code = /code is (\d+)/.exec(inbox.messages()[0]!.body)![1]!;
        if (wrongFirst) {
          await pin.pressSequentially(code === '000000' ? '111111' : '000000');
          await page.locator('phone-login phone-login-pin [part~="error"]:not([hidden])').waitFor();
        }
        await pin.pressSequentially(code.slice(0, -1));
        const typedAt = Date.now();
        await pin.press(code.at(-1)!);
        await page.waitForFunction(() => (window as unknown as { successAt: number[] }).successAt.length > 0);
        latency.push((await successTimes(page))[0]! - typedAt);
        perLogin.push(requests);
        await page.close();
      }
      console.log(`${LOGINS} SMS logins${wrongFirst ? ', one wrong code first' : ''}:`);
      console.log(`  requests per login (start, checks): ${spread(perLogin)}`);
      console.log(`  last digit typed to success event, ms: ${spread(latency)}`);
    }
  } finally {
    await browser.close();
    otp.close();
    login.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await smsFigures();
