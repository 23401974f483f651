import { formatTyping, type CountryCode, type PhoneRules } from '../phone/phone.js';

/** Characters that carry meaning in a phone number; everything else is formatting. */
const SIGNIFICANT = /[\d+]/g;

function significant(text: string): string {
  return text.match(SIGNIFICANT)?.join('') ?? '';
}

/** The field's text after an edit, and where the caret goes. */
export interface TypingResult {
  text: string;
  caret: number;
  country?: CountryCode;
  /** Whether the text is an international number ("+…"). */
  international: boolean;
}

/**
 * Reformats the field after an edit and keeps the caret beside the same digit.
 * The caret is placed by counting significant characters after it, which survives both the
 * formatter adding spaces and "00" turning into "+".
 */
export function reformat(
  raw: string,
  caret: number,
  previous: string,
  deleting: boolean,
  country?: CountryCode,
  rules: PhoneRules = {},
): TypingResult {
  let edited = raw;
  let at = caret;
  // Deleting only a space or bracket would be undone by the formatter: delete the digit before it too.
  if (deleting && significant(raw) === significant(previous) && raw !== previous) {
    const before = raw.slice(0, at).replace(/[\d+](\D*)$/, '$1');
    edited = before + raw.slice(at);
    at = before.length;
  }
  const after = significant(edited.slice(at)).length;
  const { text, country: detected, international } = formatTyping(edited, country, rules);
  return { text, caret: caretBefore(text, after), country: detected, international };
}

/** The position in `text` that has `count` significant characters after it. */
function caretBefore(text: string, count: number): number {
  if (count === 0) return text.length;
  let seen = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (/[\d+]/.test(text[i])) seen++;
    if (seen === count) return i;
  }
  return 0;
}

/**
 * Formats what `input` shows in place once the phone data has arrived, keeping the caret beside the
 * same digit when the user is typing there.
 */
export function refresh(input: HTMLInputElement | null, text: string, country?: CountryCode, rules: PhoneRules = {}): TypingResult {
  const focused = input !== null && (input.getRootNode() as ShadowRoot).activeElement === input;
  const result = reformat(text, focused ? (input.selectionStart ?? text.length) : text.length, text, false, country, rules);
  if (input && input.value !== result.text) {
    input.value = result.text;
    if (focused) input.setSelectionRange(result.caret, result.caret);
  }
  return result;
}
