import { en } from './locales/en.js';
import { plural, relativeWait } from './plural.js';
import type { Count, Terms, Wait } from './terms.js';

/** Every locale besides English: each a module of its own (a sibling file of the CDN build), loaded when first needed. */
// Written out one by one: a bundler can split only imports whose paths it can read. Each module
// exports a function of the count and wait wording rather than importing plural.js itself, so that the
// CDN file stays self-contained (a shared import would become a third file it needs at once).
const LOADERS: Record<string, () => Promise<{ default: (n: Count, wait: Wait) => Terms }>> = {
  et: () => import('./locales/et.js'),
  fi: () => import('./locales/fi.js'),
  sv: () => import('./locales/sv.js'),
  lv: () => import('./locales/lv.js'),
  lt: () => import('./locales/lt.js'),
  ru: () => import('./locales/ru.js'),
  uk: () => import('./locales/uk.js'),
  pl: () => import('./locales/pl.js'),
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  pt: () => import('./locales/pt.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  tr: () => import('./locales/tr.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
  hi: () => import('./locales/hi.js'),
  ja: () => import('./locales/ja.js'),
};

/** The locales the widget speaks, English first. */
export const LOCALES: readonly string[] = ['en', ...Object.keys(LOADERS)];

const loaded = new Map<string, Terms>([['en', en]]);
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur']);

/** The shipped locale for a language tag: "et-EE" → "et", "pt-BR" → "pt"; English for anything else. */
export function localeOf(lang: string | undefined): string {
  const language = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return language in LOADERS ? language : 'en';
}

/** Which way a locale's text runs. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/** The terms of a locale if they are loaded already. */
export function loadedTerms(locale: string): Terms | undefined {
  return loaded.get(locale);
}

/** Loads the terms of a locale (once); English when the module cannot be loaded. */
export async function loadTerms(locale: string): Promise<Terms> {
  const known = loaded.get(locale);
  if (known) return known;
  try {
    const make = (await LOADERS[locale]!()).default;
    const terms = make(
      (count, forms) => plural(locale, count, forms),
      (seconds) => relativeWait(locale, seconds),
    );
    loaded.set(locale, terms);
    return terms;
  } catch {
    // A missing chunk (offline, a CDN path problem) must not break the login: it stays in English.
    return en;
  }
}
