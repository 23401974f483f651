import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/phone-login-number/phone-login-number.js';
import type { PhoneLoginNumber } from '../../../src/phone-login-number/phone-login-number.js';

const inner = (el: PhoneLoginNumber) => el.shadowRoot!.querySelector('input')!;
const picker = (el: PhoneLoginNumber) => el.shadowRoot!.querySelector('phone-login-country')!;
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
    expect(el.country).to.equal('EE');
    await picker(el).updateComplete;
    expect(picker(el).shadowRoot!.querySelector('[part="flag"]')!.textContent).to.equal('🇪🇪');
    await paste(el, '0044 7400 123456');
    expect(el.value).to.equal('+447400123456');
    expect(el.country).to.equal('GB');
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
    expect(inner(el).value).to.equal('040 1234567');
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

describe('<phone-login-number> country picker', () => {
  const picker = (el: PhoneLoginNumber) => el.shadowRoot!.querySelector('phone-login-country')!;
  const trigger = (el: PhoneLoginNumber) => picker(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!;
  const search = (el: PhoneLoginNumber) => picker(el).shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]');
  const options = (el: PhoneLoginNumber) => [...picker(el).shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
  const status = (el: PhoneLoginNumber) => picker(el).shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

  async function openByKeyboard(el: PhoneLoginNumber) {
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await picker(el).updateComplete;
  }

  it('names the chosen country on its button', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await picker(el).updateComplete;
    expect(trigger(el).getAttribute('aria-label')).to.equal('Country: Estonia, +372');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('is chosen by keyboard alone: search by name, announce the count, Enter picks, focus goes back to the number', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await openByKeyboard(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    expect(picker(el).shadowRoot!.activeElement).to.equal(search(el));
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'fin' });
    await picker(el).updateComplete;
    expect(options(el).map((o) => o.id)).to.deep.equal(['option-FI']);
    expect(status(el)).to.equal('1 country found.');
    expect(search(el)!.getAttribute('aria-activedescendant')).to.equal('option-FI');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.country).to.equal('FI');
    expect(search(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
  });

  it('finds by dial code and ISO code, and moves through results with the arrow keys', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await openByKeyboard(el);
    await sendKeys({ type: '+44' });
    await picker(el).updateComplete;
    expect(options(el)[0].id).to.equal('option-GB');
    await sendKeys({ press: 'ArrowDown' });
    await picker(el).updateComplete;
    const second = options(el)[1].id;
    expect(search(el)!.getAttribute('aria-activedescendant')).to.equal(second);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(`option-${el.country}`).to.equal(second);
  });

  it('closes on Escape without a change, focus back on its button', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await openByKeyboard(el);
    await sendKeys({ type: 'fin' });
    await sendKeys({ press: 'Escape' });
    await picker(el).updateComplete;
    expect(el.country).to.equal('EE');
    expect(search(el)).to.equal(null);
    expect(picker(el).shadowRoot!.activeElement).to.equal(trigger(el));
  });

  it('keeps the digits typed when the country changes', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="GB"></phone-login-number>`);
    await typeInto(el, '+44 7400 123456');
    await openByKeyboard(el);
    await sendKeys({ type: 'france' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.country).to.equal('FR');
    expect(inner(el).value.replace(/\D/g, '')).to.equal('7400123456');
  });

  it('offers only the allowed countries, preferred ones first', async () => {
    const el = await fixture<PhoneLoginNumber>(
      html`<phone-login-number countries="EE FI LV LT SE" preferred-countries="LT LV"></phone-login-number>`,
    );
    await openByKeyboard(el);
    expect(options(el).map((o) => o.id.slice(-2))).to.deep.equal(['LT', 'LV', 'EE', 'FI', 'SE']);
    expect(status(el)).to.equal('5 countries found.');
  });

  it('refuses a pasted number from a country outside the allow-list, on blur', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number countries="EE FI" default-country="EE"></phone-login-number>`);
    await typeInto(el, '+44 7400 123456');
    inner(el).blur();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(errorText(el)).to.equal('Numbers from this country cannot be used here.');
  });

  it('says a landline is not a mobile, unless allow-landline is set', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await typeInto(el, '612 3456');
    inner(el).blur();
    await el.updateComplete;
    expect(errorText(el)).to.contain('not a mobile number');
    const landline = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE" allow-landline></phone-login-number>`);
    await typeInto(landline, '612 3456');
    // Landline data is its own file, loaded on the focus: the field says when it is here.
    await landline.metadataReady;
    expect(landline.value).to.equal('+3726123456');
  });

  it('remembers the country for the next visit only when the page allows it', async () => {
    localStorage.removeItem('phone-login:country');
    const off = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await typeInto(off, '+358 41 2345678');
    inner(off).blur();
    expect(localStorage.getItem('phone-login:country')).to.equal(null);
    const on = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE" remember-country></phone-login-number>`);
    await typeInto(on, '+358 41 2345678');
    inner(on).blur();
    expect(localStorage.getItem('phone-login:country')).to.equal('FI');
    const next = await fixture<PhoneLoginNumber>(html`<phone-login-number remember-country></phone-login-number>`);
    expect(next.country).to.equal('FI');
    localStorage.removeItem('phone-login:country');
  });

  it('fills itself from a browser autofill of any common form', async () => {
    const cases: [string, string, string][] = [
      ['EE', '+447400123456', '+447400123456'],
      ['GB', '07400 123456', '+447400123456'],
      ['GB', '447400123456', '+447400123456'],
      ['US', '+1 (201) 555-0123', '+12015550123'],
      ['DE', '0049 1512 3456789', '+4915123456789'],
      ['AR', '+54 9 11 2345-6789', '+5491123456789'],
    ];
    for (const [country, text, e164] of cases) {
      const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country=${country}></phone-login-number>`);
      const input = inner(el);
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
      await el.updateComplete;
      expect(el.value, `${country} ${text}`).to.equal(e164);
      expect(input.value, `${country} ${text}`).not.to.match(/\+\d+ ?\+/);
    }
  });
});
