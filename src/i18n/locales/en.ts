import { plural, relativeWait, type PluralForms } from '../plural.js';
import type { Terms } from '../terms.js';

const n = (count: number, forms: PluralForms) => plural('en', count, forms);
const wait = (seconds: number) => relativeWait('en', seconds);

/** English: built in, and the model every other locale follows. */
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
  phoneMismatch: 'This page can only log in the phone number it was opened for.',
  countryChosen: (name, dial) => `Country: ${name}, +${dial}`,
  countryNone: 'Choose a country',
  countryDialog: 'Choose a country',
  countrySearch: 'Search by country name or dial code',
  countryList: 'Countries',
  countryResults: (count) =>
    count === 0 ? 'No country found.' : n(count, { one: '# country found.', other: '# countries found.' }),
  submit: 'Continue',
  submitting: 'Sending…',
  starting: 'Starting the login…',
  startUnreachable: 'We could not reach the login service. Check your connection and try again.',
  rateLimited: (seconds) => `Too many attempts. Try again ${wait(seconds)}.`,
  smsBudget: (seconds) => `We cannot send codes to this country right now. Try again ${wait(seconds)}, or use another login method.`,
  requestSentTo: (phone) => `Login request sent to ${phone}.`,
  codeHeading: 'Verification code',
  codeAnnouncement: (digits, status) => `Verification code: ${digits}. ${status}`,
  codeInstruction: 'Make sure your phone shows the same code before you confirm there.',
  waitingScheduled: 'Sending the request to your phone…',
  waitingProcessing: 'Waiting for you to confirm on your phone…',
  connectionTrouble: 'Connection problem. Still trying…',
  pinLabel: 'Code from the SMS',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# digit', other: '# digits' })
      : type === 'alpha'
        ? n(length, { one: '# letter', other: '# letters' })
        : n(length, { one: '# letter or digit', other: '# letters or digits' }),
  pinIncomplete: (length) => `Enter all ${n(length, { one: '# character', other: '# characters' })} of the code.`,
  codeSentTo: (phone) => `We sent a code by SMS to ${phone}.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Code sent by SMS.'
      : `Code sent by SMS. It expires in ${n(minutes, { one: '# minute', other: '# minutes' })}.`,
  expiresIn: (time) => `The code expires in ${time}.`,
  expiringSoon: 'The code expires in less than a minute.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Wrong code. Try again.'
      : `Wrong code. ${n(attemptsLeft, { one: '# attempt', other: '# attempts' })} left.`,
  pinUnreachable: 'We could not reach the login service. Check your connection and try again.',
  verify: 'Verify',
  verifying: 'Checking the code…',
  resend: 'Send a new code',
  resendIn: (time) => `Send a new code in ${time}`,
  changeNumber: 'Change number',
  cancel: 'Cancel',
  success: 'You are logged in.',
  loggedInAs: (phone) => `Logged in with ${phone}.`,
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
    not_mobile_id_user: 'This number has no Mobile ID. Use another login method or ask your mobile operator.',
    phone_unreachable: 'Your phone could not be reached. Check that it is on and has a signal, then try again.',
    pin_blocked: 'Your Mobile ID PIN is blocked. Unblock it with your PUK code or ask your mobile operator.',
    card_blocked: 'The Mobile ID on your SIM card is blocked. Contact your mobile operator.',
    no_certificate: 'Your SIM card has no valid Mobile ID certificate. Contact your mobile operator.',
    certificate_revoked: 'Your Mobile ID certificate has been revoked. Contact your mobile operator.',
    invalid_signature: "Your phone's answer could not be verified. Please try again.",
    access_denied: 'This login page has expired. Reload the page and try again.',
  },
  tryAgain: 'Try again',
  regionLabel: 'Phone login',
};
