/** Arabic-Indic and Extended Arabic-Indic digits, as phones in Arabic and Persian locales type them. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Full-width and Arabic-Indic digits become ASCII digits; everything else stays. */
export function westernDigits(text: string): string {
  return text.normalize('NFKC').replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
}
