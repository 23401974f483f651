import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FormControl, type ControlState } from '../form-control/form-control.js';
import { LocaleController, settleLocaleOnServer } from '../i18n/locale-controller.js';
import { sanitizePin, type PinType } from './sanitize.js';
import { requestWebOtp } from './web-otp.js';
import { fieldStyles } from '../theme/field.js';
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
 * @csspart hint - The hint under the boxes.
 * @csspart error - Why the code is not accepted.
 * @cssstate complete - Every box is filled.
 * @cssstate invalid - The code is incomplete (or missing while required), or an error is set.
 * @cssstate user-invalid - An error is shown.
 */
@customElement('phone-login-pin')
export class PhoneLoginPin extends FormControl {
  static override styles = [tokens, fieldStyles, styles];

  /** Number of characters in the code (4–10). */
  @property({ type: Number }) length = 6;
  /** Characters the code is made of: `numeric`, `alpha` or `alphanumeric`. */
  @property() type: PinType = 'numeric';
  /** Do not submit the form by itself when the code is complete. */
  @property({ type: Boolean, attribute: 'without-autosubmit' }) withoutAutosubmit = false;
  /** Do not ask the browser for the code from the SMS (WebOTP). */
  @property({ type: Boolean, attribute: 'without-webotp' }) withoutWebotp = false;

  private readonly i18n = new LocaleController(this, { fromContext: true });

  @state() private code = '';
  @state() private caret = 0;
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

  /** Empties the field (form reset). */
  protected resetValue(): void {
    this.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server render runs willUpdate but no controller's hostConnected or hostUpdate: terms now.
    if (isServer) settleLocaleOnServer(this.i18n);
    if (changed.has('type') || changed.has('length')) this.value = this.code;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.toggleState('complete', this.code.length === this.length);
  }

  /** The code for the form; missing or too short for its validity. */
  protected controlState(): ControlState {
    const message = this.i18n.terms.pinIncomplete(this.length);
    const missing = this.required && !this.code;
    const short = this.code !== '' && this.code.length < this.length;
    const flags = missing ? { valueMissing: true } : short ? { tooShort: true } : undefined;
    return { value: this.code || null, problem: flags && { flags, message } };
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
            @change=${this.emitChange}
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
    this.userEdited();
    this.code = code;
    this.caret = caret;
    if (code.length === this.length) this.completed();
  }

  private trackCaret(): void {
    this.caret = this.input.selectionStart ?? this.code.length;
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
      // The SMS's code replaces what was typed, and with it a message about the old one.
      this.userEdited();
      this.value = code;
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      if (this.code.length === this.length) this.completed();
    });
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'phone-login-pin': PhoneLoginPin;
  }
}
