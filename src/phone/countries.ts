import { callingCodes } from './metadata.js';
import { callingCode, flagOf, toCountry, type CountryCode } from './phone.js';

/** One country as the picker shows it. */
export interface CountryEntry {
  code: CountryCode;
  /** The name in the page's language (Intl.DisplayNames). */
  name: string;
  /** The calling code without "+", e.g. "372". */
  dial: string;
  flag: string;
}

/** Every country with phone numbers, or those of `allowed`, named in `locale` and sorted by name. */
export function countryEntries(locale: string | undefined, allowed: readonly CountryCode[] = []): CountryEntry[] {
  const codes = allowed.length ? allowed : allCountries();
  const names = regionNames(locale);
  const entries = codes.map((code) => ({ code, name: names?.of(code) ?? code, dial: callingCode(code), flag: flagOf(code) }));
  const collator = new Intl.Collator(locale);
  return entries.sort((a, b) => collator.compare(a.name, b.name));
}

/** Every country with phone numbers, from the calling codes (no phone data needed). */
function allCountries(): CountryCode[] {
  return Object.values(callingCodes).flat() as CountryCode[];
}

function regionNames(locale: string | undefined): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames(locale ? [locale, 'en'] : undefined, { type: 'region', fallback: 'code' });
  } catch {
    return undefined;
  }
}

/** Folds case and accents, so "aland" finds "Åland" and "cote" finds "Côte d’Ivoire". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The entries that match what the user typed in the picker's search: a dial code ("+372", "372"),
 * an ISO code ("ee"), or the start of any word of the name ("est", "kingdom"). Best matches first.
 */
export function searchCountries(entries: readonly CountryEntry[], query: string): CountryEntry[] {
  const q = fold(query.trim());
  if (q === '') return [...entries];
  const digits = q.replace(/^\+/, '');
  const scored = entries.flatMap((entry) => {
    const name = fold(entry.name);
    let score = -1;
    // Many countries share a dial code (+1, +7, +44): the main one comes first.
    if (/^\d+$/.test(digits)) score = entry.dial === digits ? (isMain(entry) ? 0 : 0.5) : entry.dial.startsWith(digits) ? 1 : -1;
    else if (entry.code.toLowerCase() === q) score = 0;
    else if (name.startsWith(q)) score = 1;
    else if (name.split(/[\s\-–’'(),.]+/).some((word) => word.startsWith(q))) score = 2;
    return score < 0 ? [] : [{ entry, score }];
  });
  // Array.prototype.sort is stable: equal scores keep the alphabetical order.
  return scored.sort((a, b) => a.score - b.score).map((s) => s.entry);
}

/** Whether a country is the main one of its dial code (the US for +1, Russia for +7, the UK for +44). */
function isMain(entry: CountryEntry): boolean {
  return callingCodes[entry.dial]?.[0] === entry.code;
}

/** Reads a list of country codes from an attribute ("EE, FI LV"), keeping only real ones. */
export function parseCountryList(value: string | null | undefined): CountryCode[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((code) => toCountry(code))
    .filter((code): code is CountryCode => code !== undefined);
}

/** Languages spoken in many countries: their likely region is a guess too often wrong to use. */
const WIDELY_SPOKEN = new Set(['en', 'es', 'pt', 'fr', 'ar', 'ru', 'zh', 'sw', 'ms', 'fa', 'hi']);

/**
 * The country of the browser's first language: its region when it names one ("et-EE", "en-GB"),
 * else the likely region of a language tied to one country ("et" → EE, "fi" → FI). A bare "en"
 * says nothing about where the user lives, so it gives no country rather than a wrong guess.
 */
export function countryFromLanguages(languages: readonly string[]): CountryCode | undefined {
  const [first] = languages;
  if (!first) return undefined;
  try {
    const locale = new Intl.Locale(first);
    if (locale.region) return toCountry(locale.region);
    return WIDELY_SPOKEN.has(locale.language) ? undefined : toCountry(locale.maximize().region);
  } catch {
    return undefined;
  }
}
