import { formatNumber } from './plural.js';

const twoDigits = new Map<string, Intl.NumberFormat>();

/**
 * A duration as the countdowns show it, m:ss (h:mm:ss from an hour, as a per-number limit can
 * last a day) in the locale's digits, rounded up so 0:00 means over.
 */
export function formatTime(ms: number, locale = 'en'): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  let pad = twoDigits.get(locale);
  if (!pad) twoDigits.set(locale, (pad = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 })));
  const minutes = Math.floor(total / 60);
  const tail = `:${pad.format(total % 60)}`;
  if (minutes < 60) return `${formatNumber(locale, minutes)}${tail}`;
  return `${formatNumber(locale, Math.floor(minutes / 60))}:${pad.format(minutes % 60)}${tail}`;
}

/**
 * Wraps text in Unicode left-to-right isolates, with no-break spaces: a phone number inside
 * right-to-left text keeps its order and is never split across two lines.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text.replaceAll(' ', '\u00a0')}\u2069`;
}
