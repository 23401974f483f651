import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright';
import { answerPhone, codeFromInbox, demoSession, useMethod } from './demo.js';

// A real reload in the middle of a login, against the reference server of the demo: the widget
// comes back on the same step of the same login, from this tab's sessionStorage.
describe('resume after a reload', () => {
  const demo = demoSession();

  /** Records the uuid of every result/ request, in order. */
  function polledUuids(page: Page): string[] {
    const uuids: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/auth-valimo/result/')) uuids.push((JSON.parse(request.postData() ?? '{}') as { uuid: string }).uuid);
    });
    return uuids;
  }

  /** What the page keeps in sessionStorage, as one string. */
  const stored = (page: Page) => page.evaluate(() => JSON.stringify({ ...sessionStorage }));

  async function submit(page: Page, national: string): Promise<void> {
    const input = page.locator('phone-login phone-login-number input');
    await input.pressSequentially(national);
    await input.press('Enter');
  }

  async function successDetail(page: Page): Promise<Record<string, string>> {
    const logged = page.locator('#event-log li[data-event="success"]');
    await logged.waitFor();
    return JSON.parse((await logged.textContent())!.replace(/^.*? success /, '')) as Record<string, string>;
  }

  it('Mobile ID: the same code after the reload, polling the same login until the phone approves', async () => {
    await useMethod(demo.origin, 'message');
    const page = await demo.browser.newPage();
    const uuids = polledUuids(page);
    const starts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/auth-valimo/') && request.method() === 'POST') starts.push(request.url());
    });
    await page.goto(`${demo.origin}/`);
    await submit(page, '5123 4101');
    const code = page.locator('phone-login [part~="code"]');
    await code.waitFor();
    const shown = (await code.textContent())!.trim();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/result/')));
    assert.doesNotMatch(await stored(page), /5123\s?4101|37251234101/, 'no number in clear in storage');

    await page.reload();
    await code.waitFor();
    assert.equal((await code.textContent())!.trim(), shown, 'the same verification code');
    assert.match((await page.locator('phone-login [part~="sent-to"]').textContent())!, /\+372\s••••\s4101/);
    await answerPhone(demo.origin, 'approve');
    const detail = await successDetail(page);
    assert.equal(detail.phone, '+37251234101');
    assert.equal(starts.length, 1, 'one start: the reload did not start a new login');
    assert.ok(uuids.length >= 2 && uuids.every((uuid) => uuid === detail.uuid), 'every poll, before and after the reload, for the same login');
    assert.equal(await stored(page), '{}', 'the finished login is forgotten');
    await page.close();
  });

  it('SMS: the code step after the reload, and the code from the SMS logs in', async () => {
    await useMethod(demo.origin, 'pin');
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/`);
    const sentAt = Date.now();
    await submit(page, '5123 4102');
    const pin = page.locator('phone-login phone-login-pin input');
    await pin.waitFor();
    assert.doesNotMatch(await stored(page), /5123\s?4102|37251234102/, 'no number in clear in storage');

    await page.reload();
    await pin.waitFor();
    assert.match((await page.locator('phone-login [part~="countdown"]').textContent()) ?? '', /expires in [45]:\d\d/);
    await pin.pressSequentially(await codeFromInbox(demo.origin, sentAt));
    const detail = await successDetail(page);
    assert.ok(detail.token.length > 20);
    assert.equal(await stored(page), '{}', 'the finished login is forgotten');
    await page.close();
  });
});
