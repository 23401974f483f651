import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext } from 'playwright';
import { compareWithBaseline } from './compare.js';
import { demoSession } from './demo.js';
import { STEPS, reach } from './scenarios.js';

// Every step of both challenges, light and dark, left-to-right (English) and right-to-left
// (Arabic), on a 320 px phone and a desktop window. Pictures land in test-results/screenshots/
// and are compared with test/e2e/screenshots/; axe checks each state on the way.
const THEMES = ['light', 'dark'] as const;
const LANGS = { ltr: 'en', rtl: 'ar' } as const;
const VIEWPORTS = { phone: { width: 320, height: 640 }, desktop: { width: 1024, height: 768 } } as const;

describe('how the widget looks, in every step, theme, direction and width', () => {
  const demo = demoSession();

  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    for (const theme of THEMES) {
      for (const [dir, lang] of Object.entries(LANGS)) {
        it(`${size}, ${theme}, ${dir}: every step matches its baseline${size === 'desktop' ? ' and axe finds nothing' : ''}`, async () => {
          const context: BrowserContext = await demo.browser.newContext({ viewport, colorScheme: theme, reducedMotion: 'reduce' });
          const failures: string[] = [];
          try {
            for (const step of STEPS) {
              const page = await context.newPage();
              await reach(page, demo.origin, step, lang);
              const widget = page.locator('phone-login');
              // The countdowns tick while the picture is taken; their boxes are kept, their digits masked.
              const png = await widget.screenshot({
                animations: 'disabled',
                caret: 'hide',
                mask: [widget.locator('[part~="countdown"]'), widget.locator('[part~="resend"]')],
              });
              const { ok, message } = compareWithBaseline(`${step}-${theme}-${dir}-${size}`, png);
              if (!ok) failures.push(message);
              if (size === 'phone') {
                // Nothing may stick out sideways: a 320 px phone must not scroll horizontally.
                const wider = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
                if (wider > 0) failures.push(`${step}: the page scrolls sideways by ${wider} px`);
              }
              if (size === 'desktop') {
                const { violations } = await new AxeBuilder({ page }).include('phone-login').analyze();
                for (const v of violations) failures.push(`${step}: axe ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
              }
              await page.close();
            }
          } finally {
            await context.close();
          }
          assert.deepEqual(failures, []);
        });
      }
    }
  }
});
