import type { FailureReason } from '../flow/phases.js';
import type { PinType } from '../api/types.js';
import type { PhoneProblem } from '../phone/phone.js';
import type { PluralForms } from './plural.js';

/** Words a count in the plural form its language wants, `#` standing for the number (see plural.ts). */
export type Count = (count: number, forms: PluralForms) => string;

/** A wait from now in the language's own words ("in 45 seconds", "3 tunni pärast"), from `Intl.RelativeTimeFormat`. */
export type Wait = (seconds: number) => string;

/** Every text the widget shows or announces. Functions take the numbers they word. */
export interface Terms {
  /** Label of the phone field. */
  phoneLabel: string;
  /** Hint under the phone field. */
  phoneHint: string;
  /** Why the typed number was refused, by problem. */
  phoneProblems: Record<PhoneProblem, string>;
  /** The server refused the number: this page's access token allows only another one. */
  phoneMismatch: string;
  /** The country button's name when a country is chosen. */
  countryChosen: (name: string, dial: string) => string;
  /** The country button's name when none is chosen. */
  countryNone: string;
  /** Name of the country panel. */
  countryDialog: string;
  /** Label of the country search. */
  countrySearch: string;
  /** Name of the country list. */
  countryList: string;
  /** Announced after each search. */
  countryResults: (count: number) => string;
  /** The submit button. */
  submit: string;
  /** The submit button while the login starts. */
  submitting: string;
  /** Announced while the login starts. */
  starting: string;
  /** The server could not be reached at start. */
  startUnreachable: string;
  /** The server refused more starts for now. */
  rateLimited: (seconds: number) => string;
  /** The server may send no more codes to the number's country for now (its SMS budget is spent). */
  smsBudget: (seconds: number) => string;
  /** Where the Mobile ID request went; `phone` is already formatted. */
  requestSentTo: (phone: string) => string;
  /** Heading above the verification code. */
  codeHeading: string;
  /** Announced with the verification code; `digits` are spaced so they are read one by one. */
  codeAnnouncement: (digits: string, status: string) => string;
  /** What to do with the verification code. */
  codeInstruction: string;
  /** Status while the server is still reaching the phone. */
  waitingScheduled: string;
  /** Status while the phone is asking the user. */
  waitingProcessing: string;
  /** Status while polls fail and are retried. */
  connectionTrouble: string;
  /** Label of the code field. */
  pinLabel: string;
  /** Hint under the code field. */
  pinHint: (length: number, type: PinType) => string;
  /** The code field holds too few characters. */
  pinIncomplete: (length: number) => string;
  /** Where the code went; `phone` is already formatted. */
  codeSentTo: (phone: string) => string;
  /** Announced when a code was sent; `minutes` is its lifetime when known. */
  codeSent: (minutes?: number) => string;
  /** The visible countdown; `time` is already formatted (m:ss). */
  expiresIn: (time: string) => string;
  /** Announced once in the code's last minute. */
  expiringSoon: string;
  /** The server refused the code; `attemptsLeft` when it said. */
  wrongCode: (attemptsLeft?: number) => string;
  /** The code could not be checked or a new one not sent. */
  pinUnreachable: string;
  /** The verify button. */
  verify: string;
  /** The verify button while checking, and its announcement. */
  verifying: string;
  /** The button that asks for a new code. */
  resend: string;
  /** The same button during the cooldown; `time` is already formatted. */
  resendIn: (time: string) => string;
  /** The button that goes back to the phone form from the code step. */
  changeNumber: string;
  /** The cancel button while waiting. */
  cancel: string;
  /** Shown when the login succeeded. */
  success: string;
  /** Under the success message: the number logged in with; `phone` is already formatted. */
  loggedInAs: (phone: string) => string;
  /** Why the login ended without success, by reason. */
  failures: Record<FailureReason, string>;
  /** The button after a failure. */
  tryAgain: string;
  /** Label of the whole widget region. */
  regionLabel: string;
}

/** English with some terms replaced (the `terms` property). */
export function withTerms(base: Terms, overrides: Partial<Terms> | undefined): Terms {
  return overrides ? { ...base, ...overrides } : base;
}
