import { formatNumber } from './plural.js';

const twoDigits = new Map<string, Intl.NumberFormat>();

/** A duration as the countdowns show it, m:ss in the locale's digits, rounded up so 0:00 means over. */
export function formatTime(ms: number, locale = 'en'): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  let seconds = twoDigits.get(locale);
  if (!seconds) twoDigits.set(locale, (seconds = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 })));
  return `${formatNumber(locale, Math.floor(total / 60))}:${seconds.format(total % 60)}`;
}

/**
 * Wraps text in Unicode left-to-right isolates, with no-break spaces: a phone number inside
 * right-to-left text keeps its order and is never split across two lines.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text.replaceAll(' ', '\u00a0')}\u2069`;
}
