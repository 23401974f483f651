import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright';
import { codeFromInbox, demoSession } from './demo.js';

// SMS codes through the demo: the reference server's local OTP provider sends the code to the
// simulated phone's inbox; the user reads it there and types it, as on a real phone.
describe('SMS code login on the demo', () => {
  const demo = demoSession('pin');

  /** Opens the demo, submits `national` (an Estonian mobile) and waits for the code step. */
  async function requestCode(page: Page, national: string): Promise<number> {
    await page.goto(`${demo.origin}/`);
    const sentAt = Date.now();
    const input = page.locator('phone-login phone-login-number input');
    await input.pressSequentially(national);
    await input.press('Enter');
    await page.locator('phone-login phone-login-pin input').waitFor();
    return sentAt;
  }

  it('logs in with the code read from the SMS inbox, in two requests', async () => {
    const page = await demo.browser.newPage();
    const calls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/auth-valimo/')) calls.push(new URL(request.url()).pathname.replace('/api/auth-valimo/', '') || 'start');
    });
    const sentAt = await requestCode(page, '5123 4001');
    const sms = page.locator('simulated-phone .sms p').first();
    await sms.waitFor();
    assert.match((await sms.textContent())!, /your login code is \d{6}\..*@127\.0\.0\.1 #\d{6}/s, 'the inbox shows the SMS with its WebOTP line');
    const code = await codeFromInbox(demo.origin, sentAt);
    assert.match(await page.locator('phone-login [part~="countdown"]').textContent() ?? '', /expires in [45]:\d\d/);
    await page.locator('phone-login phone-login-pin input').pressSequentially(code);

    const logged = page.locator('#event-log li[data-event="success"]');
    await logged.waitFor();
    const detail = JSON.parse((await logged.textContent())!.replace(/^.*? success /, '')) as Record<string, string>;
    assert.equal(detail.phone, '+37251234001');
    assert.ok(detail.token.length > 20);
    assert.deepEqual(calls, ['start', 'result/'], 'a start and one verify: the code step does not poll');
    await page.close();
  });

  it('counts wrong codes down, clears the field, and after the last one offers a new code', async () => {
    const page = await demo.browser.newPage();
    const sentAt = await requestCode(page, '5123 4002');
    const right = await codeFromInbox(demo.origin, sentAt);
    const wrong = right === '000000' ? '111111' : '000000';
    const pin = page.locator('phone-login phone-login-pin input');
    const error = page.locator('phone-login phone-login-pin [part~="error"]');

    for (const left of [2, 1]) {
      await pin.pressSequentially(wrong);
      await error.filter({ hasText: `${left} attempt` }).waitFor();
      assert.equal((await error.textContent())?.trim(), `Wrong code. ${left} attempt${left === 1 ? '' : 's'} left.`);
      assert.equal(await pin.inputValue(), '', 'the field is cleared');
      assert.equal(await pin.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el), true, 'and focused');
    }

    await pin.pressSequentially(wrong);
    const failed = page.locator('phone-login [part~="error"]').filter({ hasText: 'Too many wrong codes' });
    await failed.waitFor();
    const again = page.locator('phone-login [part~="retry"]');
    // The server's 30-second cooldown for this number still runs: the button counts it down.
    assert.match((await again.textContent())!.trim(), /^Send a new code in 0:[0-3]\d$/);
    assert.equal(await again.getAttribute('aria-disabled'), 'true');
    await page.close();
  });
});
