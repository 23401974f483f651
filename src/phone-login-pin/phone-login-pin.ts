import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { sanitizePin, type PinType } from './sanitize.js';
import { requestWebOtp } from './web-otp.js';
import { tokens } from '../theme/tokens.js';
import { styles } from './phone-login-pin.styles.js';

/**
 * Entry of a one-time code: one real input (so autofill, paste and screen readers see one field)
 * drawn as one box per character. Fills itself from the SMS through WebOTP where the browser can,
 * and submits its form when the code is complete. A form control of its own.
 *
 * @summary One-time code entry.
 * @fires input - When the code changes (native, from the inner input).
 * @fires change - When the user commits a change (on blur).
 * @csspart field - The wrapper of label, boxes and message.
 * @csspart label - The label.
 * @csspart boxes - The row of boxes; the real input lies over it.
 * @csspart box - One character's box.
 * @csspart input - The real input (transparent).
 * @csspart error - Why the code is not accepted.
 * @cssstate complete - Every box is filled.
 * @cssstate user-invalid - An error is shown.
 */
@customElement('phone-login-pin')
export class PhoneLoginPin extends LitElement {
  static override styles = [tokens, styles];
  /** @internal */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** Makes the element a form control. */
  static formAssociated = true;

  /** Colour scheme: \`auto\` follows the system setting, \`light\` or \`dark\` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Number of characters in the code (4–10). */
  @property({ type: Number }) length = 6;
  /** Characters the code is made of: `numeric`, `alpha` or `alphanumeric`. */
  @property() type: PinType = 'numeric';
  /** Name under which the code is submitted with a form. */
  @property({ reflect: true }) name = '';
  /** Label text; defaults to the widget's term. */
  @property() label = '';
  /** Whether a code must be given. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Whether the field is disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Whether the field is shown but cannot be edited (e.g. while the code is checked). */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** A message from outside (e.g. "Wrong code"), shown under the boxes; cleared when the user edits the code. */
  @property() error = '';
  /** Do not submit the form by itself when the code is complete. */
  @property({ type: Boolean, attribute: 'without-autosubmit' }) withoutAutosubmit = false;
  /** Do not ask the browser for the code from the SMS (WebOTP). */
  @property({ type: Boolean, attribute: 'without-webotp' }) withoutWebotp = false;

  private readonly i18n = new LocaleController(this, { fromContext: true });

  @state() private code = '';
  @state() private caret = 0;
  @query('input') private input!: HTMLInputElement;
  private readonly internals = this.attachInternals();
  private webOtp?: AbortController;

  /** The code typed so far, as a string (leading zeros kept). */
  @property()
  get value(): string {
    return this.code;
  }
  set value(value: string) {
    this.code = sanitizePin(value ?? '', this.type, this.length);
    this.caret = this.code.length;
  }

  /** Empties the field (e.g. after a wrong code). */
  clear(): void {
    this.value = '';
  }

  /** True when the field holds a whole code (or is empty and not required). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and focuses the field when it is not valid. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) this.focus();
    return valid;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listenForSms();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The step is over: stop waiting for the SMS.
    this.webOtp?.abort();
    this.webOtp = undefined;
  }

  /** Follows a disabled `<fieldset>` around the element. */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** Empties the field (form reset). */
  formResetCallback(): void {
    this.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('type') || changed.has('length')) this.value = this.code;
  }

  protected override updated(): void {
    const complete = this.code.length === this.length;
    this.internals.setFormValue(this.code || null);
    if (this.error) this.internals.setValidity({ customError: true }, this.error, this.input);
    else if (this.required && !this.code) this.internals.setValidity({ valueMissing: true }, this.i18n.terms.pinIncomplete(this.length), this.input);
    else if (this.code && !complete) this.internals.setValidity({ tooShort: true }, this.i18n.terms.pinIncomplete(this.length), this.input);
    else this.internals.setValidity({});
    this.toggleState('complete', complete);
    this.toggleState('user-invalid', Boolean(this.error));
  }

  protected override render(): TemplateResult {
    const active = Math.min(this.caret, this.length - 1);
    const boxes = Array.from({ length: this.length }, (_, i) => {
      const char = this.code[i] ?? '';
      return html`<span part="box" class="box" ?data-filled=${char !== ''} ?data-active=${i === active} aria-hidden="true">${char}</span>`;
    });
    return html`
      <div part="field">
        <label part="label" for="input">${this.label || this.i18n.terms.pinLabel}</label>
        <div part="boxes" class="boxes" dir="ltr">
          ${boxes}
          <input
            part="input"
            id="input"
            .value=${live(this.code)}
            autocomplete="one-time-code"
            inputmode=${this.type === 'numeric' ? 'numeric' : 'text'}
            pattern=${this.type === 'numeric' ? '[0-9]*' : '[A-Za-z0-9]*'}
            autocapitalize=${this.type === 'numeric' ? 'off' : 'characters'}
            spellcheck="false"
            autocorrect="off"
            maxlength=${this.length + 8}
            ?disabled=${this.disabled}
            ?readonly=${this.readonly}
            ?required=${this.required}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'error' : 'hint'}
            @input=${this.onInput}
            @keyup=${this.trackCaret}
            @click=${this.trackCaret}
            @select=${this.trackCaret}
            @change=${this.onChange}
          />
        </div>
        <p part="hint" id="hint" class="hint">${this.i18n.terms.pinHint(this.length, this.type)}</p>
        <p part="error" id="error" class="error" ?hidden=${!this.error}>${this.error}</p>
      </div>
    `;
  }

  private onInput(): void {
    // Typing, paste and autofill all arrive here with the whole field's text; maxlength leaves
    // room for the spaces, dashes and prefix a pasted code may carry before they are removed.
    const input = this.input;
    const code = sanitizePin(input.value, this.type, this.length);
    const caret = Math.min(input.selectionStart ?? code.length, code.length);
    input.value = code;
    input.setSelectionRange(caret, caret);
    // The error was about the previous code; keeping it would also block the next submit.
    this.error = '';
    this.code = code;
    this.caret = caret;
    if (code.length === this.length) this.completed();
  }

  private trackCaret(): void {
    this.caret = this.input.selectionStart ?? this.code.length;
  }

  private onChange(): void {
    // The native change event does not cross the shadow boundary.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private completed(): void {
    if (this.withoutAutosubmit) return;
    // After this update, so the form reads the complete value.
    void this.updateComplete.then(() => this.internals.form?.requestSubmit());
  }

  private listenForSms(): void {
    if (this.withoutWebotp || this.webOtp) return;
    this.webOtp = requestWebOtp((code) => {
      if (this.disabled || this.readonly) return;
      this.value = code;
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      if (this.code.length === this.length) this.completed();
    });
  }

  private toggleState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-login-pin': PhoneLoginPin;
  }
}
