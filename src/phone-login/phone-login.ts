import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { LoginClient } from '../api/client.js';
import { fieldSettingsContext, type FieldSettings, type LoginView } from '../context.js';
import type { PhoneLoginEventMap } from '../events.js';
import { systemClock, type Clock } from '../flow/clock.js';
import type { Terms } from '../i18n/terms.js';
import type { PhoneLoginNumber } from '../phone-login-number/phone-login-number.js';
import type { PhoneLoginPin } from '../phone-login-pin/phone-login-pin.js';
import '../phone-login-number/phone-login-number.js';
import '../phone-login-pin/phone-login-pin.js';
import '../phone-login-status/phone-login-status.js';
import { LoginController, settleLoginOnServer } from './login-controller.js';
import type { StepActions } from './step-types.js';
import { renderStep } from './steps.js';
import { Ticker, countdowns } from './ticker.js';
import { tokens } from '../theme/tokens.js';
import { styles } from './phone-login.styles.js';

/**
 * Log in with a phone number over Waldur's `auth-valimo` protocol: either Mobile ID (compare the
 * code the phone shows, then wait for the phone) or a code sent by SMS (type it), then `success`
 * with the token.
 *
 * @summary Phone-number login.
 * @slot header - Above every step: a logo, a title.
 * @slot legal - Under every step but the finished one: terms, privacy notice (moot once logged in).
 * @fires {SuccessEvent} success - The login succeeded; `detail: { token, uuid, phone }`. Bubbles and is composed.
 * @fires {FailureEvent} failure - The login ended without success; `detail: { reason, uuid?, details?, serverMessage? }`.
 * @fires {CancelEvent} cancel - The user abandoned a login under way; `detail: { uuid? }`.
 * @csspart form - The phone form.
 * @csspart number - The `<phone-login-number>` field.
 * @csspart number-field - The number field's wrapper of label, control and messages.
 * @csspart number-label - The number field's label.
 * @csspart number-control - The box around the country picker and the number input.
 * @csspart number-input - The number input.
 * @csspart number-hint - The hint under the number input.
 * @csspart number-error - Why the number is not accepted.
 * @csspart country - The country picker.
 * @csspart country-trigger - The country picker's button.
 * @csspart country-flag - The flag in the country picker's button.
 * @csspart country-dial - The dial code in the country picker's button.
 * @csspart country-popup - The country picker's panel with search and list.
 * @csspart country-search - The country picker's search field.
 * @csspart country-list - The country picker's list.
 * @csspart country-option - One country in the picker's list.
 * @csspart button - Every button.
 * @csspart submit - The submit button.
 * @csspart message - The step that shows the verification code.
 * @csspart code-label - The label above the verification code.
 * @csspart code - The verification code.
 * @csspart instruction - What to do with the code.
 * @csspart progress - The waiting indicator and its text.
 * @csspart cancel - The cancel button.
 * @csspart pin-form - The code step.
 * @csspart sent-to - Where the code (SMS) or the request (Mobile ID) was sent.
 * @csspart pin - The `<phone-login-pin>` field.
 * @csspart pin-field - The code field's wrapper of label, boxes and messages.
 * @csspart pin-label - The code field's label.
 * @csspart pin-boxes - The row of code boxes.
 * @csspart pin-box - One character's box.
 * @csspart pin-input - The code field's real (transparent) input.
 * @csspart pin-hint - The hint under the code boxes.
 * @csspart pin-error - Why the code is not accepted.
 * @csspart countdown - Time left before the code expires.
 * @csspart pin-actions - The resend and change-number buttons.
 * @csspart resend - The button that asks for a new code.
 * @csspart change-number - The button back to the phone form (code step and Mobile ID step).
 * @csspart success - The success message; a check mark before it and the number logged in with after it.
 * @csspart failure - The step shown when the login ended without success.
 * @csspart error - An error message.
 * @csspart retry - The "try again" button.
 * @csspart base - The box around every step (takes --phone-login-background and --phone-login-padding).
 * @csspart field - Deprecated alias of `number-field`.
 * @csspart label - Deprecated alias of `number-label`.
 * @csspart control - Deprecated alias of `number-control`.
 * @csspart input - Deprecated alias of `number-input`.
 * @csspart hint - Deprecated alias of `number-hint`.
 * @csspart field-error - Deprecated alias of `number-error`.
 * @csspart flag - Deprecated alias of `country-flag`.
 * @csspart dial - Deprecated alias of `country-dial`.
 * @csspart boxes - Deprecated alias of `pin-boxes`.
 * @csspart box - Deprecated alias of `pin-box`.
 * @cssproperty --phone-login-accent - Buttons, links, focus rings, the active option (light #1d4ed8, dark #93c5fd). As text and rings it is darkened (light) or lightened (dark) to read on the default backgrounds.
 * @cssproperty --phone-login-accent-text - Text on accent-coloured buttons (default: white or black, whichever contrasts more with the accent; at least 4.58:1).
 * @cssproperty --phone-login-text - Body text (light #111827, dark #f3f4f6).
 * @cssproperty --phone-login-muted - Hints and progress text (light #4b5563, dark #b6bcc6).
 * @cssproperty --phone-login-background - Behind the widget (light transparent, dark #111827).
 * @cssproperty --phone-login-field-background - Inside fields and the country list (light #ffffff, dark #1f2937).
 * @cssproperty --phone-login-border - Field and box borders (light #6b7280, dark #9ca3af).
 * @cssproperty --phone-login-danger - Errors (light #b91c1c, dark #fca5a5).
 * @cssproperty --phone-login-success - The success message (light #047857, dark #6ee7b7).
 * @cssproperty --phone-login-font - Font family (default: the system UI font).
 * @cssproperty --phone-login-font-size - Base font size (default 1rem).
 * @cssproperty --phone-login-radius - Corner radius of fields, boxes and buttons (default 0.5rem).
 * @cssproperty --phone-login-gap - Space between the parts of a step (default 1rem).
 * @cssproperty --phone-login-padding - Space inside the widget's box (light 0, dark 1rem).
 * @cssproperty --phone-login-control-height - Height of fields and buttons (default 2.75rem; keep it at least 24px).
 * @cssproperty --phone-login-focus-ring-color - Colour of the focus ring (default: the accent, as readable on the background).
 * @cssproperty --phone-login-focus-ring-width - Width of the focus ring (default 3px).
 * @cssproperty --phone-login-pin-box-size - Width of one code box (default 2.75rem).
 */
@customElement('phone-login')
export class PhoneLogin extends LitElement {
  static override styles = [tokens, styles];

  /** Colour scheme: \`auto\` follows the system setting, \`light\` or \`dark\` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** URL of the backend's `auth-valimo` endpoint, ending in "/". */
  @property() endpoint = '/api/auth-valimo/';
  /** Two-letter country code for numbers typed without "+". */
  @property({ attribute: 'default-country' }) defaultCountry = '';
  /** Allow-list of countries, e.g. "EE FI LV LT"; empty allows all. */
  @property() countries = '';
  /** Countries listed first in the country picker. */
  @property({ attribute: 'preferred-countries' }) preferredCountries = '';
  /** Accept landline numbers too (for backends that can reach them; SMS and Mobile ID cannot). */
  @property({ type: Boolean, attribute: 'allow-landline' }) allowLandline = false;
  /** Remember the country for the next visit (the two-letter code only; the page must have consent). */
  @property({ type: Boolean, attribute: 'remember-country' }) rememberCountry = false;
  /** A phone number to fill in at the start. */
  @property() phone = '';
  /** Seconds a login may take in all before the widget gives up. */
  @property({ attribute: 'time-limit', type: Number }) timeLimit = 360;
  /** Access token sent as `Authorization: Bearer` on every request of the default client; a new value counts from the next request. */
  @property({ attribute: 'access-token' }) accessToken = '';
  /** Do not keep the login under way in this tab's sessionStorage to show it again after a reload. */
  @property({ type: Boolean, attribute: 'no-resume' }) noResume = false;
  /** A replacement protocol client (defaults to fetch against `endpoint`). */
  @property({ attribute: false }) client?: LoginClient;
  /** Texts to use instead of the built-in ones. */
  @property({ attribute: false }) terms?: Partial<Terms>;
  /** The clock of timers and countdowns; tests replace it. @internal */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** The phone field's settings, one object for as long as none of the five attributes changes. */
  @provide({ context: fieldSettingsContext })
  private fieldSettings: FieldSettings = fieldSettingsOf(this);

  private readonly login = new LoginController(this);
  @query('phone-login-number') private number?: PhoneLoginNumber;
  @query('phone-login-pin') private pin?: PhoneLoginPin;
  /** The view last rendered, to tell what the new one changed. */
  private renderedView?: LoginView;
  private focusWasInside = false;
  private readonly actions: StepActions = {
    submit: (event) => this.onSubmit(event),
    edited: () => this.login.edited(),
    verify: (event) => this.onVerify(event),
    resend: () => this.login.resend(),
    cancel: () => this.login.cancel(),
    retry: () => this.login.retry(),
  };

  constructor() {
    super();
    new Ticker(this, () => this.clock, () => countdowns(this.login.view.state));
  }

  /** Returns to the phone form after a finished or failed login. */
  reset(): void {
    this.login.reset();
  }

  /** Abandons the login under way. */
  cancel(): void {
    this.login.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (FIELD_SETTINGS.some((name) => changed.has(name))) this.fieldSettings = fieldSettingsOf(this);
    // A server render (@lit-labs/ssr) calls willUpdate, not hostUpdate, and its DOM shim has no
    // matches(); nothing has focus there.
    if (isServer) return settleLoginOnServer(this.login);
    this.focusWasInside = this.matches(':focus-within');
  }

  protected override updated(): void {
    const old = this.renderedView;
    const view = (this.renderedView = this.login.view);
    if (!old || old.state === view.state) return;
    const { phase } = view.state;
    const before = old.state.phase;
    const freshNotice = phase.name === 'pin' && phase.notice !== ('notice' in before ? before.notice : undefined);
    // A new code, or a wrong one: the field starts empty again.
    if (freshNotice && (phase.notice?.kind === 'sent' || phase.notice?.kind === 'wrong')) this.pin?.clear();
    if (this.focusWasInside && (before.name !== phase.name || freshNotice)) void this.focusStep();
  }

  protected override render(): TemplateResult {
    const { view, i18n } = this.login;
    const form = {
      phone: this.login.prefill ?? this.phone,
      displayPhone: this.login.displayPhone,
      dismissed: this.login.dismissed,
      now: this.clock.now(),
      locale: i18n.locale,
      theme: this.theme,
    };
    return html`
      <div part="base" class="base" role="group" dir=${i18n.dir} aria-label=${view.terms.regionLabel}>
        <slot name="header"></slot>
        ${renderStep(view, form, this.actions)}
        ${view.state.phase.name === 'success' ? nothing : html`<slot name="legal"></slot>`}
        <phone-login-status></phone-login-status>
      </div>
    `;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const number = this.number;
    if (!number?.reportValidity()) return;
    this.login.start(number.value);
  }

  private onVerify(event: Event): void {
    event.preventDefault();
    const pin = this.pin;
    if (!pin?.reportValidity()) return;
    this.login.verify(pin.value);
  }

  /** Moves focus to the control the new step starts with, so keyboard users never lose their place. */
  private async focusStep(): Promise<void> {
    const target = this.renderRoot.querySelector<HTMLElement>('[data-autofocus]');
    // A sub-element has nothing to delegate focus to until it has rendered.
    if (target instanceof LitElement) await target.updateComplete;
    target?.focus();
  }

  /** Typed listeners for the widget's own events. @internal */
  override addEventListener<K extends keyof PhoneLoginEventMap>(
    type: K,
    listener: (this: PhoneLogin, event: PhoneLoginEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** @internal */
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** @internal */
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  /** Removes a typed listener added for one of the widget's own events. @internal */
  override removeEventListener<K extends keyof PhoneLoginEventMap>(
    type: K,
    listener: (this: PhoneLogin, event: PhoneLoginEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  /** @internal */
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
  /** @internal */
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
  }
}

/** The properties that make up the phone field's settings. */
const FIELD_SETTINGS = ['defaultCountry', 'countries', 'preferredCountries', 'allowLandline', 'rememberCountry'] as const;

function fieldSettingsOf(el: PhoneLogin): FieldSettings {
  const { defaultCountry, countries, preferredCountries, allowLandline, rememberCountry } = el;
  return { defaultCountry, countries, preferredCountries, allowLandline, rememberCountry };
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-login': PhoneLogin;
  }
}
