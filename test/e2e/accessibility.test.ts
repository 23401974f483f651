import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright';
import { answerPhone, codeFromInbox, demoSession, heard, useMethod } from './demo.js';

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

/**
 * Tabs through every stop inside the widget, and names those whose focus cannot be seen: the
 * pixels around the control must change between focused and not focused.
 */
async function focusStops(page: Page): Promise<{ stops: string[]; invisible: string[] }> {
  const found: string[] = [];
  const seen = new Set<string>();
  const stops: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.activeElement?.localName === 'phone-login');
    if (!inside) continue;
    const name = await focused(page);
    if (seen.has(name)) break;
    seen.add(name);
    stops.push(name);
    const box = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      // Some inputs show their focus on the box around them: the phone's control, the code's boxes.
      const shown = el?.closest('[part~="boxes"], [part~="control"]') ?? el;
      const r = shown!.getBoundingClientRect();
      return { x: Math.max(0, r.x - 6), y: Math.max(0, r.y - 6), width: r.width + 12, height: r.height + 12 };
    });
    const withFocus = await page.screenshot({ clip: box, animations: 'disabled' });
    await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      (el as HTMLElement).blur();
      (window as unknown as { blurred: Element }).blurred = el!;
    });
    const withoutFocus = await page.screenshot({ clip: box, animations: 'disabled' });
    if (withFocus.equals(withoutFocus)) found.push(name);
    await page.evaluate(() => ((window as unknown as { blurred: HTMLElement }).blurred).focus());
  }
  return { stops, invisible: found };
}

/**
 * Whether the focused element's ring is whole: drawn, and inside the widget's box, so a page that
 * clips the widget (or a screenshot of it) never cuts it into bars. Names the sides that stick out.
 */
async function ringCut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = getComputedStyle(el!);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return [`no ring on ${el!.localName}`];
    const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const ring = el!.getBoundingClientRect();
    const box = document.querySelector('phone-login')!.getBoundingClientRect();
    const cut: string[] = [];
    if (ring.left - grow < box.left - 0.5) cut.push('left');
    if (ring.right + grow > box.right + 0.5) cut.push('right');
    if (ring.top - grow < box.top - 0.5) cut.push('top');
    if (ring.bottom + grow > box.bottom + 0.5) cut.push('bottom');
    return cut;
  });
}

describe('accessibility, end to end on the demo', () => {
  const demo = demoSession();

  it('logs in with Mobile ID by keyboard alone, focus always on the next thing to do', async () => {
    await useMethod(demo.origin, 'message');
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/`);
    await page.locator('phone-login input').waitFor();
    // From the top of the page: the first stops are the country button, then the number.
    while (!(await focused(page)).startsWith('button[trigger]')) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'input[input]');
    await page.keyboard.type('5123 4566');
    await page.keyboard.press('Enter');
    await page.locator('phone-login [part~="code"]').waitFor();
    assert.equal(await focused(page), 'p[code]');

    // Wrong number: the change-number button is the stop before the code; back to the form, the number kept.
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(page), 'button[button change-number]');
    await page.keyboard.press('Enter');
    await page.locator('phone-login phone-login-number input').waitFor();
    assert.equal(await focused(page), 'input[input]');
    assert.equal(await page.locator('phone-login phone-login-number input').inputValue(), '5123 4566');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5123 4567');
    await page.keyboard.press('Enter');
    await page.locator('phone-login [part~="sent-to"]', { hasText: '4567' }).waitFor();
    assert.equal(await focused(page), 'p[code]');
    await answerPhone(demo.origin, 'approve');
    await page.locator('phone-login [part~="success"]').waitFor();
    assert.equal(await focused(page), 'p[success]');
    assert.equal(
      await heard(page),
      [
        '- group "Phone login":',
        '  - paragraph: You are logged in.',
        '  - paragraph: Logged in with ⁦+372 #### ####⁩.',
        '  - status: You are logged in.',
      ].join('\n'),
      'a finished state: the number, and no legal line left to accept',
    );
    await page.close();
  });

  it('tells a screen reader what each Mobile ID step is, and meets target sizes', async () => {
    await useMethod(demo.origin, 'message');
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/`);
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
        '  - paragraph: Login request sent to ⁦+372 #### ####⁩.',
        '  - button "Change number"',
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
    await answerPhone(demo.origin, 'reject');
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

  it('logs in with an SMS code by keyboard alone, changing the number on the way', async () => {
    await useMethod(demo.origin, 'pin');
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/`);
    await page.locator('phone-login input').waitFor();
    while (!(await focused(page)).startsWith('button[trigger]')) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5123 4101');
    await page.keyboard.press('Enter');
    await page.locator('phone-login phone-login-pin input').waitFor();
    assert.equal(await focused(page), 'input[input]', 'the keyboard is in the code field');
    assert.equal(await page.locator('phone-login phone-login-pin input').getAttribute('autocomplete'), 'one-time-code');

    // Wrong number: back to the form by keyboard, the number kept and focused.
    while ((await focused(page)) !== 'button[button change-number]') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('phone-login phone-login-number input').waitFor();
    assert.equal(await focused(page), 'input[input]');
    assert.equal(await page.locator('phone-login phone-login-number input').inputValue(), '5123 4101');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5123 4102');
    const sentAt = Date.now();
    await page.keyboard.press('Enter');
    await page.locator('phone-login phone-login-pin input').waitFor();
    assert.equal(await focused(page), 'input[input]');
    await page.keyboard.type(await codeFromInbox(demo.origin, sentAt));
    await page.locator('phone-login [part~="success"]').waitFor();
    assert.equal(await focused(page), 'p[success]');
    await page.close();
  });

  it('tells a screen reader what the SMS code step is: where the code went, its shape, time left, errors', async () => {
    await useMethod(demo.origin, 'pin');
    const page = await demo.browser.newPage();
    await page.goto(`${demo.origin}/`);
    const number = page.locator('phone-login phone-login-number input');
    await number.pressSequentially('5123 4103');
    await number.press('Enter');
    const pin = page.locator('phone-login phone-login-pin input');
    await pin.waitFor();
    const step = async () => (await heard(page)).replace(/\d:\d\d/g, 'm:ss');
    assert.equal(
      await step(),
      [
        '- group "Phone login":',
        '  - paragraph: We sent a code by SMS to ⁦+372 #### ####⁩.',
        '  - text: Code from the SMS',
        '  - textbox "Code from the SMS"',
        '  - paragraph: 6 digits',
        '  - timer: The code expires in m:ss.',
        '  - button "Verify"',
        '  - button "Send a new code in m:ss" [disabled]',
        '  - button "Change number"',
        '  - paragraph: By logging in you accept the terms of Example Service.',
        '  - status: Code sent by SMS. It expires in 5 minutes.',
      ].join('\n'),
    );
    assert.deepEqual(await smallTargets(page), []);
    await pin.pressSequentially('000000');
    await page.locator('phone-login phone-login-pin [part~="error"]:not([hidden])').waitFor();
    const afterWrong = await step();
    assert.match(afterWrong, /- textbox "Code from the SMS" \[invalid\]\n/);
    assert.match(afterWrong, /- status: Wrong code\. 2 attempts left\./);
    // The error is tied to the field: it is the field's description.
    assert.equal(await pin.evaluate((el) => el.getAttribute('aria-describedby')), 'error');
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows where the keyboard focus is on every control of the phone form and the code step, ${scheme}`, async () => {
      await useMethod(demo.origin, 'pin');
      const page = await (await demo.browser.newContext({ colorScheme: scheme })).newPage();
      await page.goto(`${demo.origin}/`);
      await page.locator('phone-login input').waitFor();
      assert.deepEqual(await focusStops(page), {
        stops: ['button[trigger]', 'input[input]', 'button[button submit]'],
        invisible: [],
      });
      const number = page.locator('phone-login phone-login-number input');
      await number.fill(scheme === 'light' ? '5123 4104' : '5123 4105');
      await number.press('Enter');
      await page.locator('phone-login phone-login-pin input').waitFor();
      assert.deepEqual(await focusStops(page), {
        stops: ['button[button submit]', 'button[button resend]', 'button[button change-number]', 'input[input]'],
        invisible: [],
      });
      await page.close();
    });

    it(`shows where the keyboard focus is on the Mobile ID step and the result, ${scheme}`, async () => {
      await useMethod(demo.origin, 'message');
      const page = await (await demo.browser.newContext({ colorScheme: scheme })).newPage();
      await page.goto(`${demo.origin}/`);
      const number = page.locator('phone-login phone-login-number input');
      await number.fill(scheme === 'light' ? '5123 4106' : '5123 4107');
      await number.press('Enter');
      await page.locator('phone-login [part~="code"]').waitFor();
      assert.deepEqual(await ringCut(page), [], 'the code');
      assert.deepEqual(await focusStops(page), { stops: ['button[button cancel]', 'button[button change-number]'], invisible: [] });
      await page.locator('phone-login [part~="code"]').focus();
      await answerPhone(demo.origin, 'approve');
      await page.locator('phone-login [part~="success"]').waitFor();
      assert.deepEqual(await ringCut(page), [], 'the result');
      await page.close();
    });

    it(`finds no axe violations with the country picker open, ${scheme}`, async () => {
      // AxeBuilder needs a page of an explicit context (TOOLCHAIN G10).
      const page = await (await demo.browser.newContext({ colorScheme: scheme })).newPage();
      await page.goto(`${demo.origin}/`);
      await page.locator('phone-login input').waitFor();
      await page.locator('phone-login-country [part~="trigger"]').click();
      await page.locator('phone-login-country [role="listbox"]').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'country picker open');
      await page.keyboard.type('Fin');
      assert.deepEqual(await axeViolations(page), [], 'country picker filtered');
      await page.close();
    });
  }
});
