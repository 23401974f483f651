import { expect } from '@open-wc/testing';
import { LOCALES, directionOf, loadTerms, localeOf } from '../../../src/i18n/load.js';
import { en } from '../../../src/i18n/locales/en.js';
import { formatNumber } from '../../../src/i18n/plural.js';
import type { Terms } from '../../../src/i18n/terms.js';

/** The 20 languages the product promises. */
const PROMISED = ['en', 'et', 'fi', 'sv', 'lv', 'lt', 'ru', 'uk', 'pl', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'tr', 'ar', 'he', 'hi', 'ja'];

/** Every key path of a term map, e.g. "failures.expired", with the kind of value there. */
function shape(terms: object, prefix = ''): string[] {
  return Object.entries(terms).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? shape(value, `${prefix}${key}.`) : [`${prefix}${key}:${typeof value}`],
  );
}

/** Every text a locale can produce, functions called with typical arguments. */
function texts(t: Terms): string[] {
  const strings = shape(t)
    .filter((path) => path.endsWith(':string'))
    .map((path) => path.split(':')[0]!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], t) as string);
  return [
    ...strings,
    t.countryChosen('Eesti', '372'),
    ...[0, 1, 2, 3, 5, 11, 21, 22, 100].map((count) => t.countryResults(count)),
    ...[1, 2, 3, 5, 11, 21, 30, 600, 7200].map((seconds) => t.rateLimited(seconds)),
    ...[1, 30, 600, 7200].map((seconds) => t.smsBudget(seconds)),
    ...[4, 6, 10].flatMap((length) => (['numeric', 'alpha', 'alphanumeric'] as const).map((type) => t.pinHint(length, type))),
    t.pinIncomplete(6),
    t.codeSentTo('+372 5123 4567'),
    t.requestSentTo('+372 5123 4567'),
    t.loggedInAs('+372 5123 4567'),
    t.codeSent(),
    t.codeSent(1),
    t.codeSent(5),
    t.expiresIn('4:59'),
    t.wrongCode(),
    ...[0, 1, 2, 3, 5].map((left) => t.wrongCode(left)),
    t.resendIn('0:29'),
    t.codeAnnouncement('0 4 2 7', 'STATUS'),
  ];
}

describe('locales', () => {
  it('ships the 20 promised languages', () => {
    expect([...LOCALES].sort()).to.deep.equal([...PROMISED].sort());
  });

  for (const locale of PROMISED.filter((l) => l !== 'en')) {
    describe(locale, () => {
      let terms: Terms;
      before(async () => {
        terms = await loadTerms(locale);
      });

      it('is a module of its own, loaded on demand', () => {
        expect(terms).to.not.equal(en, 'the module loaded (English is only the fallback)');
      });

      it('has every term the English map has, of the same kind, and no others', () => {
        expect(shape(terms)).to.deep.equal(shape(en));
      });

      it('words every text: nothing empty, no placeholders or broken values left', () => {
        for (const text of texts(terms)) {
          expect(text.trim(), text).to.not.equal('');
          expect(text, text).to.not.match(/#|undefined|NaN|\[object|\$\{/);
        }
      });

      it('is a translation, not a copy of English', () => {
        // Sentences only, not counted words: "6 letters" is Dutch as well as English.
        const english = texts(en);
        const same = texts(terms).filter((text, i) => text === english[i] && /^\S+ \S+ \S+/.test(text));
        expect(same, same.join(' | ')).to.deep.equal([]);
      });

      it('keeps the values it is given: names, numbers, times, the phone, the code', () => {
        expect(terms.countryChosen('Eesti', '372')).to.include('Eesti').and.include('372');
        expect(terms.codeSentTo('+372 5123 4567')).to.include('+372 5123 4567');
        expect(terms.requestSentTo('+372 5123 4567')).to.include('+372 5123 4567');
        expect(terms.loggedInAs('+372 5123 4567')).to.include('+372 5123 4567');
        expect(terms.expiresIn('4:59')).to.include('4:59');
        expect(terms.resendIn('0:29')).to.include('0:29');
        expect(terms.codeAnnouncement('0 4 2 7', 'STATUS')).to.include('0 4 2 7').and.include('STATUS');
        // Counts come through Intl: the locale's own digits, in the form its plural rules pick.
        for (const count of [5, 30]) expect(terms.rateLimited(count)).to.include(formatNumber(locale, count));
        // Waits come through Intl.RelativeTimeFormat, in units a person thinks in: a day-long limit reads in hours.
        const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
        expect(terms.rateLimited(45)).to.include(relative.format(45, 'second'));
        expect(terms.rateLimited(600)).to.include(relative.format(10, 'minute'));
        expect(terms.rateLimited(40_000)).to.include(relative.format(12, 'hour'));
        expect(terms.smsBudget(45)).to.include(relative.format(45, 'second'));
        expect(terms.smsBudget(40_000)).to.include(relative.format(12, 'hour'));
        expect(terms.wrongCode(5)).to.include(formatNumber(locale, 5));
        expect(terms.countryResults(21)).to.include(formatNumber(locale, 21));
      });
    });
  }

  it('maps language tags to shipped locales, English for the rest', () => {
    expect(localeOf('et-EE')).to.equal('et');
    expect(localeOf('pt_BR')).to.equal('pt');
    expect(localeOf('JA')).to.equal('ja');
    expect(localeOf('xx')).to.equal('en');
    expect(localeOf(undefined)).to.equal('en');
  });

  it('writes Arabic and Hebrew right to left, the others left to right', () => {
    expect(PROMISED.filter((l) => directionOf(l) === 'rtl')).to.deep.equal(['ar', 'he']);
  });
});
