import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import { termsContext } from '../context.js';
import { en, type Terms } from '../i18n/terms.js';
import { checkPhone, flagOf, formatTyping, toCountry, type PhoneCheck } from '../phone/phone.js';
import { reformat } from './typing.js';
import { styles } from './phone-login-number.styles.js';

/**
 * A phone number field: formats as you type, validates before anything is sent, and gives the
 * number in E.164. A form control of its own (name, value, validity, required, disabled, reset).
 *
 * @summary Phone number entry.
 * @fires input - When the text changes (native, from the inner input).
 * @fires change - When the user commits a change (on blur).
 * @csspart field - The wrapper of label, control and messages.
 * @csspart label - The label.
 * @csspart control - The box around the country flag and the input.
 * @csspart country - The flag of the country the number belongs to.
 * @csspart input - The text input.
 * @csspart hint - The hint under the input.
 * @csspart error - Why the number is not accepted.
 * @cssstate invalid - The number is not valid (or is missing while required).
 * @cssstate user-invalid - The number is not valid and the user has been told.
 */
@customElement('phone-login-number')
export class PhoneLoginNumber extends LitElement {
  static override styles = styles;
  /** @internal */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** Makes the element a form control. */
  static formAssociated = true;

  /** Two-letter country code used for numbers typed without "+". */
  @property({ attribute: 'default-country' }) defaultCountry = '';
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

  @consume({ context: termsContext, subscribe: true })
  @state()
  private terms: Terms = en;

  @state() private text = '';
  @state() private shown?: PhoneCheck['problem'];
  @state() private country?: string;
  @query('input') private input!: HTMLInputElement;
  private readonly internals = this.attachInternals();
  private initialValue = '';

  /** The number in E.164 when valid, else ''. Setting it fills the field, formatted. */
  @property()
  get value(): string {
    return this.check().e164 ?? '';
  }
  set value(value: string) {
    const { text, country } = formatTyping(value ?? '', this.home());
    this.text = text;
    this.country = country;
  }

  /** What the user has typed, as shown. */
  get displayValue(): string {
    return this.text;
  }

  /** The parsed state of the field: E.164, country and, when invalid, the problem. */
  check(): PhoneCheck {
    return checkPhone(this.text, this.home());
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

  protected override willUpdate(changed: PropertyValues): void {
    // The country may arrive after the value (attribute order): format again with it.
    if (changed.has('defaultCountry') && this.text) this.value = this.text;
  }

  protected override updated(): void {
    const problem = this.currentProblem();
    const e164 = this.check().e164;
    this.internals.setFormValue(e164 ?? null);
    const message = this.error || (problem ? this.terms.phoneProblems[problem] : '');
    if (problem || this.error) this.internals.setValidity({ customError: true }, message, this.input);
    else this.internals.setValidity({});
    this.toggleState('invalid', Boolean(problem || this.error));
    this.toggleState('user-invalid', Boolean(this.shown || this.error));
  }

  private toggleState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
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

  protected override render(): TemplateResult {
    const problem = this.error || (this.shown ? this.terms.phoneProblems[this.shown] : '');
    const country = toCountry(this.country);
    return html`
      <div part="field">
        <label part="label" for="input">${this.label || this.terms.phoneLabel}</label>
        <div part="control" class="control">
          ${country ? html`<span part="country" class="flag" aria-hidden="true">${flagOf(country)}</span>` : nothing}
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
        <p part="hint" id="hint" class="hint">${this.terms.phoneHint}</p>
        <p part="error" id="error" class="error" ?hidden=${!problem}>${problem}</p>
      </div>
    `;
  }

  private home() {
    return toCountry(this.defaultCountry);
  }

  private currentProblem(): PhoneCheck['problem'] {
    const { problem } = this.check();
    if (problem === 'required' && !this.required) return undefined;
    return problem;
  }

  private onInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const deleting = event.inputType?.startsWith('delete') ?? false;
    const result = reformat(input.value, input.selectionStart ?? input.value.length, this.text, deleting, this.home());
    // Write the input directly so the caret can be set in the same task, before the next keystroke.
    input.value = result.text;
    input.setSelectionRange(result.caret, result.caret);
    this.text = result.text;
    this.country = result.country;
    // Problems are told on blur or submit, never while typing; but a fixed number clears them at once.
    if (this.shown && !this.currentProblem()) this.shown = undefined;
  }

  private onBlur(): void {
    if (this.text.trim() !== '') this.shown = this.currentProblem();
  }

  private onChange(): void {
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
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-login-number': PhoneLoginNumber;
  }
}
