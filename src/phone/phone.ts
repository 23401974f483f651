import {
  AsYouType,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/min';

export type { CountryCode };

/** Why a phone number cannot be used, as the field explains it to the user. */
export type PhoneProblem = 'required' | 'too-short' | 'too-long' | 'invalid-country' | 'not-a-number' | 'invalid';

/** The outcome of checking what the user typed. */
export interface PhoneCheck {
  /** The number in E.164 (`+3725123456`), present only when it is valid. */
  e164?: string;
  /** The country the number belongs to, when known. */
  country?: CountryCode;
  /** Why it is not valid; absent when it is. */
  problem?: PhoneProblem;
}

/** Reads a two-letter country code in any case; undefined when libphonenumber-js does not know it. */
export function toCountry(code: string | null | undefined): CountryCode | undefined {
  const upper = code?.trim().toUpperCase();
  return upper && isSupportedCountry(upper) ? upper : undefined;
}

/** Turns the international dialling prefix "00" into "+", as most of the world writes it. */
function normalise(input: string): string {
  return input.trim().replace(/^00/, '+');
}

/** Checks a typed number; numbers without "+" are read in `defaultCountry`. */
export function checkPhone(input: string, defaultCountry?: CountryCode): PhoneCheck {
  const text = normalise(input);
  if (!/\d/.test(text)) return { problem: text === '' ? 'required' : 'not-a-number' };
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  if (parsed?.isValid()) return { e164: parsed.number, country: parsed.country };
  const length = validatePhoneNumberLength(text, defaultCountry);
  const problem: PhoneProblem =
    length === 'TOO_SHORT'
      ? 'too-short'
      : length === 'TOO_LONG'
        ? 'too-long'
        : length === 'INVALID_COUNTRY'
          ? 'invalid-country'
          : length === 'NOT_A_NUMBER'
            ? 'not-a-number'
            : 'invalid';
  return { problem, country: parsed?.country };
}

/** Formats a partly typed number the way it is written in its country. */
export function formatTyping(input: string, defaultCountry?: CountryCode): { text: string; country?: CountryCode } {
  const formatter = new AsYouType(defaultCountry);
  const text = formatter.input(normalise(input));
  return { text, country: formatter.getCountry() };
}

/** The flag emoji of a country (two regional indicator letters). */
export function flagOf(country: CountryCode): string {
  return String.fromCodePoint(...[...country].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** An E.164 number as people write it internationally (`+372 5123 4567`); the input itself if unreadable. */
export function formatInternational(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
