import type { FailureReason } from '../flow/phases.js';
import type { PinType } from '../api/types.js';
import type { PhoneProblem } from '../phone/phone.js';

/** Every text the widget shows or announces. Functions take the numbers they word. */
export interface Terms {
  /** Label of the phone field. */
  phoneLabel: string;
  /** Hint under the phone field. */
  phoneHint: string;
  /** Why the typed number was refused, by problem. */
  phoneProblems: Record<PhoneProblem, string>;
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
    'not-mobile': 'This is not a mobile number. Enter the number of your mobile phone.',
    'country-not-allowed': 'Numbers from this country cannot be used here.',
    invalid: 'This is not a valid phone number.',
  },
  countryChosen: (name, dial) => `Country: ${name}, +${dial}`,
  countryNone: 'Choose a country',
  countryDialog: 'Choose a country',
  countrySearch: 'Search by country name or dial code',
  countryList: 'Countries',
  countryResults: (count) => (count === 0 ? 'No country found.' : `${count} ${count === 1 ? 'country' : 'countries'} found.`),
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
  pinLabel: 'Code from the SMS',
  pinHint: (length, type) =>
    type === 'numeric' ? `${length} digits` : type === 'alpha' ? `${length} letters` : `${length} letters or digits`,
  pinIncomplete: (length) => `Enter all ${length} characters of the code.`,
  codeSentTo: (phone) => `We sent a code by SMS to ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Code sent by SMS.'
      : `Code sent by SMS. It expires in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  expiresIn: (time) => `The code expires in ${time}.`,
  expiringSoon: 'The code expires in less than a minute.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Wrong code. Try again.'
      : `Wrong code. ${attemptsLeft} ${attemptsLeft === 1 ? 'attempt' : 'attempts'} left.`,
  pinUnreachable: 'We could not reach the login service. Check your connection and try again.',
  verify: 'Verify',
  verifying: 'Checking the code…',
  resend: 'Send a new code',
  resendIn: (time) => `Send a new code in ${time}`,
  changeNumber: 'Change number',
  cancel: 'Cancel',
  success: 'You are logged in.',
  failures: {
    not_registered: 'This phone number is not registered. Use another login method or contact support.',
    user_cancel: 'The login was canceled on the phone.',
    expired: 'The code has expired.',
    too_many_attempts: 'Too many wrong codes. This code can no longer be used.',
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
