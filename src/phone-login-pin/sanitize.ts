import type { PinType } from '../api/types.js';

export type { PinType };

const ALLOWED: Record<PinType, RegExp> = {
  numeric: /[0-9]/,
  alpha: /[A-Z]/,
  alphanumeric: /[A-Z0-9]/,
};

/** Arabic-Indic and Extended Arabic-Indic digits, as phones in Arabic and Persian locales type them. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * Turns whatever was typed, pasted or autofilled into the code: full-width and Arabic digits become
 * ASCII, letters become upper case, spaces and dashes go, and a sender prefix like "G-" is dropped
 * when what follows it is a whole code. Always a string: leading zeros matter.
 */
export function sanitizePin(raw: string, type: PinType, length: number): string {
  let text = westernDigits(raw.normalize('NFKC')).trim().toUpperCase();
  const keep = (s: string) => [...s].filter((c) => ALLOWED[type].test(c)).join('');
  const prefixed = /^[A-Z]{1,3}-(.+)$/.exec(text);
  if (prefixed && keep(prefixed[1]).length === length) text = prefixed[1];
  return keep(text).slice(0, length);
}
