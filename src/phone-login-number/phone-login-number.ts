import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ContextEvent, consume } from '@lit/context';
import { fieldSettingsContext, type FieldSettings } from '../context.js';
import { effectiveLang } from '../i18n/lang.js';
import { FormControl, prepareHydration, type ControlState } from '../form-control/form-control.js';
import { LocaleController, settleLocaleOnServer } from '../i18n/locale-controller.js';
import { parseCountryList } from '../phone/countries.js';
import { checkPhone, formatGiven, formatTyping, nationalDigits, type CountryCode, type PhoneCheck, type PhoneRules } from '../phone/phone.js';
import type { PhoneLoginCountry } from '../phone-login-country/phone-login-country.js';
import '../phone-login-country/phone-login-country.js';
import { PhoneDataLoader } from './data-loader.js';
import { defaultCountry, rememberCountry } from './default-country.js';
import { settingsInForce } from './field-settings.js';
import { refresh, reformat } from './typing.js';
import { WaitingAnswers } from './waiting-answers.js';
import { fieldStyles } from '../theme/field.js';
import { tokens } from '../theme/tokens.js';
import { styles } from './phone-login-number.styles.js';

/**
 * A phone number field: a country picker, formatting as you type, validation with reasons before
 * anything is sent, and the number in E.164. A form control of its own (name, value, validity,
 * required, disabled, reset). Accepts mobile numbers only unless `allow-landline` is set. The
 * phone data loads on demand, one calling code at a time: typing never waits for it, and the
 * text is formatted and checked as soon as it arrives (see `metadataReady`).
 *
 * Inside `<phone-login>` the five settings (`default-country`, `countries`, `preferred-countries`,
 * `allow-landline`, `remember-country`) come from the widget; one set on the field itself wins.
 *
 * @summary Phone number entry.
 * @fires input - When the text changes (native, from the inner input).
 * @fires change - When the user commits a change (on blur) or picks a country.
 * @csspart field - The wrapper of label, control and messages.
 * @csspart label - The label.
 * @csspart control - The box around the country picker and the input.
 * @csspart country - The `<phone-login-country>` picker.
 * @csspart country-trigger - The picker's button.
 * @csspart country-flag - The flag in the picker's button.
 * @csspart country-dial - The dial code in the picker's button.
 * @csspart country-popup - The picker's panel with search and list.
 * @csspart country-search - The picker's search field.
 * @csspart country-list - The picker's list of countries.
 * @csspart country-option - One country in the picker's list.
 * @csspart input - The text input.
 * @csspart hint - The hint under the input.
 * @csspart error - Why the number is not accepted.
 * @csspart flag - Deprecated alias of `country-flag`.
 * @csspart dial - Deprecated alias of `country-dial`.
 * @cssstate invalid - The number is not valid (or is missing while required).
 * @cssstate user-invalid - The number is not valid and the user has been told.
 */
@customElement('phone-login-number')
export class PhoneLoginNumber extends FormControl {
  static override styles = [tokens, fieldStyles, styles];

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

  /** The settings `<phone-login>` provides, when the field is inside one. */
  @consume({ context: fieldSettingsContext, subscribe: true })
  @state()
  private provided?: FieldSettings;
  /** The settings in force (field-settings.ts has the rule), worked out at each update. */
  private settings: FieldSettings = settingsInForce(this, undefined);

  private readonly i18n = new LocaleController(this, { fromContext: true });
  private readonly data = new PhoneDataLoader(this, () => [this.text, this.chosen, this.rules()], () => this.catchUp());

  @state() private text = '';
  @state() private shown?: PhoneCheck['problem'];
  /** The phone data could not be loaded when an answer was wanted. */
  @state() private unavailable = false;
  /** The chosen or detected country; undefined until known. */
  @state() private chosen?: CountryCode;
  private initialValue = '';
  private userChose = false;
  /** Set on connect when the first update hydrates a server-rendered tree: it shows the country the server chose. */
  private hydrating = false;
  private pendingValue?: string;
  /** A value given from outside, shown as it came until its data arrives, then shown again. */
  private given?: string;
  private readonly answers = new WaitingAnswers(this, () => this.check().pending === true);

  /** The number in E.164 when valid, else ''. Setting it fills the field, formatted. */
  @property()
  get value(): string {
    return this.check().e164 ?? '';
  }
  set value(value: string) {
    this.pendingValue = value ?? '';
    this.requestUpdate();
  }

  /**
   * Resolves once the phone data that the current number and country need has arrived and the field
   * shows it formatted and checked. Asking starts loading it; it rejects if it cannot be loaded.
   */
  get metadataReady(): Promise<void> {
    return this.data.ready().then(() => this.updateComplete.then(() => undefined));
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

  /** Like `checkValidity`, and shows the problem and focuses the field when invalid. */
  override reportValidity(): boolean {
    if (this.check().pending) {
      // Not valid yet: the answer (the problem, or the form's submit) comes when the data does.
      this.answers.ask('report');
      this.data.request();
      return false;
    }
    const problem = this.currentProblem();
    this.shown = problem;
    if (problem) this.focus();
    return problem === undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.initialValue ||= this.getAttribute('value') ?? '';
    this.hydrating = !this.hasUpdated && prepareHydration(this.shadowRoot);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.hydrating) return;
    // Hydrated with the server's country; now the remembered one and the visitor's languages count.
    this.hydrating = false;
    if (!this.userChose) this.chosen = this.startCountry();
  }

  /** Restores the value the element started with (form reset). */
  protected resetValue(): void {
    this.value = this.initialValue;
    this.shown = undefined;
  }

  /** Follows the form's submits, to answer one made while the data loads. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.answers.watch(form);
  }

  protected override willUpdate(): void {
    if (isServer) {
      // A server render runs willUpdate but never connects the element, so neither the terms nor
      // @consume's settings were asked for: ask now (the widget answers at once through the DOM
      // shim's events), so the server renders the default country the browser will.
      settleLocaleOnServer(this.i18n);
      const request = new ContextEvent(fieldSettingsContext, this, (settings) => (this.provided = settings));
      this.dispatchEvent(request);
    }
    const before = this.settings;
    const settings = (this.settings = settingsInForce(this, this.provided));
    const moved = (key: keyof FieldSettings) => before[key] !== settings[key];
    const inputs = ['countries', 'preferredCountries', 'defaultCountry', 'rememberCountry'] as const;
    // Until the user picks a country or types a "+" number, the country follows the settings.
    if (!this.userChose && (this.chosen === undefined || inputs.some(moved))) {
      this.chosen = this.startCountry();
    }
    if (moved('allowLandline') && this.text) {
      // Landlines need other data (libphonenumber-js's `min` set) to be judged.
      this.data.request();
    }
    if (this.pendingValue !== undefined) {
      this.fill(this.pendingValue);
      this.pendingValue = undefined;
    } else if (moved('defaultCountry') && this.text) {
      this.fill(this.text);
    }
  }

  protected override render(): TemplateResult {
    const terms = this.i18n.terms;
    const problem = this.error || (this.unavailable ? terms.startUnreachable : this.shown ? terms.phoneProblems[this.shown] : '');
    return html`
      <div part="field">
        <label part="label" for="input">${this.label || this.i18n.terms.phoneLabel}</label>
        <div part="control" class="control">
          <phone-login-country
            part="country"
            exportparts="trigger: country-trigger, flag: country-flag, dial: country-dial, popup: country-popup, search: country-search, list: country-list, option: country-option, flag, dial"
            theme=${this.theme}
            .value=${this.chosen ?? ''}
            .countries=${parseCountryList(this.settings.countries)}
            .preferred=${parseCountryList(this.settings.preferredCountries)}
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
    return { kinds: this.settings.allowLandline ? 'any' : 'mobile', countries: parseCountryList(this.settings.countries) };
  }

  private startCountry(): CountryCode | undefined {
    return defaultCountry({
      attribute: this.settings.defaultCountry,
      allowed: parseCountryList(this.settings.countries),
      preferred: parseCountryList(this.settings.preferredCountries),
      // A server has no storage nor navigator (nor the visitor's languages): the settings alone
      // decide there, and so in the update that hydrates what the server rendered.
      remember: this.settings.rememberCountry && !isServer && !this.hydrating,
      languages: isServer || this.hydrating ? [] : (navigator.languages ?? [navigator.language]),
    });
  }

  /** Shows `value` formatted, following the country it names. */
  private fill(value: string): void {
    // In the source the data is at hand at once; in a build it is shown as given until it arrives.
    if (/\d/.test(value)) this.data.request(value);
    const shown = formatGiven(value, this.chosen, this.rules());
    this.text = shown.text;
    this.given = shown.pending ? value : undefined;
    if (shown.pending || !shown.country) return;
    this.chosen = shown.country;
    // A "+" number named its country and is now shown national: it stays read in that country.
    if (!shown.international && /^\s*(\+|00)/.test(value)) this.userChose = true;
  }

  /** The data arrived (or failed to): format what is shown, keeping the caret, and answer who asked. */
  private catchUp(): void {
    if (this.given !== undefined) this.fill(this.given);
    else if (this.text) {
      const result = refresh(this.input, this.text, this.chosen, this.rules());
      this.text = result.text;
      if (result.country && result.international) {
        this.chosen = result.country;
        this.userChose = true;
      }
    }
    if (!this.data.failed) this.unavailable = false;
    if (this.shown && !this.currentProblem()) this.shown = undefined;
    this.answer();
  }

  /** Gives the answer asked for while the data loaded: the problem, or the form's submit. */
  private answer(): void {
    const wanted = this.answers.take(this.data.failed);
    if (!wanted) return;
    // Still nothing to judge with: the data could not be loaded.
    if (this.check().pending) return void (this.unavailable = true);
    const problem = this.currentProblem();
    if (wanted === 'blur') {
      if (this.shadowRoot?.activeElement !== this.input) this.shown = problem;
    } else if (problem) {
      this.shown = problem;
      this.focus();
    } else if (wanted === 'submit' && this.isConnected) {
      // The form reads the validity now, not after the next render.
      this.syncForm();
      this.internals.form?.requestSubmit();
    }
  }

  private currentProblem(): PhoneCheck['problem'] {
    const { problem } = this.check();
    if (problem === 'required' && !this.required) return undefined;
    return problem;
  }

  /** The E.164 number for the form; the problem, or the hint while the data loads, for its validity. */
  protected controlState(): ControlState {
    const { e164, pending } = this.check();
    const problem = this.currentProblem();
    // While the data loads the number is neither valid nor refused: a form may not submit it yet.
    const message = problem ? this.i18n.terms.phoneProblems[problem] : pending ? this.i18n.terms.phoneHint : '';
    return {
      value: e164 ?? null,
      problem: message ? { flags: { customError: true }, message } : undefined,
      invalid: problem !== undefined,
      told: Boolean(this.shown || this.unavailable),
    };
  }

  private onInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    this.userEdited();
    this.given = undefined;
    // What the new text needs ("+44" its calling code) starts loading; the text is shown meanwhile.
    this.data.request(input.value);
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
    this.userEdited();
    this.chosen = picked;
    this.userChose = true;
    this.given = undefined;
    this.data.request(digits);
    this.text = formatTyping(digits, picked, this.rules()).text;
    this.shown = undefined;
    this.input.focus();
    this.emitChange();
  }

  private onBlur(): void {
    if (this.text.trim() === '') return;
    if (this.check().pending) this.answers.ask('blur');
    else this.shown = this.currentProblem();
  }

  private onChange(): void {
    const { e164, country } = this.check();
    if (e164 && country && this.settings.rememberCountry) rememberCountry(country);
    this.emitChange();
  }

  private onKeyDown(event: KeyboardEvent): void {
    // The inner input is not in the outer form, so Enter would not submit it by itself.
    if (event.key === 'Enter' && !event.isComposing) {
      const form = this.internals.form;
      if (form) {
        event.preventDefault();
        // A form that validates would stop at the field while its data loads: submit on arrival.
        if (this.check().pending) this.answers.ask('submit');
        form.requestSubmit();
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-login-number': PhoneLoginNumber;
  }
}
