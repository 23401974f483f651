import { html, type TemplateResult } from 'lit';
import type { Phase } from '../flow/phases.js';
import type { Terms } from '../i18n/terms.js';
import type { StepActions } from './step-types.js';

/** The Mobile ID step: the number asked, the code to compare, what to do, the wait, change number and cancel. */
export function messageStep(
  phase: Extract<Phase, { name: 'message' }>,
  phone: string,
  terms: Terms,
  actions: StepActions,
): TemplateResult {
  const waiting = phase.trouble ? terms.connectionTrouble : phase.state === 'Processing' ? terms.waitingProcessing : terms.waitingScheduled;
  // "Change number" sits beside the number it changes; it ends the pending login just as cancel does.
  return html`
    <section part="message" class="step">
      <div class="sent-to">
        <p part="sent-to">${terms.requestSentTo(phone)}</p>
        <button part="button change-number" type="button" class="link" @click=${actions.cancel}>${terms.changeNumber}</button>
      </div>
      <p part="code-label" class="code-label" id="code-label">${terms.codeHeading}</p>
      <p part="code" class="code" aria-labelledby="code-label" dir="ltr" tabindex="-1" data-autofocus>${phase.code}</p>
      <p part="instruction">${terms.codeInstruction}</p>
      <p part="progress" class="progress">
        <span class="spinner" aria-hidden="true"></span>
        ${waiting}
      </p>
      <button part="button cancel" type="button" class="secondary" @click=${actions.cancel}>${terms.cancel}</button>
    </section>
  `;
}
