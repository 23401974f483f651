import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { forgetLoaded, loadHooks } from '../../../src/phone/metadata.js';
import '../../../src/phone-login-number/phone-login-number.js';
import type { PhoneLoginNumber } from '../../../src/phone-login-number/phone-login-number.js';

// The phone data loads on demand: the engine and one file per calling code. In the source they are
// at hand at once; here a hook records every load and holds it until the test lets it through, as
// a slow network would.

const inner = (el: PhoneLoginNumber) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: PhoneLoginNumber) => {
  const error = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
  return error.hidden ? '' : error.textContent!;
};

/** Every load asked for, in order ("engine", "mobile:372", "any:44"). */
let loads: string[] = [];
/** Lets the held loads through. */
let release: () => void = () => undefined;

/** Records loads; holds them until `release()` when `held`, and fails them when `failing`. */
function watchLoads({ held = false, failing = false } = {}) {
  loads = [];
  const gate = new Promise<void>((resolve) => (release = resolve));
  loadHooks.around = <T>(what: string, load: () => T | Promise<T>): T | Promise<T> => {
    loads.push(what);
    if (failing) return Promise.reject(new Error(`offline: ${what}`));
    return held ? gate.then(load) : load();
  };
}

/** Puts text in the field the way paste does: one input event with the whole value. */
async function paste(el: PhoneLoginNumber, text: string) {
  const input = inner(el);
  input.value = text;
  input.setSelectionRange(text.length, text.length);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
  await el.updateComplete;
}

describe('<phone-login-number> phone data on demand', () => {
  beforeEach(() => forgetLoaded());
  afterEach(() => {
    loadHooks.around = undefined;
    forgetLoaded();
  });

  it('loads nothing with the page, then on focus the engine and the chosen country’s data only', async () => {
    watchLoads();
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    expect(loads).to.deep.equal([]);
    inner(el).focus();
    await el.metadataReady;
    expect(loads).to.deep.equal(['engine', 'mobile:372']);
    await sendKeys({ type: '51234567' });
    expect(inner(el).value).to.equal('5123 4567');
    expect(loads, 'nothing more for a number of the chosen country').to.deep.equal(['engine', 'mobile:372']);
  });

  it('keeps every character typed before the data arrives, then formats them, the caret where the user types', async () => {
    watchLoads({ held: true });
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="US"></phone-login-number>`);
    const input = inner(el);
    input.focus();
    await sendKeys({ type: '201555' });
    expect(input.value).to.equal('201555');
    expect(el.value).to.equal('');
    expect(el.check().pending).to.equal(true);
    input.setSelectionRange(3, 3); // "201|555": the user went back to type there
    release();
    await el.metadataReady;
    expect(input.value).to.equal('(201) 555');
    expect(input.selectionStart, 'the caret stays before the same digit').to.equal(6);
    input.setSelectionRange(input.value.length, input.value.length);
    await sendKeys({ type: '0123' });
    expect(input.value).to.equal('(201) 555-0123');
    expect(el.value).to.equal('+12015550123');
  });

  it('reads a "+" number’s calling code: a paste of +44… on an EE field loads +44 and switches to GB', async () => {
    watchLoads({ held: true });
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await paste(el, '+44 7400 123456');
    expect(loads).to.deep.equal(['engine', 'mobile:372', 'mobile:44']);
    expect(inner(el).value, 'shown as pasted meanwhile').to.equal('+44 7400 123456');
    expect(el.country, 'four countries share +44: the data tells which').to.equal('EE');
    release();
    await el.metadataReady;
    expect(el.country).to.equal('GB');
    expect(el.value).to.equal('+447400123456');
  });

  it('loads +1 for the US and the other NANP countries, and tells them apart once loaded', async () => {
    watchLoads();
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await paste(el, '+1 242 359 1234');
    expect(loads).to.include('mobile:1');
    expect(el.country).to.equal('BS');
  });

  it('loads only the allow-list’s countries: a number of another country is refused without its data', async () => {
    watchLoads();
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number countries="EE FI" default-country="EE"></phone-login-number>`);
    inner(el).focus();
    await sendKeys({ type: '+44 7400 123456' });
    inner(el).blur();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Numbers from this country cannot be used here.');
    expect(loads).to.deep.equal(['engine', 'mobile:372']);
    await paste(el, '+358 41 2345678');
    expect(el.value).to.equal('+358412345678');
    expect(loads).to.deep.equal(['engine', 'mobile:372', 'mobile:358']);
  });

  it('loads the landline data of a calling code with allow-landline, not the mobile one', async () => {
    watchLoads();
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE" allow-landline></phone-login-number>`);
    inner(el).focus();
    await sendKeys({ type: '612 3456' });
    await el.metadataReady;
    expect(el.value).to.equal('+3726123456');
    expect(loads).to.deep.equal(['engine', 'any:372']);
  });

  for (const validates of [false, true]) {
    it(`answers a submit made while the data loads once it arrives (a form ${validates ? 'that validates' : 'like <phone-login>’s'})`, async () => {
      watchLoads({ held: true });
      const form = await fixture<HTMLFormElement>(
        html`<form ?novalidate=${!validates}><phone-login-number name="phone" default-country="EE" required></phone-login-number></form>`,
      );
      const el = form.querySelector('phone-login-number')!;
      const started: string[] = [];
      // What <phone-login> does on submit: ask the field, send only a valid number.
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (el.reportValidity()) started.push(el.value);
      });
      inner(el).focus();
      await sendKeys({ type: '51234567' });
      await sendKeys({ press: 'Enter' });
      expect(started).to.deep.equal([]);
      expect(errorText(el), 'nothing to tell yet').to.equal('');
      const submitted = oneEvent(form, 'submit');
      release();
      await submitted;
      expect(started).to.deep.equal(['+37251234567']);
      expect(new FormData(form).get('phone')).to.equal('+37251234567');
    });
  }

  it('tells the problem of a number left while its data loaded, once it arrives', async () => {
    watchLoads({ held: true });
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    inner(el).focus();
    await sendKeys({ type: '512' });
    inner(el).blur();
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
    release();
    await el.metadataReady;
    expect(errorText(el)).to.equal('This number is too short.');
  });

  it('says so when the data cannot be loaded, and tries again on the next need', async () => {
    watchLoads({ failing: true });
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="EE"></phone-login-number>`);
    await paste(el, '5123 4567');
    expect(el.reportValidity()).to.equal(false);
    await el.metadataReady.catch(() => undefined);
    await el.updateComplete;
    expect(errorText(el)).to.contain('could not reach');
    expect(inner(el).value).to.equal('5123 4567');
    watchLoads();
    await el.metadataReady;
    expect(el.reportValidity()).to.equal(true);
    await el.updateComplete;
    expect(el.value).to.equal('+37251234567');
    expect(errorText(el)).to.equal('');
  });
});
