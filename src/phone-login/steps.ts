import type { TemplateResult } from 'lit';
import type { LoginView } from '../context.js';
import type { StartProblem } from '../flow/phases.js';
import { isolateLtr } from '../i18n/format.js';
import { messageStep } from './message-step.js';
import { phoneStep } from './phone-step.js';
import { pinStep } from './pin-step.js';
import { failedStep, successStep } from './result-steps.js';

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
      return messageStep(phase, isolateLtr(form.displayPhone), terms, actions);
    case 'success':
      return successStep(form.displayPhone && isolateLtr(form.displayPhone), terms);
    case 'failed':
      return failedStep(phase, form, terms, actions);
  }
}
