import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { forgetLoaded, loadHooks } from '../../../src/phone/metadata.js';
import '../../../src/phone-login-country/phone-login-country.js';
import type { PhoneLoginCountry } from '../../../src/phone-login-country/phone-login-country.js';
import type { CountryCode } from '../../../src/phone/phone.js';

const part = (el: PhoneLoginCountry, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const trigger = (el: PhoneLoginCountry) => part(el, 'trigger') as HTMLButtonElement;
const search = (el: PhoneLoginCountry) => part(el, 'search') as HTMLInputElement | null;
const options = (el: PhoneLoginCountry) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const codes = (el: PhoneLoginCountry) => options(el).map((o) => o.id.replace('option-', ''));
const activeOption = (el: PhoneLoginCountry) => search(el)!.getAttribute('aria-activedescendant');
const status = (el: PhoneLoginCountry) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
/** What has the focus, named (`BUTTON trigger`): a failing `equal` on DOM nodes hangs the runner while it serializes them. */
const named = (node: Element | null | undefined) => (node ? `${node.tagName} ${node.getAttribute('part') ?? ''}`.trim() : String(node));
const focused = (el: PhoneLoginCountry) => named(el.shadowRoot!.activeElement);

async function picker(value = 'EE', attrs: { countries?: CountryCode[]; preferred?: CountryCode[]; locale?: string } = {}) {
  return fixture<PhoneLoginCountry>(
    html`<phone-login-country .value=${value} .countries=${attrs.countries ?? []} .preferred=${attrs.preferred ?? []} locale=${attrs.locale ?? ''}></phone-login-country>`,
  );
}

/** Focuses the button and presses `key` on it. */
async function openWith(el: PhoneLoginCountry, key = 'Enter') {
  trigger(el).focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function typeSearch(el: PhoneLoginCountry, text: string) {
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<phone-login-country>', () => {
  describe('accessibility', () => {
    // The whole list open (245 options) is checked by the number field's tests.
    it('is accessible closed, open, and filtered down to nothing', async () => {
      const el = await picker('EE', { countries: ['EE', 'FI', 'LV', 'LT', 'SE'] });
      await expect(el).to.be.accessible();
      await openWith(el);
      await expect(el).to.be.accessible();
      await typeSearch(el, 'zzz');
      await expect(el).to.be.accessible();
    });

    it('names the chosen country on its button, and asks for one when none is chosen', async () => {
      const el = await picker('EE');
      expect(trigger(el).getAttribute('aria-label')).to.equal('Country: Estonia, +372');
      expect(part(el, 'flag')!.textContent).to.equal('🇪🇪');
      expect(part(el, 'dial')!.textContent).to.equal('+372');
      const none = await picker('');
      expect(trigger(none).getAttribute('aria-label')).to.equal('Choose a country');
      expect(part(none, 'dial')!.textContent).to.equal('');
    });

    it('is a combobox with a listbox: expanded, controlled, the active option named', async () => {
      const el = await picker('FI');
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
      await openWith(el);
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
      const box = search(el)!;
      expect([box.getAttribute('role'), box.getAttribute('aria-controls'), box.getAttribute('aria-autocomplete')]).to.deep.equal(['combobox', 'list', 'list']);
      expect(part(el, 'list')!.getAttribute('role')).to.equal('listbox');
      expect(activeOption(el), 'the chosen country is the active one').to.equal('option-FI');
      expect(el.shadowRoot!.querySelector('#option-FI')!.getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('keyboard', () => {
    for (const key of ['Enter', 'ArrowDown', 'ArrowUp']) {
      it(`opens on ${key} on its button, with the search focused`, async () => {
        const el = await picker();
        await openWith(el, key);
        expect(search(el)).to.not.equal(null);
        expect(focused(el)).to.equal('INPUT search');
      });
    }

    it('moves through the results with the arrows and PageDown/PageUp, never past either end', async () => {
      const el = await picker('EE', { countries: ['EE', 'FI', 'LV', 'LT', 'SE'] });
      await openWith(el);
      expect(codes(el)).to.deep.equal(['EE', 'FI', 'LV', 'LT', 'SE']);
      expect(activeOption(el)).to.equal('option-EE');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(activeOption(el)).to.equal('option-FI');
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(activeOption(el), 'stops at the last').to.equal('option-SE');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(activeOption(el)).to.equal('option-LT');
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(activeOption(el), 'stops at the first').to.equal('option-EE');
    });

    it('picks with Enter: one change event, the list closed, the focus back on its button', async () => {
      const el = await picker('EE');
      await openWith(el);
      await typeSearch(el, 'latvia');
      const changed = oneEvent(el, 'change');
      await sendKeys({ press: 'Enter' });
      const event = await changed;
      expect(event.composed, 'it leaves the shadow root of a field around it').to.equal(true);
      expect(el.value).to.equal('LV');
      await el.updateComplete;
      expect(search(el)).to.equal(null);
      expect(focused(el)).to.equal('BUTTON trigger');
      expect(trigger(el).getAttribute('aria-label')).to.equal('Country: Latvia, +371');
    });

    it('fires nothing when the chosen country is picked again', async () => {
      const el = await picker('EE');
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await openWith(el);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(changes).to.equal(0);
      expect(search(el)).to.equal(null);
    });

    it('closes on Escape without a change, the focus back on its button; Tab closes it too', async () => {
      // Something to Tab to after it, so the focus stays in the page.
      const wrapper = await fixture<HTMLDivElement>(html`<div><phone-login-country .value=${'EE'}></phone-login-country><button>next</button></div>`);
      const el = wrapper.querySelector('phone-login-country')!;
      await el.updateComplete;
      await openWith(el);
      await typeSearch(el, 'fin');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.value).to.equal('EE');
      expect(search(el)).to.equal(null);
      expect(focused(el)).to.equal('BUTTON trigger');
      await openWith(el);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(search(el)).to.equal(null);
      expect(el.value).to.equal('EE');
      expect(named(document.activeElement), 'Tab moves on to what follows the picker').to.equal('BUTTON');
    });
  });

  describe('search', () => {
    it('finds by the start of the name or of a word, the ISO code, the dial code, without accents', async () => {
      const el = await picker('EE');
      await openWith(el);
      const found = async (query: string) => {
        search(el)!.select();
        await typeSearch(el, query);
        return codes(el);
      };
      expect(await found('esto')).to.deep.equal(['EE']);
      expect(await found('kingdom')).to.include('GB');
      expect((await found('ee'))[0]).to.equal('EE');
      expect(await found('+372')).to.deep.equal(['EE']);
      expect((await found('44'))[0], 'the main country of a shared dial code first').to.equal('GB');
      expect(await found('+44')).to.include.members(['GB', 'GG', 'IM', 'JE']);
      expect(await found('aland')).to.deep.equal(['AX']);
      expect(activeOption(el), 'the first result is the active one').to.equal('option-AX');
    });

    it('names countries in the page’s language and finds them by those names', async () => {
      const el = await picker('EE', { locale: 'et' });
      await openWith(el);
      await typeSearch(el, 'soome');
      expect(codes(el)).to.deep.equal(['FI']);
      expect(el.shadowRoot!.querySelector('#option-FI .name')!.textContent).to.equal('Soome');
    });

    it('announces how many countries are found, and when none is', async () => {
      const el = await picker('EE', { countries: ['EE', 'FI', 'LV'] });
      await openWith(el);
      expect(status(el)).to.equal('3 countries found.');
      await typeSearch(el, 'fin');
      expect(status(el)).to.equal('1 country found.');
      await typeSearch(el, 'xyz');
      expect(status(el)).to.equal('No country found.');
      expect(activeOption(el)).to.equal(null);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value, 'Enter on no result picks nothing').to.equal('EE');
    });

    it('offers only the given countries, the preferred ones first with a divider after them', async () => {
      const el = await picker('EE', { countries: ['EE', 'FI', 'LV', 'LT', 'SE'], preferred: ['LT', 'LV'] });
      await openWith(el);
      expect(codes(el)).to.deep.equal(['LT', 'LV', 'EE', 'FI', 'SE']);
      expect(options(el).map((o) => o.hasAttribute('data-preferred-end'))).to.deep.equal([false, true, false, false, false]);
      await typeSearch(el, 'e');
      expect(options(el).some((o) => o.hasAttribute('data-preferred-end')), 'no divider in results').to.equal(false);
    });
  });

  it('picks with the pointer, and closes when the user presses outside it', async () => {
    const el = await picker('EE');
    trigger(el).click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('#option-SE')!.click();
    await el.updateComplete;
    expect(el.value).to.equal('SE');
    trigger(el).click();
    await el.updateComplete;
    expect(search(el)).to.not.equal(null);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(search(el)).to.equal(null);
  });

  it('cannot be opened while disabled', async () => {
    const el = await picker('EE');
    el.disabled = true;
    await el.updateComplete;
    expect(trigger(el).disabled).to.equal(true);
    await el.show();
    expect(search(el)).to.equal(null);
  });

  it('needs no phone data: opening and searching load nothing (the calling codes are at hand)', async () => {
    forgetLoaded();
    const loads: string[] = [];
    loadHooks.around = <T>(what: string, load: () => T | Promise<T>) => (loads.push(what), load());
    try {
      const el = await picker('GB');
      await openWith(el);
      await typeSearch(el, '+1');
      expect(codes(el)[0]).to.equal('US');
      expect(loads).to.deep.equal([]);
    } finally {
      loadHooks.around = undefined;
    }
  });
});
