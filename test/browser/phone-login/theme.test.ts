import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { PhoneLogin } from '../../../src/phone-login/phone-login.js';
import { flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';
import { backdrop, contrast, paint, textContrast } from './contrast.js';

const part = (el: PhoneLogin, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const numberPart = (el: PhoneLogin, name: string) =>
  el.shadowRoot!.querySelector('phone-login-number')!.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** The contrast of a filled button's text with the button itself. */
const buttonContrast = (button: HTMLElement) => contrast(paint(getComputedStyle(button).color), backdrop(button));

/** Types a number, submits it and answers the start with a Mobile ID code: the step with link-style and outline buttons. */
async function toMessageStep(el: PhoneLogin, client: ScriptedClient) {
  el.shadowRoot!.querySelector('phone-login-number')!.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: '51234567' });
  await sendKeys({ press: 'Enter' });
  client.last('start').resolve(authResult({ phone: '+37251234567', message: '0427', state: 'Processing' }));
  await flush();
  await el.updateComplete;
}

// Issue 12: a designer picks one accent; the button text, the link-style buttons and the focus ring
// must stay readable in both schemes without a second colour.
const ACCENTS = ['#7c3aed', '#facc15', '#16a34a', '#0ea5e9', '#111827', '#ffffff', '#ef4444', '#767676', '#1d4ed8', '#93c5fd'];

/** Firefox's driver here (WebDriver BiDi) cannot emulate media; the forced `theme` cases cover the same colours there. */
const canEmulateMedia = !navigator.userAgent.includes('Firefox');

/** Sets the system colour scheme, or skips a dark-system test where that cannot be done. */
async function systemScheme(test: Mocha.Context, colorScheme: 'light' | 'dark') {
  if (canEmulateMedia) await emulateMedia({ colorScheme });
  else if (colorScheme === 'dark') test.skip();
}

describe('<phone-login> theming', () => {
  afterEach(async () => {
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light' });
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} scheme`, () => {
      for (const accent of ACCENTS) {
        it(`keeps text readable with only --phone-login-accent: ${accent}`, async () => {
          const client = new ScriptedClient();
          const el = await fixture<PhoneLogin>(
            html`<phone-login theme=${theme} default-country="EE" .client=${client} style="--phone-login-accent: ${accent}"></phone-login>`,
          );
          expect(paint(getComputedStyle(part(el, 'submit')).backgroundColor)).to.deep.equal(paint(accent), 'the button takes the accent');
          expect(buttonContrast(part(el, 'submit')), 'submit button text').to.be.at.least(4.5);
          await toMessageStep(el, client);
          expect(textContrast(part(el, 'change-number')), 'link-style button text').to.be.at.least(4.5);
          expect(textContrast(part(el, 'cancel')), 'outline button text').to.be.at.least(4.5);
          await sendKeys({ press: 'Tab' });
          expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cancel'));
          const ring = paint(getComputedStyle(part(el, 'cancel')).outlineColor);
          expect(contrast(ring, backdrop(part(el, 'cancel'))), 'focus ring on the background').to.be.at.least(3);
        });
      }
    });
  }

  it('derives the button text under a dark system setting too (the README accent, no theme attribute)', async function () {
    await systemScheme(this, 'dark');
    const el = await fixture<PhoneLogin>(html`<phone-login .client=${new ScriptedClient()} style="--phone-login-accent: #7c3aed"></phone-login>`);
    expect(buttonContrast(part(el, 'submit'))).to.be.at.least(4.5);
  });

  it('keeps a text colour the page sets for the accent', async () => {
    const el = await fixture<PhoneLogin>(
      html`<phone-login .client=${new ScriptedClient()} style="--phone-login-accent: #7c3aed; --phone-login-accent-text: #fde68a"></phone-login>`,
    );
    expect(paint(getComputedStyle(part(el, 'submit')).color)).to.deep.equal(paint('#fde68a'));
  });

  describe("the demo's brand preset", () => {
    let link: HTMLLinkElement;
    before(async () => {
      link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL('../../../demo/public/themes/brand.css', import.meta.url).href;
      const loaded = new Promise((resolve, reject) => ((link.onload = resolve), (link.onerror = reject)));
      document.head.append(link);
      await loaded;
    });
    after(() => link.remove());

    for (const [label, scheme, theme] of [
      ['light system setting', 'light', undefined],
      ['dark system setting', 'dark', undefined],
      ['forced dark', 'light', 'dark'],
    ] as const) {
      it(`has readable body, hint, legal and button text: ${label}`, async function () {
        await systemScheme(this, scheme);
        const client = new ScriptedClient();
        const el = await fixture<PhoneLogin>(html`
          <phone-login theme=${theme ?? 'auto'} default-country="EE" .client=${client}>
            <p slot="legal">By logging in you accept the terms of Example Service.</p>
          </phone-login>
        `);
        const legal = el.querySelector('p')!;
        expect(textContrast(numberPart(el, 'label')), 'label').to.be.at.least(4.5);
        expect(textContrast(numberPart(el, 'hint')), 'hint').to.be.at.least(4.5);
        expect(textContrast(legal), 'legal line').to.be.at.least(4.5);
        expect(buttonContrast(part(el, 'submit')), 'submit').to.be.at.least(4.5);
        await toMessageStep(el, client);
        expect(textContrast(part(el, 'code')), 'verification code').to.be.at.least(4.5);
        expect(textContrast(part(el, 'sent-to')), 'number asked').to.be.at.least(4.5);
      });
    }
  });
});
