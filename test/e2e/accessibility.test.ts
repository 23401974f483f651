import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright';
import { launch } from './browser.js';
import { answerPhone, heard, startDemo, useMethod } from './demo.js';
import type { ViteDevServer } from 'vite';

/** Every control of the widget a pointer can hit is at least 24 × 24 CSS pixels (WCAG 2.2, 2.5.8). */
async function smallTargets(page: Page): Promise<string[]> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const found: string[] = [];
    const roots: ShadowRoot[] = [document.querySelector('phone-login')!.shadowRoot!];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const el of root.querySelectorAll<HTMLElement>('button, input, select, [role="option"]')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && (box.width < 24 || box.height < 24)) found.push(`${el.localName}[part=${el.getAttribute('part')}] ${box.width}×${box.height}`);
      }
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot);
    }
    return found;
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('phone-login').analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What has the keyboard focus, through shadow roots: "tag[part]". */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.localName}[${el.getAttribute('part') ?? ''}]` : 'none';
  });
}

describe('accessibility, end to end on the demo', () => {
  let vite: ViteDevServer;
  let origin: string;
  let browser: Browser;

  before(async () => {
    ({ vite, origin } = await startDemo());
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await vite?.close();
  });

  it('logs in with Mobile ID by keyboard alone, focus always on the next thing to do', async () => {
    await useMethod(origin, 'message');
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.locator('phone-login input').waitFor();
    // From the top of the page: the first stops are the country button, then the number.
    while (!(await focused(page)).startsWith('button[trigger]')) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'input[input]');
    await page.keyboard.type('5123 4567');
    await page.keyboard.press('Enter');
    await page.locator('phone-login [part~="code"]').waitFor();
    assert.equal(await focused(page), 'p[code]');
    await answerPhone(origin, 'approve');
    await page.locator('phone-login [part~="success"]').waitFor();
    assert.equal(await focused(page), 'p[success]');
    await page.close();
  });

  it('tells a screen reader what each Mobile ID step is, and meets target sizes', async () => {
    await useMethod(origin, 'message');
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.locator('phone-login input').waitFor();
    assert.equal(
      await heard(page),
      [
        '- group "Phone login":',
        '  - text: Phone number',
        `  - 'button "Country: Estonia, +372"'`,
        '  - textbox "Phone number"',
        '  - paragraph: Include the country code if your number is from another country, e.g. +372.',
        '  - button "Continue"',
        '  - paragraph: By logging in you accept the terms of Example Service.',
        '  - status',
      ].join('\n'),
    );
    assert.deepEqual(await smallTargets(page), []);
    await page.locator('phone-login input').pressSequentially('5123 4567');
    await page.locator('phone-login input').press('Enter');
    await page.locator('phone-login [part~="code"]').waitFor();
    await page.locator('phone-login [part~="progress"]', { hasText: 'confirm on your phone' }).waitFor();
    assert.equal(
      await heard(page),
      [
        '- group "Phone login":',
        '  - paragraph: Verification code',
        '  - paragraph: "####"',
        '  - paragraph: Make sure your phone shows the same code before you confirm there.',
        '  - paragraph: Waiting for you to confirm on your phone…',
        '  - button "Cancel"',
        '  - paragraph: By logging in you accept the terms of Example Service.',
        '  - status: "Verification code: # # # #. Waiting for you to confirm on your phone…"',
      ].join('\n'),
    );
    assert.deepEqual(await smallTargets(page), []);
    await answerPhone(origin, 'reject');
    await page.locator('phone-login [part~="retry"]').waitFor();
    assert.equal(
      await heard(page),
      [
        '- group "Phone login":',
        '  - paragraph: The login was canceled on the phone.',
        '  - button "Try again"',
        '  - paragraph: By logging in you accept the terms of Example Service.',
        '  - status: The login was canceled on the phone.',
      ].join('\n'),
    );
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations in the Mobile ID steps, ${scheme}`, async () => {
      await useMethod(origin, 'message');
      // AxeBuilder needs a page of an explicit context (TOOLCHAIN G10).
      const page = await (await browser.newContext({ colorScheme: scheme })).newPage();
      await page.goto(`${origin}/`);
      await page.locator('phone-login input').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'phone form');
      await page.locator('phone-login-country [part~="trigger"]').click();
      assert.deepEqual(await axeViolations(page), [], 'country picker open');
      await page.keyboard.press('Escape');
      await page.locator('phone-login input').pressSequentially('5123 4567');
      await page.locator('phone-login input').press('Enter');
      await page.locator('phone-login [part~="code"]').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'verification code');
      await answerPhone(origin, 'reject');
      await page.locator('phone-login [part~="retry"]').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'failure');
      await page.close();
    });
  }
});
