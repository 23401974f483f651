import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright';
import { demoSession } from './demo.js';

// The README's `npm start`, driven as a user would: the demo page, its widget, its simulated phone,
// on the real reference server mounted in the Vite dev server on loopback.
describe('the demo (npm start)', () => {
  const demo = demoSession();

  async function enterNumber(page: Page): Promise<string> {
    await page.goto(`${demo.origin}/`);
    const input = page.locator('phone-login input');
    await input.pressSequentially('5123 4567');
    await input.press('Enter');
    const code = page.locator('phone-login [part~="code"]');
    await code.waitFor();
    return (await code.textContent())!.trim();
  }

  it('logs in: the site and the phone show the same code, the phone approves, the page gets the token', async () => {
    const page = await demo.browser.newPage();
    const code = await enterNumber(page);
    assert.match(code, /^\d{4}$/);
    const phoneCode = page.locator('simulated-phone [data-code]');
    await phoneCode.waitFor({ timeout: 10_000 });
    assert.equal((await phoneCode.textContent())?.trim(), code);
    await page.locator('simulated-phone button.approve').click();

    const logged = page.locator('#event-log li[data-event="success"]');
    await logged.waitFor();
    const detail = JSON.parse((await logged.textContent())!.replace(/^.*? success /, '')) as Record<string, string>;
    assert.equal(detail.phone, '+37251234567');
    assert.ok(detail.token.length > 20);
    assert.equal((await page.locator('phone-login [part~="success"]').textContent())?.trim(), 'You are logged in.');
    await page.close();
  });

  it('rejecting on the phone shows a clear message and a way to try again', async () => {
    const page = await demo.browser.newPage();
    await enterNumber(page);
    await page.locator('simulated-phone button.reject').click({ timeout: 10_000 });
    const error = page.locator('phone-login [part~="error"]');
    await error.waitFor();
    assert.equal((await error.textContent())?.trim(), 'The login was canceled on the phone.');
    assert.ok(await page.locator('#event-log li[data-event="failure"]').textContent().then((t) => t?.includes('user_cancel')));
    await page.locator('phone-login [part~="retry"]').click();
    assert.equal(await page.locator('phone-login input').inputValue(), '5123 4567');
    await page.close();
  });
});
