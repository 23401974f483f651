import type { TemplateResult } from 'lit';
import type { LoginView } from '../context.js';
import { isolateLtr } from '../i18n/format.js';
import { messageStep } from './message-step.js';
import { phoneStep } from './phone-step.js';
import { pinStep } from './pin-step.js';
import { failedStep, successStep } from './result-steps.js';
import type { FormInputs, StepActions } from './step-types.js';

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
      return messageStep(phase, isolateLtr(form.displayPhone), terms, actions);
    case 'success':
      return successStep(form.displayPhone && isolateLtr(form.displayPhone), terms);
    case 'failed':
      return failedStep(phase, form, terms, actions);
  }
}
