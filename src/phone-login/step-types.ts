import type { StartProblem } from '../flow/phases.js';

// The contract between <phone-login> and its step templates, in a module of its own so the steps
// and the switch that picks one never import each other.

/** What the steps can ask of `<phone-login>`. */
export interface StepActions {
  /** The phone form was submitted. */
  submit(event: SubmitEvent): void;
  /** The user edited the number. */
  edited(): void;
  /** The code form was submitted. */
  verify(event: SubmitEvent): void;
  /** The user asked for a new code. */
  resend(): void;
  /** The user abandoned the login (cancel, change number). */
  cancel(): void;
  /** The user asked to try again after a failure. */
  retry(): void;
}

/** Inputs of the steps that are not in the flow's state. */
export interface FormInputs {
  /** The number the phone form starts with. */
  phone: string;
  /** The login's number, formatted for display. */
  displayPhone: string;
  /** A server complaint the user has edited away since. */
  dismissed?: StartProblem;
  /** The flow clock's time, for countdowns. */
  now: number;
  /** The locale numbers are written in. */
  locale: string;
  /** The colour scheme, passed on to the sub-elements. */
  theme: string;
}
