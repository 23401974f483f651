import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { ContextProvider } from '@lit/context';
import { fieldSettingsContext, type FieldSettings } from '../../../src/context.js';
import '../../../src/phone-login-number/phone-login-number.js';
import '../../../src/phone-login/phone-login.js';
import type { PhoneLoginNumber } from '../../../src/phone-login-number/phone-login-number.js';
import type { PhoneLogin } from '../../../src/phone-login/phone-login.js';
import { ScriptedClient } from '../helpers/scripted-client.js';

const settings = (overrides: Partial<FieldSettings> = {}): FieldSettings => ({
  defaultCountry: '',
  countries: '',
  preferredCountries: '',
  allowLandline: false,
  rememberCountry: false,
  ...overrides,
});
const offered = (el: PhoneLoginNumber) => [...el.shadowRoot!.querySelector('phone-login-country')!.countries];

/** A field inside a plain element that provides `initial`, as `<phone-login>` does. */
async function provided(initial: FieldSettings, field = html`<phone-login-number></phone-login-number>`) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const provider = new ContextProvider(host, { context: fieldSettingsContext, initialValue: initial });
  const container = document.createElement('div');
  host.append(container);
  render(field, container);
  const el = container.querySelector('phone-login-number')!;
  await el.updateComplete;
  return { el, provider };
}

describe('<phone-login-number> settings', () => {
  it('standalone, keeps its own attributes', async () => {
    const el = await fixture<PhoneLoginNumber>(html`<phone-login-number default-country="FI" countries="FI EE"></phone-login-number>`);
    expect(el.country).to.equal('FI');
    expect(offered(el)).to.deep.equal(['FI', 'EE']);
  });

  it('inside a provider, takes the settings it provides and follows their changes', async () => {
    const { el, provider } = await provided(settings({ defaultCountry: 'LV', countries: 'LV LT' }));
    expect(el.country).to.equal('LV');
    expect(offered(el)).to.deep.equal(['LV', 'LT']);
    provider.setValue(settings({ defaultCountry: 'LT', countries: 'LT' }));
    await el.updateComplete;
    expect(el.country).to.equal('LT');
    expect(offered(el)).to.deep.equal(['LT']);
  });

  it('an attribute set on the field wins over the provided setting; one left unset comes from the provider', async () => {
    const field = html`<phone-login-number default-country="EE"></phone-login-number>`;
    const { el } = await provided(settings({ defaultCountry: 'LV', countries: 'EE LV' }), field);
    expect(el.country).to.equal('EE');
    expect(offered(el)).to.deep.equal(['EE', 'LV']);
  });

  it('inside <phone-login>, configured by the widget’s attributes alone', async () => {
    const el = await fixture<PhoneLogin>(
      html`<phone-login default-country="LT" countries="LT LV" allow-landline .client=${new ScriptedClient()}></phone-login>`,
    );
    const field = el.shadowRoot!.querySelector('phone-login-number')!;
    await field.updateComplete;
    expect(field.hasAttribute('default-country'), 'nothing passed down as an attribute').to.equal(false);
    expect(field.country).to.equal('LT');
    expect(offered(field)).to.deep.equal(['LT', 'LV']);
    el.countries = 'LV';
    await el.updateComplete;
    await field.updateComplete;
    expect(offered(field)).to.deep.equal(['LV']);
    expect(field.country, 'LT is no longer offered').to.equal('LV');
  });
});
