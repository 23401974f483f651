import {
  AsYouType,
  Metadata,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import { westernDigits } from './digits.js';
import { metadataFor, mobileMetadata, type NumberKinds } from './metadata.js';

export type { CountryCode, NumberKinds };

/** Why a phone number cannot be used, as the field explains it to the user. */
export type PhoneProblem =
  | 'required'
  | 'too-short'
  | 'too-long'
  | 'invalid-country'
  | 'not-a-number'
  | 'not-mobile'
  | 'country-not-allowed'
  | 'invalid';

/** What numbers a field accepts. */
export interface PhoneRules {
  /** Mobiles only (default: SMS and Mobile ID), or landlines too. */
  kinds?: NumberKinds;
  /** The countries numbers may come from; empty or absent means all. */
  countries?: readonly CountryCode[];
}

/** The outcome of checking what the user typed. */
export interface PhoneCheck {
  /** The number in E.164 (`+3725123456`), present only when it is valid. */
  e164?: string;
  /** The country the number belongs to, when known. */
  country?: CountryCode;
  /** Why it is not valid; absent when it is. */
  problem?: PhoneProblem;
}

/** Reads a two-letter country code in any case; undefined when it is not a country with phone numbers. */
export function toCountry(code: string | null | undefined): CountryCode | undefined {
  const upper = code?.trim().toUpperCase();
  return upper && /^[A-Z]{2}$/.test(upper) && isSupportedCountry(upper as CountryCode, mobileMetadata)
    ? (upper as CountryCode)
    : undefined;
}

/** The country calling code, e.g. "372" for EE. */
export function callingCode(country: CountryCode): string {
  return getCountryCallingCode(country, mobileMetadata);
}

/** The library's metadata reader; `type()` is in its runtime but not in its typings. */
const mobilePlans = new Metadata(mobileMetadata) as Metadata & {
  type(name: 'MOBILE'): { possibleLengths(): number[] | undefined } | undefined;
};

/** The lengths a mobile number's national part may have in `country`, per the metadata. */
function mobileLengths(country: CountryCode | undefined): number[] {
  if (!country) return [];
  try {
    mobilePlans.selectNumberingPlan(country);
    return mobilePlans.type('MOBILE')?.possibleLengths() ?? [];
  } catch {
    return [];
  }
}

/** The main country of a calling code (the US for 1, the UK for 44). */
function mainCountry(code: string): CountryCode | undefined {
  return mobileMetadata.country_calling_codes[code]?.[0] as CountryCode | undefined;
}

function metadata(rules: PhoneRules): MetadataJson {
  // Landline metadata loads on demand; until it is here, the mobile metadata formats and checks.
  return metadataFor(rules.kinds ?? 'mobile') ?? mobileMetadata;
}

function isValid(text: string, country: CountryCode | undefined, data: MetadataJson): boolean {
  return parsePhoneNumberFromString(text, country ? country : {}, data)?.isValid() ?? false;
}

/**
 * Cleans typed, pasted or autofilled text: other digit scripts, "00" for "+", "+44 (0)…", and a
 * dial code typed without "+" in front of a national number ("44 7911 123456" with GB chosen),
 * which must never end up doubled or read as a national number.
 */
export function normalise(input: string, country?: CountryCode, rules: PhoneRules = {}): string {
  let text = westernDigits(input).trim().replace(/^00/, '+').replace(/^\+(\d{1,3})\s*\(0\)\s*/, '+$1 ');
  if (!text.startsWith('+') && country) {
    const digits = text.replace(/\D/g, '');
    const data = metadata(rules);
    if (digits.startsWith(callingCode(country)) && !isValid(text, country, data) && isValid(`+${digits}`, undefined, data)) {
      text = `+${text.replace(/^\D+/, '')}`;
    }
  }
  return text;
}

/** Checks a typed number; numbers without "+" are read in `country`. */
export function checkPhone(input: string, country?: CountryCode, rules: PhoneRules = {}): PhoneCheck {
  const data = metadata(rules);
  const text = normalise(input, country, rules);
  if (!/\d/.test(text)) return { problem: text === '' ? 'required' : 'not-a-number' };
  const parsed = parsePhoneNumberFromString(text, country ? country : {}, data);
  const found = parsed?.country;
  if (parsed?.isValid()) {
    const allowed = !rules.countries?.length || (found !== undefined && rules.countries.includes(found));
    return allowed ? { e164: parsed.number, country: found } : { problem: 'country-not-allowed', country: found };
  }
  if ((rules.kinds ?? 'mobile') === 'mobile' && parsed) {
    // Lengths are judged against mobile numbers: "07400 123" is a short mobile, not a landline.
    const lengths = mobileLengths(found ?? mainCountry(parsed.countryCallingCode));
    const digits = parsed.nationalNumber.length;
    if (lengths.length && digits < Math.min(...lengths)) return { problem: 'too-short', country: found };
    if (lengths.length && digits > Math.max(...lengths)) return { problem: 'too-long', country: found };
  }
  const length = validatePhoneNumberLength(text, country ? country : {}, data);
  if (length === 'TOO_SHORT') return { problem: 'too-short', country: found };
  if (length === 'TOO_LONG') return { problem: 'too-long', country: found };
  if (length === 'INVALID_COUNTRY') return { problem: 'invalid-country' };
  if (length === 'NOT_A_NUMBER') return { problem: 'not-a-number' };
  // A possible length that is still not valid: with mobile-only metadata, that is a landline or a
  // mistyped mobile, and "not a mobile number" is the truthful message for both.
  return { problem: (rules.kinds ?? 'mobile') === 'mobile' ? 'not-mobile' : 'invalid', country: found };
}

/** Formats a partly typed number the way it is written in its country. */
export function formatTyping(
  input: string,
  country?: CountryCode,
  rules: PhoneRules = {},
): { text: string; country?: CountryCode; international: boolean } {
  const formatter = new AsYouType(country ? country : {}, metadata(rules));
  const text = formatter.input(normalise(input, country, rules));
  return { text, country: formatter.getCountry(), international: formatter.isInternational() };
}

/** The national number of what was typed, for moving it to another country; the digits if unreadable. */
export function nationalDigits(input: string, country?: CountryCode, rules: PhoneRules = {}): string {
  const text = normalise(input, country, rules);
  const parsed = parsePhoneNumberFromString(text, country ? country : {}, metadata(rules));
  if (parsed) return parsed.nationalNumber;
  return text.startsWith('+') ? '' : text.replace(/\D/g, '');
}

/** The flag emoji of a country (two regional indicator letters). */
export function flagOf(country: CountryCode): string {
  return String.fromCodePoint(...[...country].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** An E.164 number as people write it internationally (`+372 5123 4567`); the input itself if unreadable. */
export function formatInternational(e164: string): string {
  return parsePhoneNumberFromString(e164, mobileMetadata)?.formatInternational() ?? e164;
}
