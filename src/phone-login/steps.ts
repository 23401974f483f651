import { html, type TemplateResult } from 'lit';
import type { LoginView } from '../context.js';
import type { StartProblem } from '../flow/phases.js';
import { formatTime, isolateLtr } from '../i18n/format.js';
import { phoneStep } from './phone-step.js';
import { pinStep } from './pin-step.js';

/** What the steps can ask of `<phone-login>`. */
export interface StepActions {
  submit(event: SubmitEvent): void;
  edited(): void;
  verify(event: SubmitEvent): void;
  resend(): void;
  cancel(): void;
  retry(): void;
}

/** Inputs of the steps that are not in the flow's state. */
export interface FormInputs {
  /** The number the phone form starts with. */
  phone: string;
  /** The login's number, formatted for display. */
  displayPhone: string;
  defaultCountry: string;
  countries: string;
  preferredCountries: string;
  allowLandline: boolean;
  rememberCountry: boolean;
  /** A server complaint the user has edited away since. */
  dismissed?: StartProblem;
  /** The flow clock's time, for countdowns. */
  now: number;
  /** The locale numbers are written in. */
  locale: string;
  /** The colour scheme, passed on to the sub-elements. */
  theme: string;
}

/** Renders the step for the current phase. Every server string goes in as text, never as HTML. */
export function renderStep({ state, terms }: LoginView, form: FormInputs, actions: StepActions): TemplateResult {
  const { phase } = state;
  switch (phase.name) {
    case 'enter-phone':
    case 'starting':
      return phoneStep(phase, terms, form, actions);
    case 'pin':
    case 'verifying':
      return pinStep(phase, isolateLtr(form.displayPhone), form, terms, actions);
    case 'message':
      return html`
        <section part="message" class="step">
          <p part="code-label" class="code-label" id="code-label">${terms.codeHeading}</p>
          <p part="code" class="code" aria-labelledby="code-label" dir="ltr" tabindex="-1" data-autofocus>
            ${phase.code}
          </p>
          <p part="instruction">${terms.codeInstruction}</p>
          <p part="progress" class="progress">
            <span class="spinner" aria-hidden="true"></span>
            ${phase.trouble
              ? terms.connectionTrouble
              : phase.state === 'Processing'
                ? terms.waitingProcessing
                : terms.waitingScheduled}
          </p>
          <button part="button cancel" type="button" class="secondary" @click=${actions.cancel}>${terms.cancel}</button>
        </section>
      `;
    case 'success':
      return html`<p part="success" class="success" tabindex="-1" data-autofocus>${terms.success}</p>`;
    case 'failed': {
      const cooldown = phase.resendAt === undefined ? 0 : Math.max(0, phase.resendAt - form.now);
      // Busy buttons stay focusable (aria-disabled), so the focus is not lost while the cooldown runs.
      return html`
        <section part="failure" class="step">
          <p part="error" class="error">${terms.failures[phase.reason]}</p>
          <button part="button retry" type="button" aria-disabled=${cooldown > 0 ? 'true' : 'false'} @click=${actions.retry} data-autofocus>
            ${!phase.resendable ? terms.tryAgain : cooldown > 0 ? terms.resendIn(formatTime(cooldown, form.locale)) : terms.resend}
          </button>
        </section>
      `;
    }
  }
}
