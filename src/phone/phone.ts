import type { CountryCode } from 'libphonenumber-js/core';
import { westernDigits } from './digits.js';
import { callingCodes, isReady, load, loadedEngine, loadedMetadata, type Engine } from './metadata.js';
import type { NumberKinds, PhoneCheck, PhoneRules, Typed } from './types.js';

export type { CountryCode, NumberKinds };
export type { PhoneCheck, PhoneProblem, PhoneRules, Typed } from './types.js';

let codeOfCountry: Map<string, string> | undefined;

/** Reads a two-letter country code in any case; undefined when it is not a country with phone numbers. */
export function toCountry(code: string | null | undefined): CountryCode | undefined {
  const upper = code?.trim().toUpperCase();
  return upper && /^[A-Z]{2}$/.test(upper) && countryCodes().has(upper) ? (upper as CountryCode) : undefined;
}

/** The country calling code, e.g. "372" for EE. */
export function callingCode(country: CountryCode): string {
  return countryCodes().get(country) ?? '';
}

function countryCodes(): Map<string, string> {
  codeOfCountry ??= new Map(Object.entries(callingCodes).flatMap(([code, countries]) => countries.map((c) => [c, code])));
  return codeOfCountry;
}

/** The calling code an international number starts with ("+44 7…" → "44"); calling codes are prefix-free. */
export function callingCodeOf(text: string): string | undefined {
  const digits = /^\+(\d{1,3})/.exec(text)?.[1] ?? '';
  return [1, 2, 3].map((n) => digits.slice(0, n)).find((code) => code.length > 0 && code in callingCodes);
}

/**
 * Cleans typed, pasted or autofilled text without any data: other digit scripts, "00" for "+",
 * "+44 (0)…". (A dial code typed without "+" is the engine's to see: it needs the data.)
 */
function clean(input: string): string {
  return westernDigits(input).trim().replace(/^00/, '+').replace(/^\+(\d{1,3})\s*\(0\)\s*/, '+$1 ');
}

/** The countries of an international number's calling code when none of them is allowed. */
function refusedCode(text: string, rules: PhoneRules): string | undefined {
  const code = callingCodeOf(text);
  if (!code || !rules.countries?.length) return undefined;
  return callingCodes[code]!.some((c) => rules.countries!.includes(c as CountryCode)) ? undefined : code;
}

/**
 * The calling codes whose data reading `input` in `country` needs: the country's own, and the one
 * the text starts with after "+", unless the allow-list refuses all of its countries anyway.
 */
export function codesNeeded(input: string, country: CountryCode | undefined, rules: PhoneRules = {}): string[] {
  const text = clean(input);
  const codes = new Set<string>();
  if (country) codes.add(callingCode(country));
  const typed = callingCodeOf(text);
  if (typed && !refusedCode(text, rules)) codes.add(typed);
  return [...codes];
}

/**
 * Loads what reading `input` in `country` needs (the engine, one file per calling code). Undefined
 * when all of it is at hand by the time this returns; else a promise that resolves when it is.
 */
export function prepare(input: string, country: CountryCode | undefined, rules: PhoneRules = {}): Promise<void> | undefined {
  return load(rules.kinds ?? 'mobile', codesNeeded(input, country, rules));
}

/** The engine and its data when everything reading `input` needs is at hand. */
function ready(input: string, country: CountryCode | undefined, rules: PhoneRules): [Engine, ReturnType<typeof loadedMetadata>] | undefined {
  const kinds = rules.kinds ?? 'mobile';
  const engine = loadedEngine();
  return engine && isReady(kinds, codesNeeded(input, country, rules)) ? [engine, loadedMetadata(kinds)] : undefined;
}

/** Checks a typed number; numbers without "+" are read in `country`. */
export function checkPhone(input: string, country?: CountryCode, rules: PhoneRules = {}): PhoneCheck {
  const text = clean(input);
  if (!/\d/.test(text)) return { problem: text === '' ? 'required' : 'not-a-number' };
  const refused = refusedCode(text, rules);
  if (refused) {
    // Refused without loading a thing; the country is named when the calling code has only one.
    const [only, ...others] = callingCodes[refused]!;
    return others.length || !only ? { problem: 'country-not-allowed' } : { problem: 'country-not-allowed', country: only as CountryCode };
  }
  const at = ready(text, country, rules);
  return at ? at[0].check(text, country, rules, at[1]) : { pending: true };
}

/** Formats a partly typed number the way it is written in its country; as typed while its data loads. */
export function formatTyping(input: string, country?: CountryCode, rules: PhoneRules = {}): Typed {
  const text = clean(input);
  const at = ready(text, country, rules);
  return at ? at[0].format(text, country, at[1]) : unformatted(text);
}

/**
 * Shows a number given from outside (the field's `value`): an international number whose country
 * is known in that country's national form (`country` says which), else as typing would show it.
 */
export function formatGiven(input: string, country?: CountryCode, rules: PhoneRules = {}): Typed {
  const text = clean(input);
  const at = ready(text, country, rules);
  return at ? at[0].shown(text, country, rules, at[1]) : unformatted(text);
}

/** Text shown as typed while its data loads; a calling code of one country already names it. */
function unformatted(text: string): Typed {
  const code = callingCodeOf(text);
  const countries = code ? callingCodes[code]! : [];
  const country = countries.length === 1 ? (countries[0] as CountryCode) : undefined;
  return { text, country, international: text.startsWith('+'), pending: true };
}

/** The national number of what was typed, for moving it to another country; the digits if unreadable. */
export function nationalDigits(input: string, country?: CountryCode, rules: PhoneRules = {}): string {
  const text = clean(input);
  const at = ready(text, country, rules);
  if (at) return at[0].nationalDigits(text, country, at[1]);
  const code = callingCodeOf(text);
  return text.startsWith('+') ? (code ? text.replace(/\D/g, '').slice(code.length) : '') : text.replace(/\D/g, '');
}

/** The flag emoji of a country (two regional indicator letters). */
export function flagOf(country: CountryCode): string {
  return String.fromCodePoint(...[...country].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** An E.164 number as people write it internationally (`+372 5123 4567`); the input itself if unreadable. */
export function formatInternational(e164: string): string {
  const engine = loadedEngine();
  const code = callingCodeOf(e164);
  if (!engine || !code) return e164;
  // Whichever data has the number's calling code: the field loaded one of them to check it.
  const kinds = (['mobile', 'any'] as const).find((k) => isReady(k, [code]));
  return (kinds && engine.international(e164, loadedMetadata(kinds))) || e164;
}
