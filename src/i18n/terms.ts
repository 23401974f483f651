import type { FailureReason } from '../flow/phases.js';
import type { PhoneProblem } from '../phone/phone.js';

/** Every text the widget shows or announces. Functions take the numbers they word. */
export interface Terms {
  /** Label of the phone field. */
  phoneLabel: string;
  /** Hint under the phone field. */
  phoneHint: string;
  /** Why the typed number was refused, by problem. */
  phoneProblems: Record<PhoneProblem, string>;
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
  /** Heading above the verification code. */
  codeHeading: string;
  /** What to do with the verification code. */
  codeInstruction: string;
  /** Status while the server is still reaching the phone. */
  waitingScheduled: string;
  /** Status while the phone is asking the user. */
  waitingProcessing: string;
  /** Status while polls fail and are retried. */
  connectionTrouble: string;
  /** The cancel button while waiting. */
  cancel: string;
  /** Shown when the login succeeded. */
  success: string;
  /** Why the login ended without success, by reason. */
  failures: Record<FailureReason, string>;
  /** The button after a failure. */
  tryAgain: string;
  /** Label of the whole widget region. */
  regionLabel: string;
}

/** English, built in. */
export const en: Terms = {
  phoneLabel: 'Phone number',
  phoneHint: 'Include the country code if your number is from another country, e.g. +372.',
  phoneProblems: {
    required: 'Enter your phone number.',
    'too-short': 'This number is too short.',
    'too-long': 'This number is too long.',
    'invalid-country': 'This country code does not exist. Check the digits after "+".',
    'not-a-number': 'A phone number contains digits only.',
    invalid: 'This is not a valid phone number.',
  },
  submit: 'Continue',
  submitting: 'Sending…',
  starting: 'Starting the login…',
  startUnreachable: 'We could not reach the login service. Check your connection and try again.',
  rateLimited: (seconds) =>
    `Too many attempts. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  codeHeading: 'Verification code',
  codeInstruction: 'Make sure your phone shows the same code before you confirm there.',
  waitingScheduled: 'Sending the request to your phone…',
  waitingProcessing: 'Waiting for you to confirm on your phone…',
  connectionTrouble: 'Connection problem. Still trying…',
  cancel: 'Cancel',
  success: 'You are logged in.',
  failures: {
    not_registered: 'This phone number is not registered. Use another login method or contact support.',
    user_cancel: 'The login was canceled on the phone.',
    expired: 'The login expired. Please start again.',
    too_many_attempts: 'Too many attempts. Please start again.',
    timeout: 'The phone did not answer in time. Please try again.',
    provider_error: 'The login service could not reach your phone. Please try again later.',
    canceled: 'The login was canceled or timed out.',
    server_error: 'Something went wrong on the server. Please try again.',
    method_disabled: 'Phone login is turned off on this site. Please use another login method.',
    login_gone: 'This login expired. Please start again.',
    time_limit: 'This took too long. Please start again.',
    unreachable: 'We lost the connection to the login service.',
  },
  tryAgain: 'Try again',
  regionLabel: 'Phone login',
};

/** English with some terms replaced (the `terms` property). */
export function withTerms(overrides: Partial<Terms> | undefined): Terms {
  return overrides ? { ...en, ...overrides } : en;
}
