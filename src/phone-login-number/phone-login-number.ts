import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { effectiveLang } from '../i18n/lang.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { parseCountryList } from '../phone/countries.js';
import { loadAnyKind } from '../phone/metadata.js';
import { checkPhone, formatTyping, nationalDigits, type CountryCode, type PhoneCheck, type PhoneRules } from '../phone/phone.js';
import type { PhoneLoginCountry } from '../phone-login-country/phone-login-country.js';
import '../phone-login-country/phone-login-country.js';
import { defaultCountry, rememberCountry } from './default-country.js';
import { reformat } from './typing.js';
import { tokens } from '../theme/tokens.js';
import { styles } from './phone-login-number.styles.js';

/**
 * A phone number field: a country picker, formatting as you type, validation with reasons before
 * anything is sent, and the number in E.164. A form control of its own (name, value, validity,
 * required, disabled, reset). Accepts mobile numbers only unless `allow-landline` is set.
 *
 * @summary Phone number entry.
 * @fires input - When the text changes (native, from the inner input).
 * @fires change - When the user commits a change (on blur) or picks a country.
 * @csspart field - The wrapper of label, control and messages.
 * @csspart label - The label.
 * @csspart control - The box around the country picker and the input.
 * @csspart country - The `<phone-login-country>` picker.
 * @csspart input - The text input.
 * @csspart hint - The hint under the input.
 * @csspart error - Why the number is not accepted.
 * @cssstate invalid - The number is not valid (or is missing while required).
 * @cssstate user-invalid - The number is not valid and the user has been told.
 */
@customElement('phone-login-number')
export class PhoneLoginNumber extends LitElement {
  static override styles = [tokens, styles];
  /** @internal */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** Makes the element a form control. */
  static formAssociated = true;

  /** Colour scheme: \`auto\` follows the system setting, \`light\` or \`dark\` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Two-letter country code the field starts with (see the README for the fallbacks). */
  @property({ attribute: 'default-country' }) defaultCountry = '';
  /** Allow-list of countries, e.g. "EE FI LV LT"; empty allows all. */
  @property() countries = '';
  /** Countries listed first in the picker, e.g. "EE FI". */
  @property({ attribute: 'preferred-countries' }) preferredCountries = '';
  /** Accept landline numbers too (by default only mobiles, which SMS and Mobile ID reach). */
  @property({ type: Boolean, attribute: 'allow-landline' }) allowLandline = false;
  /** Remember the country for the next visit (only the two-letter code; the page must have consent). */
  @property({ type: Boolean, attribute: 'remember-country' }) rememberCountry = false;
  /** Name under which the E.164 number is submitted with a form. */
  @property({ reflect: true }) name = '';
  /** Label text; defaults to the widget's term. */
  @property() label = '';
  /** Whether a number must be given. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Whether the field is disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Whether the field is shown but cannot be edited (e.g. while the login starts). */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** A message from outside (e.g. the server refused the number), shown until the user edits. */
  @property() error = '';

  private readonly i18n = new LocaleController(this, { fromContext: true });

  @state() private text = '';
  @state() private shown?: PhoneCheck['problem'];
  /** The chosen or detected country; undefined until known. */
  @state() private chosen?: CountryCode;
  @query('input') private input!: HTMLInputElement;
  private readonly internals = this.attachInternals();
  private initialValue = '';
  private userChose = false;
  private pendingValue?: string;

  /** The number in E.164 when valid, else ''. Setting it fills the field, formatted. */
  @property()
  get value(): string {
    return this.check().e164 ?? '';
  }
  set value(value: string) {
    this.pendingValue = value ?? '';
    this.requestUpdate();
  }

  /** The country the number is read in: chosen in the picker or found from a "+" prefix. */
  get country(): CountryCode | undefined {
    return this.chosen;
  }

  /** What the user has typed, as shown. */
  get displayValue(): string {
    return this.text;
  }

  /** The parsed state of the field: E.164, country and, when invalid, the problem. */
  check(): PhoneCheck {
    return checkPhone(this.text, this.chosen, this.rules());
  }

  /** True when the field holds a valid number (or is empty and not required). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and shows the problem and focuses the field when invalid. */
  reportValidity(): boolean {
    const problem = this.currentProblem();
    this.shown = problem;
    if (problem) this.focus();
    return problem === undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.initialValue ||= this.getAttribute('value') ?? '';
  }

  /** Restores the value the element started with (form reset). */
  formResetCallback(): void {
    this.value = this.initialValue;
    this.shown = undefined;
  }

  /** Follows a disabled `<fieldset>` around the element. */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['countries', 'preferredCountries', 'defaultCountry', 'rememberCountry'] as const;
    // Until the user picks a country or types a "+" number, the country follows the attributes.
    if (!this.userChose && (this.chosen === undefined || inputs.some((key) => changed.has(key)))) {
      this.chosen = this.startCountry();
    }
    if (changed.has('allowLandline') && this.allowLandline) {
      // Landline metadata is a file of its own, fetched only for fields that accept landlines.
      void loadAnyKind().then(() => this.requestUpdate());
    }
    if (this.pendingValue !== undefined) {
      this.fill(this.pendingValue);
      this.pendingValue = undefined;
    } else if (changed.has('defaultCountry') && this.text) {
      this.fill(this.text);
    }
  }

  protected override updated(): void {
    const problem = this.currentProblem();
    this.internals.setFormValue(this.check().e164 ?? null);
    const message = this.error || (problem ? this.i18n.terms.phoneProblems[problem] : '');
    if (problem || this.error) this.internals.setValidity({ customError: true }, message, this.input);
    else this.internals.setValidity({});
    this.toggleState('invalid', Boolean(problem || this.error));
    this.toggleState('user-invalid', Boolean(this.shown || this.error));
  }

  protected override render(): TemplateResult {
    const problem = this.error || (this.shown ? this.i18n.terms.phoneProblems[this.shown] : '');
    return html`
      <div part="field">
        <label part="label" for="input">${this.label || this.i18n.terms.phoneLabel}</label>
        <div part="control" class="control">
          <phone-login-country
            part="country"
            exportparts="trigger: country-trigger, flag, dial, popup: country-popup, search: country-search, list: country-list, option: country-option"
            theme=${this.theme}
            .value=${this.chosen ?? ''}
            .countries=${parseCountryList(this.countries)}
            .preferred=${parseCountryList(this.preferredCountries)}
            locale=${effectiveLang(this) ?? ''}
            ?disabled=${this.disabled || this.readonly}
            @change=${this.onCountryPicked}
          ></phone-login-country>
          <input
            part="input"
            id="input"
            type="tel"
            inputmode="tel"
            autocomplete="tel"
            dir="ltr"
            .value=${live(this.text)}
            ?disabled=${this.disabled}
            ?readonly=${this.readonly}
            ?required=${this.required}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${problem ? 'error hint' : 'hint'}
            @input=${this.onInput}
            @change=${this.onChange}
            @blur=${this.onBlur}
            @keydown=${this.onKeyDown}
          />
        </div>
        <p part="hint" id="hint" class="hint">${this.i18n.terms.phoneHint}</p>
        <p part="error" id="error" class="error" ?hidden=${!problem}>${problem}</p>
      </div>
    `;
  }

  private rules(): PhoneRules {
    return { kinds: this.allowLandline ? 'any' : 'mobile', countries: parseCountryList(this.countries) };
  }

  private startCountry(): CountryCode | undefined {
    return defaultCountry({
      attribute: this.defaultCountry,
      allowed: parseCountryList(this.countries),
      preferred: parseCountryList(this.preferredCountries),
      remember: this.rememberCountry,
      languages: navigator.languages ?? [navigator.language],
    });
  }

  /** Shows `value` formatted, following the country it names. */
  private fill(value: string): void {
    const { text, country } = formatTyping(value, this.chosen, this.rules());
    this.text = text;
    if (country) this.chosen = country;
  }

  private currentProblem(): PhoneCheck['problem'] {
    const { problem } = this.check();
    if (problem === 'required' && !this.required) return undefined;
    return problem;
  }

  private onInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const deleting = event.inputType?.startsWith('delete') ?? false;
    const result = reformat(input.value, input.selectionStart ?? input.value.length, this.text, deleting, this.chosen, this.rules());
    // Write the input directly so the caret can be set in the same task, before the next keystroke.
    input.value = result.text;
    input.setSelectionRange(result.caret, result.caret);
    this.text = result.text;
    // A "+" number names its country: the picker follows it.
    if (result.country && result.international) {
      this.chosen = result.country;
      this.userChose = true;
    }
    // Problems are told on blur or submit, never while typing; but a fixed number clears them at once.
    if (this.shown && !this.currentProblem()) this.shown = undefined;
  }

  private onCountryPicked(event: Event): void {
    event.stopPropagation();
    const picked = (event.target as PhoneLoginCountry).value || undefined;
    // The digits stay; only the country they are read in changes (an old "+code" is dropped).
    const digits = nationalDigits(this.text, this.chosen, this.rules());
    this.chosen = picked;
    this.userChose = true;
    this.text = formatTyping(digits, picked, this.rules()).text;
    this.shown = undefined;
    this.input.focus();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onBlur(): void {
    if (this.text.trim() !== '') this.shown = this.currentProblem();
  }

  private onChange(): void {
    const { e164, country } = this.check();
    if (e164 && country && this.rememberCountry) rememberCountry(country);
    // The native change event does not cross the shadow boundary.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onKeyDown(event: KeyboardEvent): void {
    // The inner input is not in the outer form, so Enter would not submit it by itself.
    if (event.key === 'Enter' && !event.isComposing) {
      const form = this.internals.form;
      if (form) {
        event.preventDefault();
        form.requestSubmit();
      }
    }
  }

  private toggleState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-login-number': PhoneLoginNumber;
  }
}
