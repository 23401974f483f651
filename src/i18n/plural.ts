/** The wording of a count in each plural category of a language ("#" stands for the number). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
const relative = new Map<string, Intl.RelativeTimeFormat>();

/** A number written the way `locale` writes numbers (Arabic digits in Arabic, for example). */
export function formatNumber(locale: string, value: number): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** Picks the form of `count` that `locale`'s plural rules call for, with the number written in. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const form = forms[rule.select(count)] ?? forms.other;
  return form.replace('#', formatNumber(locale, count));
}

/**
 * A wait from now as `locale` says it, rounded up to a unit a person thinks in: seconds under
 * 100 s, minutes under 100 min, else hours (a per-number limit can last a day).
 */
export function relativeWait(locale: string, seconds: number): string {
  let format = relative.get(locale);
  if (!format) relative.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' })));
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 100) return format.format(whole, 'second');
  if (whole < 6000) return format.format(Math.ceil(whole / 60), 'minute');
  return format.format(Math.ceil(whole / 3600), 'hour');
}
