import { html, svg, type TemplateResult } from 'lit';
import type { Phase } from '../flow/phases.js';
import { formatTime } from '../i18n/format.js';
import type { Terms } from '../i18n/terms.js';
import type { StepActions } from './step-types.js';

/** A check mark in a ring, drawn in the text colour so it shows on any background. */
const check = svg`<svg class="check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="2" />
  <path d="M7.5 12.5l3 3 6-6.5" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * The finished state: a check mark, that the user is logged in (the `success` part, which takes the
 * focus, as it always has), and with which number.
 */
export function successStep(phone: string, terms: Terms): TemplateResult {
  return html`
    <div class="success">
      ${check}
      <div class="success-text">
        <p part="success" class="success-title" tabindex="-1" data-autofocus>${terms.success}</p>
        ${phone ? html`<p class="success-phone">${terms.loggedInAs(phone)}</p>` : ''}
      </div>
    </div>
  `;
}

/** The login ended without success: why, and the way on (try again, or a new code once allowed). */
export function failedStep(
  phase: Extract<Phase, { name: 'failed' }>,
  { now, locale }: { now: number; locale: string },
  terms: Terms,
  actions: StepActions,
): TemplateResult {
  const cooldown = phase.resendAt === undefined ? 0 : Math.max(0, phase.resendAt - now);
  // Busy buttons stay focusable (aria-disabled), so the focus is not lost while the cooldown runs.
  return html`
    <section part="failure" class="step">
      <p part="error" class="error">${terms.failures[phase.reason]}</p>
      <button part="button retry" type="button" aria-disabled=${cooldown > 0 ? 'true' : 'false'} @click=${actions.retry} data-autofocus>
        ${!phase.resendable ? terms.tryAgain : cooldown > 0 ? terms.resendIn(formatTime(cooldown, locale)) : terms.resend}
      </button>
    </section>
  `;
}
