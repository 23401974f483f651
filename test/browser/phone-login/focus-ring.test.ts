import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { PhoneLogin } from '../../../src/phone-login/phone-login.js';
import { flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';
import { stubWebOtp } from '../helpers/web-otp.js';

const part = (el: PhoneLogin, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/**
 * The box the focus ring of `target` covers, and whether any of it falls outside the widget: a
 * page that clips the widget to its box (overflow: hidden, a screenshot of the element) would cut
 * it into detached bars (issue 12).
 */
function ringOutside(el: PhoneLogin, target: Element): string[] {
  const style = getComputedStyle(target);
  expect(style.outlineStyle, 'a ring is drawn').to.not.equal('none');
  expect(parseFloat(style.outlineWidth), 'the ring is at least 2px wide').to.be.at.least(2);
  const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  const ring = target.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  const outside: string[] = [];
  if (ring.left - grow < box.left - 0.5) outside.push(`left by ${box.left - ring.left + grow}px`);
  if (ring.right + grow > box.right + 0.5) outside.push(`right by ${ring.right + grow - box.right}px`);
  if (ring.top - grow < box.top - 0.5) outside.push(`top by ${box.top - ring.top + grow}px`);
  if (ring.bottom + grow > box.bottom + 0.5) outside.push(`bottom by ${ring.bottom + grow - box.bottom}px`);
  return outside;
}

/** The widget in its default light scheme (no padding of its own), at the keyboard's mercy. */
async function begin(dir: 'ltr' | 'rtl') {
  const client = new ScriptedClient();
  const el = await fixture<PhoneLogin>(html`<phone-login dir=${dir} theme="light" default-country="EE" .client=${client}></phone-login>`);
  el.shadowRoot!.querySelector('phone-login-number')!.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: '51234567' });
  await sendKeys({ press: 'Enter' });
  return { el, client };
}

async function settle(el: PhoneLogin) {
  await flush();
  await el.updateComplete;
}

describe('<phone-login> focus rings stay whole inside the widget', () => {
  let restore: () => void;
  beforeEach(() => (restore = stubWebOtp()));
  afterEach(() => restore());

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`around the verification code, then the success, ${dir}`, async () => {
      const { el, client } = await begin(dir);
      client.last('start').resolve(authResult({ phone: '+37251234567', message: '0427', state: 'Processing' }));
      await settle(el);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'code'));
      expect(ringOutside(el, part(el, 'code'))).to.deep.equal([]);
      client.last('result').resolve(authResult({ phone: '+37251234567', state: 'OK', token: 't' }));
      await settle(el);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'success'));
      expect(ringOutside(el, part(el, 'success'))).to.deep.equal([]);
    });

    it(`around "try again" after a failure, ${dir}`, async () => {
      const { el, client } = await begin(dir);
      client.last('start').resolve(authResult({ phone: '+37251234567', message: '0427', state: 'Processing' }));
      await settle(el);
      client.last('result').resolve(authResult({ state: 'Canceled', details: 'User cancel.' }));
      await settle(el);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'retry'));
      expect(ringOutside(el, part(el, 'retry'))).to.deep.equal([]);
    });

    it(`around the first code box and every button of the code step, ${dir}`, async () => {
      const { el, client } = await begin(dir);
      client.last('start').resolve(
        authResult({ phone: '+37251234567', message: '', state: 'Processing', challenge: 'pin', pin_length: 6, expires_in: 300, resend_in: 0 }),
      );
      await settle(el);
      const pin = el.shadowRoot!.querySelector('phone-login-pin')!;
      await pin.updateComplete;
      expect(pin.matches(':focus-within')).to.equal(true);
      expect(ringOutside(el, pin.shadowRoot!.querySelector('[part~="box"][data-active]')!)).to.deep.equal([]);
      for (const name of ['submit', 'resend', 'change-number']) {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement, name).to.equal(part(el, name));
        expect(ringOutside(el, part(el, name)), name).to.deep.equal([]);
      }
    });
  }
});
