import { expect } from '@open-wc/testing';
import { countryEntries, countryFromLanguages, parseCountryList, searchCountries } from '../../../src/phone/countries.js';
import { callingCodes, load } from '../../../src/phone/metadata.js';
import { checkPhone, formatTyping, nationalDigits, type CountryCode } from '../../../src/phone/phone.js';
import { defaultCountry } from '../../../src/phone-login-number/default-country.js';
import { MOBILES } from './mobiles.js';

/** Valid landlines: refused by default, accepted when landlines are allowed. */
const LANDLINES: [CountryCode, string][] = [
  ['EE', '+3726123456'],
  ['FI', '+35891234567'],
  ['DE', '+493012345678'],
  ['GB', '+442079460000'],
  ['AU', '+61212345678'],
  ['AR', '+541123456789'],
];

describe('phone (libphonenumber-js behind src/phone)', () => {
  // Every calling code's mobile data, as if every country had been typed (in the source it is at hand at once).
  before(() => load('mobile', Object.keys(callingCodes)));

  describe('30 countries', () => {
    for (const [country, typed, shown, e164, international] of MOBILES) {
      it(`${country}: formats and validates a national mobile, and the same number international`, () => {
        expect(formatTyping(typed, country).text).to.equal(shown);
        expect(checkPhone(shown, country)).to.deep.equal({ e164, country });
        // Pasted or autofilled from another country's field: "+" and "00" both work, any default.
        expect(formatTyping(international, 'US').text).to.equal(international);
        expect(checkPhone(international, 'US')).to.deep.equal({ e164, country });
        expect(checkPhone(international.replace('+', '00'), 'EE')).to.deep.equal({ e164, country });
        // Reasons are judged against mobile numbers: extra digits are "too long", missing ones
        // "too short" (or, where mobiles come in several lengths, "not a mobile").
        expect(checkPhone(`${typed}12345`, country).problem).to.equal('too-long');
        if (country !== 'FI') expect(checkPhone(typed.slice(0, -3), country).problem).to.be.oneOf(['too-short', 'not-mobile']);
      });
    }
  });

  it('reads Argentina’s mobile 9 from national and international forms', () => {
    expect(checkPhone('011 15-2345-6789', 'AR').e164).to.equal('+5491123456789');
    expect(checkPhone('+54 9 11 2345-6789', 'EE').e164).to.equal('+5491123456789');
    // Without the 9 it is the landline form of the number.
    expect(checkPhone('+54 11 2345-6789', 'EE').problem).to.equal('not-mobile');
  });

  it('refuses landlines by default and says so; accepts them when landlines are allowed', async () => {
    for (const [country, number] of LANDLINES) {
      expect(checkPhone(number, country).problem, number).to.equal('not-mobile');
    }
    await load('any', ['372', '358', '49', '44', '61', '54']);
    for (const [country, number] of LANDLINES) {
      expect(checkPhone(number, country, { kinds: 'any' }), number).to.deep.equal({ e164: number, country });
    }
  });

  it('names what is wrong: too short, too long, unknown country code, not a number, required', () => {
    expect(checkPhone('5123', 'EE').problem).to.equal('too-short');
    expect(checkPhone('07400 123', 'GB').problem).to.equal('too-short');
    expect(checkPhone('01512 345', 'DE').problem).to.equal('too-short');
    expect(checkPhone('5123 4567 8901 23', 'EE').problem).to.equal('too-long');
    expect(checkPhone('+999 123456789', 'EE').problem).to.equal('invalid-country');
    expect(checkPhone('call me', 'EE').problem).to.equal('not-a-number');
    expect(checkPhone('  ', 'EE').problem).to.equal('required');
  });

  it('never doubles a dial code: "44…" and "+44 (0)…" typed or pasted in a GB field', () => {
    for (const text of ['44 7400 123456', '447400123456', '+44 (0) 7400 123456', '+44 (0)7400 123456', '0044 7400 123456']) {
      expect(checkPhone(text, 'GB').e164, text).to.equal('+447400123456');
    }
    // A national number that happens to start with the dial code stays national.
    expect(checkPhone('0744 0012 3456', 'GB').problem).to.not.equal(undefined);
  });

  it('reads Arabic-Indic and full-width digits', () => {
    expect(checkPhone('٥١٢٣٤٥٦٧', 'EE').e164).to.equal('+37251234567');
    expect(checkPhone('５１２３４５６７', 'EE').e164).to.equal('+37251234567');
  });

  it('refuses numbers from outside the allow-list', () => {
    const rules = { countries: ['EE', 'FI'] as CountryCode[] };
    expect(checkPhone('+37251234567', 'EE', rules).e164).to.equal('+37251234567');
    // Refused from the calling code alone, no data loaded: +44 could be GB, GG, IM or JE, +371 is LV.
    expect(checkPhone('+447400123456', 'EE', rules)).to.deep.equal({ problem: 'country-not-allowed' });
    expect(checkPhone('+371 2123 4567', 'EE', rules)).to.deep.equal({ problem: 'country-not-allowed', country: 'LV' });
  });

  it('keeps the national digits when the country changes', () => {
    expect(nationalDigits('+44 7400 123456', 'GB')).to.equal('7400123456');
    expect(nationalDigits('5123 4567', 'EE')).to.equal('51234567');
  });

  describe('countries', () => {
    it('names countries in the page language, sorted by name', () => {
      const et = countryEntries('et');
      expect(et.find((c) => c.code === 'EE')).to.deep.include({ name: 'Eesti', dial: '372', flag: '🇪🇪' });
      const names = countryEntries('en').map((c) => c.name);
      expect(names.length).to.be.greaterThan(240);
      expect(names.indexOf('Estonia')).to.be.lessThan(names.indexOf('Finland'));
    });

    it('finds countries by name start, word start, ISO code, dial code, without accents', () => {
      const all = countryEntries('en');
      const codes = (q: string) => searchCountries(all, q).map((c) => c.code);
      expect(codes('esto')).to.deep.equal(['EE']);
      expect(codes('kingdom')).to.include('GB');
      expect(codes('ee')[0]).to.equal('EE');
      expect(codes('+372')).to.deep.equal(['EE']);
      expect(codes('372')).to.deep.equal(['EE']);
      expect(codes('+1')[0]).to.equal('US');
      expect(codes('+1')).to.include('CA');
      expect(codes('+44')[0]).to.equal('GB');
      expect(codes('aland')).to.deep.equal(['AX']);
      expect(codes('zzz')).to.deep.equal([]);
    });

    it('reads country lists from attributes, dropping what is not a country', () => {
      expect(parseCountryList('ee, fi  LV,XX,,')).to.deep.equal(['EE', 'FI', 'LV']);
    });

    it('takes a country from the browser language only when it is telling', () => {
      expect(countryFromLanguages(['et', 'en-US'])).to.equal('EE');
      expect(countryFromLanguages(['en-GB'])).to.equal('GB');
      expect(countryFromLanguages(['pt-BR'])).to.equal('BR');
      expect(countryFromLanguages(['fi'])).to.equal('FI');
      expect(countryFromLanguages(['en', 'et-EE'])).to.equal(undefined);
      expect(countryFromLanguages(['es'])).to.equal(undefined);
      expect(countryFromLanguages([])).to.equal(undefined);
    });

    it('picks the default country: attribute, remembered, language, preferred; always an allowed one', () => {
      const base = { attribute: '', allowed: [], preferred: [], remember: false, languages: ['en'] };
      expect(defaultCountry({ ...base, attribute: 'lv' })).to.equal('LV');
      expect(defaultCountry({ ...base, languages: ['fi-FI'] })).to.equal('FI');
      expect(defaultCountry({ ...base, preferred: ['LT'] })).to.equal('LT');
      expect(defaultCountry(base)).to.equal(undefined);
      expect(defaultCountry({ ...base, attribute: 'US', allowed: ['EE', 'FI'], languages: ['fi'] })).to.equal('FI');
      expect(defaultCountry({ ...base, allowed: ['EE'] })).to.equal('EE');
      localStorage.setItem('phone-login:country', 'SE');
      try {
        expect(defaultCountry({ ...base, remember: true, languages: ['fi'] })).to.equal('SE');
        expect(defaultCountry({ ...base, remember: false, languages: ['fi'] })).to.equal('FI');
      } finally {
        localStorage.removeItem('phone-login:country');
      }
    });
  });
});
