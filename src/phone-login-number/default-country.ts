import { countryFromLanguages } from '../phone/countries.js';
import { toCountry, type CountryCode } from '../phone/phone.js';

/** Where a remembered country is kept: the two-letter code only, never the number. */
const STORAGE_KEY = 'phone-login:country';

/** What decides the country a field starts with. */
export interface DefaultCountryInputs {
  /** The `default-country` attribute. */
  attribute: string;
  /** The allow-list; the default must be on it. */
  allowed: readonly CountryCode[];
  /** Countries listed first; the first of them is the last resort. */
  preferred: readonly CountryCode[];
  /** Whether the page allows remembering the last country (consent is the page's to ask). */
  remember: boolean;
  /** The browser's languages, most preferred first. */
  languages: readonly string[];
}

/**
 * The country a field starts with: the attribute, else the country used last time on this site
 * (only when the page allows remembering), else the region of the browser's language, else the
 * first preferred country; always one the allow-list accepts, or none.
 */
export function defaultCountry({ attribute, allowed, preferred, remember, languages }: DefaultCountryInputs): CountryCode | undefined {
  const ok = (code: CountryCode | undefined) => (code && (allowed.length === 0 || allowed.includes(code)) ? code : undefined);
  return (
    ok(toCountry(attribute)) ??
    (remember ? ok(toCountry(readStorage())) : undefined) ??
    ok(countryFromLanguages(languages)) ??
    ok(preferred[0]) ??
    (allowed.length === 1 ? allowed[0] : undefined)
  );
}

/** Keeps the country for next time, when the page allows remembering. */
export function rememberCountry(country: CountryCode): void {
  try {
    localStorage.setItem(STORAGE_KEY, country);
  } catch {
    // Storage refused (private mode, quota, sandbox): the default just is not remembered.
  }
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
