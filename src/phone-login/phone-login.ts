import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { FetchLoginClient, type LoginClient } from '../api/client.js';
import { loginContext, termsContext, type LoginView } from '../context.js';
import { outcomeEvent, type PhoneLoginEventMap } from '../events.js';
import { systemClock, type Clock } from '../flow/clock.js';
import { LoginFlow } from '../flow/login-flow.js';
import type { FlowEvent, FlowState, StartProblem } from '../flow/phases.js';
import { effectiveLang } from '../i18n/lang.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { en } from '../i18n/locales/en.js';
import { withTerms, type Terms } from '../i18n/terms.js';
import { formatInternational } from '../phone/phone.js';
import type { PhoneLoginNumber } from '../phone-login-number/phone-login-number.js';
import type { PhoneLoginPin } from '../phone-login-pin/phone-login-pin.js';
import '../phone-login-number/phone-login-number.js';
import '../phone-login-pin/phone-login-pin.js';
import '../phone-login-status/phone-login-status.js';
import type { StepActions } from './step-types.js';
import { renderStep } from './steps.js';
import { Ticker } from './ticker.js';
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
 * @fires success - The login succeeded; `detail: { token, uuid, phone }`. Bubbles and is composed.
 * @fires failure - The login ended without success; `detail: { reason, uuid?, details?, serverMessage? }`.
 * @fires cancel - The user abandoned a login under way; `detail: { uuid? }`.
 * @csspart form - The phone form.
 * @csspart number - The `<phone-login-number>` field.
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
 * @csspart countdown - Time left before the code expires.
 * @csspart pin-actions - The resend and change-number buttons.
 * @csspart resend - The button that asks for a new code.
 * @csspart change-number - The button back to the phone form (code step and Mobile ID step).
 * @csspart success - The success message; a check mark before it and the number logged in with after it.
 * @csspart failure - The step shown when the login ended without success.
 * @csspart error - An error message.
 * @csspart retry - The "try again" button.
 * @csspart base - The box around every step (takes --phone-login-background and --phone-login-padding).
 * @cssproperty --phone-login-accent - Buttons, links, focus rings, the active option (light #1d4ed8, dark #93c5fd). As text and rings it is darkened (light) or lightened (dark) as far as needed to read on the background.
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
  /** Access token sent as `Authorization: Bearer` on every request of the default client; read at each request. */
  @property({ attribute: 'access-token' }) accessToken = '';
  /** A replacement protocol client (defaults to fetch against `endpoint`). */
  @property({ attribute: false }) client?: LoginClient;
  /** Texts to use instead of the built-in ones. */
  @property({ attribute: false }) terms?: Partial<Terms>;
  /** The clock of timers and countdowns; tests replace it. @internal */
  @property({ attribute: false }) clock: Clock = systemClock;

  @provide({ context: loginContext })
  @state()
  private view: LoginView;

  @provide({ context: termsContext })
  private resolvedTerms: Terms = en;
  private readonly i18n = new LocaleController(this);
  /** The terms the resolved ones were made from, to rebuild them only when one changes. */
  private termSources: [Terms, Partial<Terms> | undefined] = [en, undefined];

  @query('phone-login-number') private number?: PhoneLoginNumber;
  @query('phone-login-pin') private pin?: PhoneLoginPin;
  private readonly flow: LoginFlow;
  private fetchClient?: FetchLoginClient;
  /** The number the form starts with: the `phone` attribute, then the number of the last attempt. */
  @state() private prefill?: string;
  /** The server's complaint about the number that the user has since edited away. */
  private dismissed?: StartProblem;
  private focusWasInside = false;

  constructor() {
    super();
    this.flow = new LoginFlow({
      client: {
        start: (...args) => this.activeClient().start(...args),
        result: (...args) => this.activeClient().result(...args),
        cancel: (...args) => this.activeClient().cancel(...args),
      },
      listener: (event) => this.onFlow(event),
      locale: () => effectiveLang(this),
      // Read at every use, so a clock set after construction (tests) takes effect.
      clock: {
        now: () => this.clock.now(),
        setTimeout: (callback, ms) => this.clock.setTimeout(callback, ms),
        clearTimeout: (handle) => this.clock.clearTimeout(handle),
        random: () => this.clock.random(),
      },
    });
    this.view = { state: this.flow.state, terms: this.resolvedTerms };
    new Ticker(this, () => this.clock, () => countdowns(this.view.state));
  }

  /** Returns to the phone form after a finished or failed login. */
  reset(): void {
    this.flow.reset();
  }

  /** Abandons the login under way. */
  cancel(): void {
    this.flow.cancel();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.flow.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Every request and timer stops; a login waiting for the phone resumes if the element comes back.
    this.flow.pause();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const [base, overrides] = this.termSources;
    if (base !== this.i18n.terms || overrides !== this.terms) {
      this.termSources = [this.i18n.terms, this.terms];
      this.resolvedTerms = withTerms(this.i18n.terms, this.terms);
      this.view = { ...this.view, terms: this.resolvedTerms };
    }
    if (changed.has('timeLimit')) this.flow.setPolicy({ timeLimit: this.timeLimit * 1000 });
    this.focusWasInside = this.matches(':focus-within');
  }

  protected override updated(changed: PropertyValues): void {
    const old = changed.get('view') as LoginView | undefined;
    if (!old) return;
    const { phase } = this.view.state;
    const before = old.state.phase;
    const freshNotice = phase.name === 'pin' && phase.notice !== ('notice' in before ? before.notice : undefined);
    // A new code, or a wrong one: the field starts empty again.
    if (freshNotice && (phase.notice?.kind === 'sent' || phase.notice?.kind === 'wrong')) this.pin?.clear();
    if (this.focusWasInside && (before.name !== phase.name || freshNotice)) void this.focusStep();
  }

  protected override render(): TemplateResult {
    const actions: StepActions = {
      submit: (event) => this.onSubmit(event),
      edited: () => this.onEdited(),
      verify: (event) => this.onVerify(event),
      resend: () => this.flow.resend(),
      cancel: () => this.flow.cancel(),
      retry: () => this.flow.retry(),
    };
    const form = {
      phone: this.prefill ?? this.phone,
      displayPhone: formatInternational(this.view.state.phone),
      defaultCountry: this.defaultCountry,
      countries: this.countries,
      preferredCountries: this.preferredCountries,
      allowLandline: this.allowLandline,
      rememberCountry: this.rememberCountry,
      dismissed: this.dismissed,
      now: this.clock.now(),
      locale: this.i18n.locale,
      theme: this.theme,
    };
    return html`
      <div part="base" class="base" role="group" dir=${this.i18n.dir} aria-label=${this.resolvedTerms.regionLabel}>
        <slot name="header"></slot>
        ${renderStep(this.view, form, actions)}
        ${this.view.state.phase.name === 'success' ? nothing : html`<slot name="legal"></slot>`}
        <phone-login-status></phone-login-status>
      </div>
    `;
  }

  private activeClient(): LoginClient {
    if (this.client) return this.client;
    if (this.fetchClient?.endpoint !== this.endpoint) {
      this.fetchClient = new FetchLoginClient(this.endpoint, { accessToken: () => this.accessToken });
    }
    return this.fetchClient;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const number = this.number;
    if (!number?.reportValidity()) return;
    this.flow.start(number.value);
  }

  private onVerify(event: Event): void {
    event.preventDefault();
    const pin = this.pin;
    if (!pin?.reportValidity()) return;
    this.flow.verify(pin.value);
  }

  private onEdited(): void {
    const { phase } = this.view.state;
    if (phase.name === 'enter-phone' && (phase.problem?.kind === 'invalid' || phase.problem?.kind === 'refused')) {
      this.dismissed = phase.problem;
      this.requestUpdate();
    }
  }

  private onFlow(event: FlowEvent): void {
    if (event.type === 'change') {
      // Refill the form only when coming back to it, never while the user is on it.
      const onForm = (name: string) => name === 'enter-phone' || name === 'starting';
      if (onForm(event.state.phase.name) && !onForm(this.view.state.phase.name)) this.prefill = event.state.phone;
      this.view = { state: event.state, terms: this.resolvedTerms };
      return;
    }
    const outcome = outcomeEvent(event);
    this.dispatchEvent(outcome);
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
}

/** The instants the code step (or a used-up code's resend button) counts down to. */
function countdowns({ phase }: FlowState): number[] {
  if (phase.name === 'failed') return phase.resendAt === undefined ? [] : [phase.resendAt];
  if (phase.name !== 'pin' && phase.name !== 'verifying') return [];
  const { expiresAt, resendAt } = phase.challenge;
  return [expiresAt, resendAt].filter((t): t is number => t !== undefined);
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-login': PhoneLogin;
  }
}
