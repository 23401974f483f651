import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/phone-login-number/phone-login-number.js';
import type { PhoneLoginNumber } from '../../../src/phone-login-number/phone-login-number.js';

const inner = (el: PhoneLoginNumber) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: PhoneLoginNumber) => {
  const error = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
  return error.hidden ? '' : error.textContent!;
};

async function typeInto(el: PhoneLoginNumber, text: string) {
  inner(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Puts text in the field the way paste and autofill do: one input event with the whole value. */
async function paste(el: PhoneLoginNumber, text: string) {
  const input = inner(el);
  input.value = text;
  input.setSelectionRange(text.length, text.length);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
  await el.updateComplete;
}

describe('<phone-login-number>', () => {
  it('is accessible, empty and with an error shown', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await expect(el).to.be.accessible();
    await typeInto(el, '12');
    inner(el).blur();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is a tel input that autofill understands, kept left-to-right', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number></phone-login-number>`);
    const input = inner(el);
    expect([input.type, input.autocomplete, input.inputMode, input.dir]).to.deep.equal(['tel', 'tel', 'tel', 'ltr']);
  });

  it('formats as you type in the default country and gives E.164', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="US"></phone-login-number>`);
    await typeInto(el, '2015550123');
    expect(inner(el).value).to.equal('(201) 555-0123');
    expect(el.value).to.equal('+12015550123');
  });

  it('switches country when the number starts with + or 00', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="US"></phone-login-number>`);
    await typeInto(el, '+37251234567');
    expect(inner(el).value).to.equal('+372 5123 4567');
    expect(el.value).to.equal('+37251234567');
    expect(el.shadowRoot!.querySelector('[part="country"]')!.textContent).to.equal('🇪🇪');
    await paste(el, '0044 7911 123456');
    expect(el.value).to.equal('+447911123456');
  });

  it('takes pasted numbers in common forms without doubling the dial code', async () => {
    const cases: [string, string, string][] = [
      ['GB', '+44 7911 123456', '+447911123456'],
      ['GB', '07911 123456', '+447911123456'],
      ['US', '(201) 555-0123', '+12015550123'],
      ['US', '+1 201-555-0123', '+12015550123'],
      ['EE', '+372 5123 4567', '+37251234567'],
    ];
    for (const [country, text, e164] of cases) {
      const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country=${country}></phone-login-number>`);
      await paste(el, text);
      expect(el.value, text).to.equal(e164);
    }
  });

  it('keeps the caret beside the digit being typed in the middle', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="US"></phone-login-number>`);
    await typeInto(el, '2015550123');
    const input = inner(el);
    input.setSelectionRange(6, 6); // "(201) |555-0123"
    await sendKeys({ press: 'ArrowRight' }); // "(201) 5|55-0123"
    await sendKeys({ press: 'Backspace' });
    expect(input.value).to.equal('(201) 550-123');
    expect(input.selectionStart).to.equal(6);
    await sendKeys({ type: '9' });
    expect(input.value).to.equal('(201) 955-0123');
    expect(input.selectionStart).to.equal(7);
  });

  it('deletes the digit before a space or bracket on Backspace instead of getting stuck', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="US"></phone-login-number>`);
    await typeInto(el, '2015550123');
    const input = inner(el);
    input.setSelectionRange(6, 6); // "(201) |555-0123": the caret after the space
    await sendKeys({ press: 'Backspace' });
    expect(input.value).to.equal('(205) 550-123');
    expect(input.selectionStart).to.equal(3);
  });

  it('says nothing while typing, and why the number is refused on blur', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await typeInto(el, '512');
    expect(errorText(el)).to.equal('');
    inner(el).blur();
    await el.updateComplete;
    expect(errorText(el)).to.equal('This number is too short.');
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el).getAttribute('aria-describedby')).to.contain('error');
  });

  it('names too-long numbers and unknown country codes', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await paste(el, '+372 5123 4567 8901 2');
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(errorText(el)).to.equal('This number is too long.');
    await paste(el, '+999 1234567');
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('country code does not exist');
  });

  it('takes part in forms: name, E.164 value, required, reset, and a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <fieldset>
          <phone-login-number name="phone" default-country="FI" required value="+358401234567"></phone-login-number>
        </fieldset>
      </form>
    `);
    const el = form.querySelector('phone-login-number')!;
    await el.updateComplete;
    expect(new FormData(form).get('phone')).to.equal('+358401234567');
    expect(form.checkValidity()).to.equal(true);
    await paste(el, '+358 40');
    expect(new FormData(form).get('phone')).to.equal(null);
    expect(el.matches(':state(invalid)')).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(inner(el).value).to.equal('+358 40 1234567');
    expect(new FormData(form).get('phone')).to.equal('+358401234567');
    await paste(el, '');
    expect(form.checkValidity()).to.equal(false);
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(inner(el).disabled).to.equal(true);
  });

  it('fires change from the host when the user commits an edit', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    const changed = oneEvent(el, 'change');
    await typeInto(el, '51234567');
    inner(el).blur();
    await changed;
    expect(el.value).to.equal('+37251234567');
  });
});
