import {
  AsYouType,
  Metadata,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import type { PhoneCheck, PhoneRules, Typed } from './types.js';

// The phone engine: libphonenumber-js and our rules around it, loaded on demand with the data of
// the calling codes a number needs (src/phone/metadata.ts). It imports nothing of ours at run
// time, so the CDN build makes it one file that needs no other. Text arrives cleaned (clean() in
// phone.ts: digits of any script made ASCII, "00" made "+", "+44 (0)" made "+44").

/** The library's metadata reader; `type()` is in its runtime but not in its typings. */
type Plans = Metadata & { type(name: 'MOBILE'): { possibleLengths(): number[] | undefined } | undefined };

/** The lengths a mobile number's national part may have in `country`, per the metadata. */
function mobileLengths(country: CountryCode | undefined, data: MetadataJson): number[] {
  if (!country) return [];
  try {
    const plans = new Metadata(data) as Plans;
    plans.selectNumberingPlan(country);
    return plans.type('MOBILE')?.possibleLengths() ?? [];
  } catch {
    return [];
  }
}

function isValid(text: string, country: CountryCode | undefined, data: MetadataJson): boolean {
  return parsePhoneNumberFromString(text, country ? country : {}, data)?.isValid() ?? false;
}

/**
 * A dial code typed without "+" in front of a national number ("44 7911 123456" with GB chosen)
 * becomes "+44…": it must never end up doubled or read as a national number.
 */
export function normalise(text: string, country: CountryCode | undefined, data: MetadataJson): string {
  if (text.startsWith('+') || !country) return text;
  const digits = text.replace(/\D/g, '');
  const code = getCountryCallingCode(country, data);
  if (digits.startsWith(code) && !isValid(text, country, data) && isValid(`+${digits}`, undefined, data)) {
    return `+${text.replace(/^\D+/, '')}`;
  }
  return text;
}

/** Checks a number; numbers without "+" are read in `country`. */
export function check(input: string, country: CountryCode | undefined, rules: PhoneRules, data: MetadataJson): PhoneCheck {
  const text = normalise(input, country, data);
  const parsed = parsePhoneNumberFromString(text, country ? country : {}, data);
  const found = parsed?.country;
  if (parsed?.isValid()) {
    const allowed = !rules.countries?.length || (found !== undefined && rules.countries.includes(found));
    return allowed ? { e164: parsed.number, country: found } : { problem: 'country-not-allowed', country: found };
  }
  if ((rules.kinds ?? 'mobile') === 'mobile' && parsed) {
    // Lengths are judged against mobile numbers: "07400 123" is a short mobile, not a landline.
    const main = data.country_calling_codes[parsed.countryCallingCode]?.[0] as CountryCode | undefined;
    const lengths = mobileLengths(found ?? main, data);
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
export function format(input: string, country: CountryCode | undefined, data: MetadataJson): Typed {
  const formatter = new AsYouType(country ? country : {}, data);
  const text = formatter.input(normalise(input, country, data));
  return { text, country: formatter.getCountry(), international: formatter.isInternational() };
}

/**
 * How a number given from outside (the `value`, a form reset) is shown: an international number
 * whose country is known in the national form, as the user types it beside that country's dial
 * code in the picker ("+37251234572" → "5123 4572", EE); anything else as typing would show it.
 */
export function shown(input: string, country: CountryCode | undefined, rules: PhoneRules, data: MetadataJson): Typed {
  const parsed = input.startsWith('+') ? parsePhoneNumberFromString(input, data) : undefined;
  const allowed = !rules.countries?.length || (parsed?.country !== undefined && rules.countries.includes(parsed.country));
  // A refused country stays international: the picker could not show it beside a national number.
  if (!parsed?.country || !parsed.isPossible() || !allowed) return format(input, country, data);
  return { ...format(parsed.formatNational(), parsed.country, data), country: parsed.country };
}

/** The national number of what was typed, for moving it to another country; the digits if unreadable. */
export function nationalDigits(input: string, country: CountryCode | undefined, data: MetadataJson): string {
  const text = normalise(input, country, data);
  const parsed = parsePhoneNumberFromString(text, country ? country : {}, data);
  if (parsed) return parsed.nationalNumber;
  return text.startsWith('+') ? '' : text.replace(/\D/g, '');
}

/** An E.164 number as people write it internationally (`+372 5123 4567`); undefined if unreadable. */
export function international(e164: string, data: MetadataJson): string | undefined {
  return parsePhoneNumberFromString(e164, data)?.formatInternational();
}
