import { html, nothing, type TemplateResult } from 'lit';
import type { Phase } from '../flow/phases.js';
import type { Terms } from '../i18n/terms.js';
import { fieldProblemText, rateLimitedText } from '../i18n/wording.js';
import type { FormInputs, StepActions } from './step-types.js';

/** The phone form, while the user types and while the start is under way. */
export function phoneStep(
  phase: Extract<Phase, { name: 'enter-phone' | 'starting' }>,
  terms: Terms,
  form: FormInputs,
  actions: StepActions,
): TemplateResult {
  // Busy and blocked controls stay focusable (readonly, aria-disabled): disabling them would drop the focus.
  const busy = phase.name === 'starting';
  const problem = phase.name === 'enter-phone' ? phase.problem : undefined;
  const fieldError = problem && problem !== form.dismissed ? fieldProblemText(problem, terms) : '';
  const formError =
    problem?.kind === 'rate-limited' ? rateLimitedText(problem, terms) : problem?.kind === 'unreachable' ? terms.startUnreachable : '';
  const label = busy ? terms.submitting : problem?.kind === 'unreachable' ? terms.tryAgain : terms.submit;
  // The field's five settings (default-country, countries, …) come from <phone-login>'s fieldSettingsContext.
  // Its parts go out as number-*, like the code field's pin-*; the names before 0.2 (field, label,
  // control, input, hint, field-error, flag, dial) stay as aliases so existing themes keep working.
  return html`
    <form part="form" class="step" novalidate @submit=${actions.submit}>
      <phone-login-number
        part="number"
        exportparts="field: number-field, label: number-label, control: number-control, input: number-input, hint: number-hint, error: number-error, country, country-trigger, country-flag, country-dial, country-popup, country-search, country-list, country-option, field, label, control, input, hint, error: field-error, flag, dial"
        required
        theme=${form.theme}
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
