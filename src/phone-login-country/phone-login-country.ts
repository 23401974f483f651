import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { prepareHydration } from '../form-control/form-control.js';
import { LocaleController, settleLocaleOnServer } from '../i18n/locale-controller.js';
import { countryEntries, searchCountries, type CountryEntry } from '../phone/countries.js';
import type { CountryCode } from '../phone/phone.js';
import { visuallyHidden } from '../theme/field.js';
import { tokens } from '../theme/tokens.js';
import { styles } from './phone-login-country.styles.js';

/**
 * The country of a phone number: a button showing the flag and dial code that opens a searchable
 * list (the ARIA combobox-with-listbox pattern). Search by name in the page's language, by ISO
 * code or by dial code; the number of results is announced.
 *
 * @summary Country picker for phone numbers.
 * @fires change - When the user picks a country (`value` holds it).
 * @csspart trigger - The button that opens the list.
 * @csspart flag - The flag in the button.
 * @csspart dial - The dial code in the button.
 * @csspart popup - The panel with search and list.
 * @csspart search - The search field.
 * @csspart list - The list of countries.
 * @csspart option - One country in the list.
 */
@customElement('phone-login-country')
export class PhoneLoginCountry extends LitElement {
  static override styles = [tokens, visuallyHidden, styles];

  /** Colour scheme: \`auto\` follows the system setting, \`light\` or \`dark\` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** The chosen country ('' for none). */
  @property() value: CountryCode | '' = '';
  /** The countries to offer; empty offers all. */
  @property({ attribute: false }) countries: readonly CountryCode[] = [];
  /** Countries listed first. */
  @property({ attribute: false }) preferred: readonly CountryCode[] = [];
  /** Language of the country names (defaults to the browser's). */
  @property() locale = '';
  /** Whether the picker is disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  private readonly i18n = new LocaleController(this, { fromContext: true });

  @state() private open = false;
  @state() private query = '';
  @state() private active = 0;
  @query('[part~="trigger"]') private trigger!: HTMLButtonElement;
  @query('[part~="search"]') private search?: HTMLInputElement;
  private entries: CountryEntry[] = [];
  private readonly closeOnOutside = (event: Event) => {
    if (!event.composedPath().includes(this)) this.close(false);
  };

  /** Opens the list, with the search field focused. */
  async show(): Promise<void> {
    if (this.disabled || this.open) return;
    this.query = '';
    this.open = true;
    this.active = Math.max(0, this.found().findIndex((e) => e.code === this.value));
    document.addEventListener('pointerdown', this.closeOnOutside, true);
    await this.updateComplete;
    this.search?.focus();
    this.scrollActiveIntoView();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server-rendered tree is readied for the update that hydrates it.
    if (!this.hasUpdated) prepareHydration(this.shadowRoot);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.closeOnOutside, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server render runs willUpdate but no controller's hostConnected or hostUpdate: terms now.
    if (isServer) settleLocaleOnServer(this.i18n);
    if (changed.has('countries') || changed.has('preferred') || changed.has('locale') || this.entries.length === 0) {
      const all = countryEntries(this.locale || undefined, this.countries);
      const first = this.preferred.map((code) => all.find((e) => e.code === code)).filter((e): e is CountryEntry => !!e);
      this.entries = [...first, ...all.filter((e) => !this.preferred.includes(e.code))];
    }
  }

  protected override render(): TemplateResult {
    const chosen = this.entries.find((e) => e.code === this.value);
    const label = chosen ? this.i18n.terms.countryChosen(chosen.name, chosen.dial) : this.i18n.terms.countryNone;
    return html`
      <button
        part="trigger"
        type="button"
        aria-label=${label}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="popup"
        ?disabled=${this.disabled}
        @click=${() => (this.open ? this.close(true) : this.show())}
        @keydown=${this.onTriggerKey}
      >
        <span part="flag" aria-hidden="true">${chosen?.flag ?? '🌐'}</span>
        <span part="dial" aria-hidden="true" dir="ltr">${chosen ? `+${chosen.dial}` : ''}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      ${this.open ? this.renderPopup() : nothing}
    `;
  }

  private renderPopup(): TemplateResult {
    const found = this.found();
    const active = found[this.active];
    return html`
      <div part="popup" id="popup" class="popup" role="dialog" aria-label=${this.i18n.terms.countryDialog} @focusout=${this.onFocusOut}>
        <input
          part="search"
          type="search"
          role="combobox"
          aria-label=${this.i18n.terms.countrySearch}
          aria-expanded="true"
          aria-controls="list"
          aria-autocomplete="list"
          aria-activedescendant=${active ? `option-${active.code}` : nothing}
          autocomplete="off"
          spellcheck="false"
          .value=${this.query}
          @input=${this.onSearch}
          @keydown=${this.onSearchKey}
        />
        <!-- tabindex -1: a scrolling list is a Tab stop of its own in Chromium and Firefox; Tab must leave the picker. -->
        <ul part="list" id="list" role="listbox" tabindex="-1" aria-label=${this.i18n.terms.countryList}>
          ${found.map(
            (entry, i) => html`<li
              part="option"
              id=${`option-${entry.code}`}
              role="option"
              aria-selected=${entry.code === this.value ? 'true' : 'false'}
              ?data-active=${i === this.active}
              ?data-preferred-end=${this.query === '' && i === this.preferred.length - 1}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => this.pick(entry)}
            >
              <span aria-hidden="true">${entry.flag}</span>
              <span class="name">${entry.name}</span>
              <span class="dial" dir="ltr">+${entry.dial}</span>
            </li>`,
          )}
        </ul>
        <p class="visually-hidden" role="status">${this.i18n.terms.countryResults(found.length)}</p>
      </div>
    `;
  }

  private found(): CountryEntry[] {
    return searchCountries(this.entries, this.query);
  }

  private onTriggerKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show();
    }
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.active = 0;
  }

  private onSearchKey(event: KeyboardEvent): void {
    const count = this.found().length;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key in moves) {
      event.preventDefault();
      this.active = Math.min(Math.max(this.active + moves[event.key], 0), Math.max(count - 1, 0));
      void this.updateComplete.then(() => this.scrollActiveIntoView());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const entry = this.found()[this.active];
      if (entry) this.pick(entry);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
    }
  }

  // Tab closes the list once the focus has left it: closing in keydown would drop the focused
  // search before the browser moves on, and Chromium would then restart from the button.
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as HTMLElement).contains(next)) this.close(false);
  }

  private pick(entry: CountryEntry): void {
    const changed = entry.code !== this.value;
    this.value = entry.code;
    this.close(false);
    // A listener may move the focus on (the number field does); otherwise it returns to the button.
    if (changed) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    void this.updateComplete.then(() => {
      if (focusIsLost()) this.trigger.focus();
    });
  }

  private close(refocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    document.removeEventListener('pointerdown', this.closeOnOutside, true);
    if (refocus) void this.updateComplete.then(() => this.trigger.focus());
  }

  private scrollActiveIntoView(): void {
    this.renderRoot.querySelector('[data-active]')?.scrollIntoView({ block: 'nearest' });
  }
}

/** True when nothing, or the body, has the focus, looking through shadow roots. */
function focusIsLost(): boolean {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === null || active === document.body;
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-login-country': PhoneLoginCountry;
  }
}
