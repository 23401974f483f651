import { en } from './locales/en.js';
import type { Terms } from './terms.js';

/** Every locale besides English: each a module of its own (a sibling file of the CDN build), loaded when first needed. */
const LOADERS: Record<string, () => Promise<{ default: Terms }>> = {};

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
    const terms = (await LOADERS[locale]!()).default;
    loaded.set(locale, terms);
    return terms;
  } catch {
    // A missing chunk (offline, a CDN path problem) must not break the login: it stays in English.
    return en;
  }
}
