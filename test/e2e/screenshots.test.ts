import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext } from 'playwright';
import { PNG } from 'pngjs';
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

describe('the baseline comparison', () => {
  const square = (shade: number) => {
    const png = new PNG({ width: 4, height: 4 });
    png.data.fill(shade);
    return PNG.sync.write(png);
  };

  it('fails on a missing baseline, in CI or not, and writes none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baselines-'));
    const ci = process.env.CI;
    try {
      for (const value of [undefined, 'true']) {
        if (value === undefined) delete process.env.CI;
        else process.env.CI = value;
        const where = { baselines: join(dir, 'base'), results: join(dir, 'out'), update: false };
        const { ok, message } = compareWithBaseline('new-step', square(255), where);
        assert.equal(ok, false, `CI=${value}`);
        assert.match(message, /no baseline/);
        assert.equal(existsSync(join(dir, 'base', 'new-step.png')), false, 'no baseline was written');
      }
    } finally {
      if (ci === undefined) delete process.env.CI;
      else process.env.CI = ci;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a baseline only when told to update, then compares with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baselines-'));
    // update: false, as this test also runs while UPDATE_SCREENSHOTS=1 rewrites the real baselines.
    const where = { baselines: join(dir, 'base'), results: join(dir, 'out'), update: false };
    try {
      assert.equal(compareWithBaseline('step', square(255), { ...where, update: true }).ok, true);
      assert.equal(existsSync(join(dir, 'base', 'step.png')), true);
      assert.equal(compareWithBaseline('step', square(255), where).ok, true);
      assert.equal(compareWithBaseline('step', square(0), where).ok, false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
