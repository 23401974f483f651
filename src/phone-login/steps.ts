import { html, nothing, type TemplateResult } from 'lit';
import type { LoginView } from '../context.js';
import type { Phase, StartProblem } from '../flow/phases.js';
import type { Terms } from '../i18n/terms.js';

/** What the steps can ask of `<phone-login>`. */
export interface StepActions {
  submit(event: SubmitEvent): void;
  edited(): void;
  cancel(): void;
  retry(): void;
}

/** Inputs of the phone form that are not in the flow's state. */
export interface FormInputs {
  phone: string;
  defaultCountry: string;
  /** A server complaint the user has edited away since. */
  dismissed?: StartProblem;
}

/** Renders the step for the current phase. Every server string goes in as text, never as HTML. */
export function renderStep({ state, terms }: LoginView, form: FormInputs, actions: StepActions): TemplateResult {
  const { phase } = state;
  switch (phase.name) {
    case 'enter-phone':
    case 'starting':
      return phoneForm(phase, terms, form, actions);
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
    case 'failed':
      return html`
        <section class="step">
          <p part="error" class="error">${terms.failures[phase.reason]}</p>
          <button part="button retry" type="button" @click=${actions.retry} data-autofocus>${terms.tryAgain}</button>
        </section>
      `;
  }
}

function phoneForm(
  phase: Extract<Phase, { name: 'enter-phone' | 'starting' }>,
  terms: Terms,
  form: FormInputs,
  actions: StepActions,
): TemplateResult {
  // Busy and blocked controls stay focusable (readonly, aria-disabled): disabling them would drop the focus.
  const busy = phase.name === 'starting';
  const problem = phase.name === 'enter-phone' ? phase.problem : undefined;
  const fieldError = problem?.kind === 'invalid' && problem !== form.dismissed ? problem.message || terms.phoneProblems.invalid : '';
  const formError =
    problem?.kind === 'rate-limited' ? terms.rateLimited(problem.seconds) : problem?.kind === 'unreachable' ? terms.startUnreachable : '';
  const label = busy ? terms.submitting : problem?.kind === 'unreachable' ? terms.tryAgain : terms.submit;
  return html`
    <form part="form" class="step" novalidate @submit=${actions.submit}>
      <phone-login-number
        part="number"
        exportparts="field, label, control, country, input, hint, error: field-error"
        required
        default-country=${form.defaultCountry}
        .value=${form.phone}
        .error=${fieldError}
        ?readonly=${busy}
        @input=${actions.edited}
        data-autofocus
      ></phone-login-number>
      ${formError ? html`<p part="error" class="error" id="form-error">${formError}</p>` : nothing}
      <button
        part="button submit"
        type="submit"
        aria-disabled=${busy || problem?.kind === 'rate-limited' ? 'true' : 'false'}
        aria-busy=${busy ? 'true' : 'false'}
        aria-describedby=${formError ? 'form-error' : nothing}
      >
        ${label}
      </button>
    </form>
  `;
}
