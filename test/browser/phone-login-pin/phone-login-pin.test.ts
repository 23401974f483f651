import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/phone-login-pin/phone-login-pin.js';
import type { PhoneLoginPin } from '../../../src/phone-login-pin/phone-login-pin.js';

const inner = (el: PhoneLoginPin) => el.shadowRoot!.querySelector('input')!;
const boxes = (el: PhoneLoginPin) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="box"]')];
const shown = (el: PhoneLoginPin) => boxes(el).map((b) => b.textContent).join('');

async function typeInto(el: PhoneLoginPin, text: string) {
  inner(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Fills the input the way paste and autofill do: one input event carrying the whole text. */
async function fill(el: PhoneLoginPin, text: string, inputType = 'insertFromPaste') {
  const input = inner(el);
  input.value = text;
  input.setSelectionRange(text.length, text.length);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data: text }));
  await el.updateComplete;
}

describe('<phone-login-pin>', () => {
  it('is accessible, empty and with an error', async () => {
    const el = await fixture<PhoneLoginPin>(html`<phone-login-pin></phone-login-pin>`);
    await expect(el).to.be.accessible();
    el.error = 'Wrong code. 2 attempts left.';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el).getAttribute('aria-describedby')).to.equal('error');
  });

  it('is one labelled input that autofill knows as a one-time code, drawn as one box per character', async () => {
    const el = await fixture<PhoneLoginPin>(html`<phone-login-pin length="4"></phone-login-pin>`);
    const input = inner(el);
    expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(1);
    // Autofill reads the attribute. Firefox (ESR 153) has no SMS-code autofill and does not know the
    // one-time-code token, so its reflected property reads '' there, as for any unknown token; its
    // users type or paste the code, which the tests below check in every engine.
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.autocomplete).to.equal(/\bFirefox\//.test(navigator.userAgent) ? '' : 'one-time-code');
    expect(input.inputMode).to.equal('numeric');
    expect(input.labels![0].textContent).to.equal('Code from the SMS');
    expect(boxes(el)).to.have.length(4);
    expect(boxes(el).every((b) => b.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('takes typed digits as a string, keeping leading zeros, and ignores other keys', async () => {
    const el = await fixture<PhoneLoginPin>(html`<phone-login-pin without-autosubmit></phone-login-pin>`);
    await typeInto(el, '0a0-1 2');
    expect(el.value).to.equal('0012');
    expect(shown(el)).to.equal('0012');
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.value).to.equal('001');
  });

  it('takes a pasted code with spaces, dashes or a "G-" prefix, and Arabic digits', async () => {
    const cases: [string, string][] = [
      ['123 456', '123456'],
      ['123-456', '123456'],
      ['G-123456', '123456'],
      ['  654321\n', '654321'],
      ['١٢٣٤٥٦', '123456'],
      ['12345678', '123456'],
    ];
    for (const [text, code] of cases) {
      const el = await fixture<PhoneLoginPin>(html`<phone-login-pin without-autosubmit></phone-login-pin>`);
      await fill(el, text);
      expect(el.value, text).to.equal(code);
    }
  });

  it('takes letters for alphanumeric codes, in upper case, with a text keyboard', async () => {
    const el = await fixture<PhoneLoginPin>(html`<phone-login-pin type="alphanumeric" length="5" without-autosubmit></phone-login-pin>`);
    expect(inner(el).inputMode).to.equal('text');
    await fill(el, 'yt5-3m');
    expect(el.value).to.equal('YT53M');
  });

  it('submits its form by itself once autofill completes the code', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><phone-login-pin name="code"></phone-login-pin></form>`);
    const el = form.querySelector('phone-login-pin')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    const submitted = oneEvent(form, 'submit');
    await fill(el, '482913', 'insertReplacementText');
    await submitted;
    expect(new FormData(form).get('code')).to.equal('482913');
  });

  it('does not submit by itself with without-autosubmit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><phone-login-pin without-autosubmit></phone-login-pin></form>`);
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    const el = form.querySelector('phone-login-pin')!;
    await fill(el, '482913');
    // An autosubmit is made once the update that completes the code is done: this one.
    await el.updateComplete;
    expect(el.matches(':state(complete)')).to.equal(true);
    expect(submits).to.equal(0);
  });

  it('takes part in forms: required, too short, reset, disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form><fieldset><phone-login-pin name="code" required without-autosubmit></phone-login-pin></fieldset></form>
    `);
    const el = form.querySelector('phone-login-pin')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    await fill(el, '123');
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('code')).to.equal('123');
    await fill(el, '123456');
    expect(form.checkValidity()).to.equal(true);
    expect(el.matches(':state(complete)')).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(inner(el).disabled).to.equal(true);
  });

  it('keeps the code left to right on a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><phone-login-pin length="4" without-autosubmit></phone-login-pin></div>`);
    const el = wrapper.querySelector('phone-login-pin')!;
    await fill(el, '1234');
    const [first, second] = boxes(el);
    expect(first.textContent).to.equal('1');
    expect(first.getBoundingClientRect().left).to.be.lessThan(second.getBoundingClientRect().left);
  });

  describe('WebOTP', () => {
    const original = navigator.credentials.get;
    let requests: CredentialRequestOptions[];
    let answer: (code: string) => void;

    beforeEach(() => {
      requests = [];
      (globalThis as Record<string, unknown>).OTPCredential ??= class {};
      navigator.credentials.get = ((options: CredentialRequestOptions) => {
        requests.push(options);
        return new Promise((resolve, reject) => {
          answer = (code) => resolve({ code, type: 'otp', id: '' } as unknown as Credential);
          options.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      }) as typeof navigator.credentials.get;
    });

    afterEach(() => {
      navigator.credentials.get = original;
    });

    it('asks the browser for the SMS code, fills it and submits', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><phone-login-pin name="code"></phone-login-pin></form>`);
      form.addEventListener('submit', (e) => e.preventDefault());
      expect(requests).to.have.length(1);
      expect((requests[0] as { otp?: { transport: string[] } }).otp).to.deep.equal({ transport: ['sms'] });
      const submitted = oneEvent(form, 'submit');
      answer('731904');
      await submitted;
      expect(form.querySelector('phone-login-pin')!.value).to.equal('731904');
    });

    it('stops asking when the field leaves the page', async () => {
      const el = await fixture<PhoneLoginPin>(html`<phone-login-pin></phone-login-pin>`);
      const { signal } = requests[0];
      expect(signal!.aborted).to.equal(false);
      el.remove();
      expect(signal!.aborted).to.equal(true);
    });

    it('keeps one request per page: a newer field takes it over', async () => {
      await fixture<PhoneLoginPin>(html`<div><phone-login-pin></phone-login-pin><phone-login-pin></phone-login-pin></div>`);
      expect(requests).to.have.length(2);
      expect(requests[0].signal!.aborted).to.equal(true);
      expect(requests[1].signal!.aborted).to.equal(false);
    });

    it('does not ask with without-webotp', async () => {
      await fixture<PhoneLoginPin>(html`<phone-login-pin without-webotp></phone-login-pin>`);
      expect(requests).to.have.length(0);
    });
  });
});
