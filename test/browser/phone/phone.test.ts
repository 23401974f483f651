import { expect } from '@open-wc/testing';
import { countryEntries, countryFromLanguages, parseCountryList, searchCountries } from '../../../src/phone/countries.js';
import { loadAnyKind } from '../../../src/phone/metadata.js';
import { checkPhone, formatTyping, nationalDigits, type CountryCode } from '../../../src/phone/phone.js';
import { defaultCountry } from '../../../src/phone-login-number/default-country.js';

/** [country, national digits as typed, shown as typed, E.164, international as shown]: mobiles in 30 countries. */
export const MOBILES: [CountryCode, string, string, string, string][] = [
  ['EE', '51234567', '5123 4567', '+37251234567', '+372 5123 4567'],
  ['FI', '0412345678', '041 2345678', '+358412345678', '+358 41 2345678'],
  ['LV', '21234567', '21 234 567', '+37121234567', '+371 21 234 567'],
  ['LT', '061234567', '(0-612) 34567', '+37061234567', '+370 612 34567'],
  ['SE', '0701234567', '070-123 45 67', '+46701234567', '+46 70 123 45 67'],
  ['NO', '40612345', '40 61 23 45', '+4740612345', '+47 40 61 23 45'],
  ['DK', '34412345', '34 41 23 45', '+4534412345', '+45 34 41 23 45'],
  ['DE', '015123456789', '01512 3456789', '+4915123456789', '+49 1512 3456789'],
  ['GB', '07400123456', '07400 123456', '+447400123456', '+44 7400 123456'],
  ['FR', '0612345678', '06 12 34 56 78', '+33612345678', '+33 6 12 34 56 78'],
  ['ES', '612345678', '612 34 56 78', '+34612345678', '+34 612 34 56 78'],
  ['IT', '3123456789', '312 345 6789', '+393123456789', '+39 312 345 6789'],
  ['PL', '512345678', '512 345 678', '+48512345678', '+48 512 345 678'],
  ['NL', '0612345678', '06 12345678', '+31612345678', '+31 6 12345678'],
  ['US', '2015550123', '(201) 555-0123', '+12015550123', '+1 201 555 0123'],
  ['CA', '5062345678', '(506) 234-5678', '+15062345678', '+1 506 234 5678'],
  ['MX', '2221234567', '222 123 4567', '+522221234567', '+52 222 123 4567'],
  ['BR', '11961234567', '(11) 96123-4567', '+5511961234567', '+55 11 96123 4567'],
  ['AR', '0111523456789', '011 15-2345-6789', '+5491123456789', '+54 9 11 2345 6789'],
  ['IN', '08123456789', '081234 56789', '+918123456789', '+91 81234 56789'],
  ['CN', '13123456789', '131 2345 6789', '+8613123456789', '+86 131 2345 6789'],
  ['JP', '09012345678', '090-1234-5678', '+819012345678', '+81 90 1234 5678'],
  ['AU', '0412345678', '0412 345 678', '+61412345678', '+61 412 345 678'],
  ['NG', '08021234567', '0802 123 4567', '+2348021234567', '+234 802 123 4567'],
  ['ZA', '0711234567', '071 123 4567', '+27711234567', '+27 71 123 4567'],
  ['AE', '0501234567', '050 123 4567', '+971501234567', '+971 50 123 4567'],
  ['IL', '0502345678', '050-234-5678', '+972502345678', '+972 50 234 5678'],
  ['RU', '89123456789', '8 (912) 345-67-89', '+79123456789', '+7 912 345 67 89'],
  ['UA', '0501234567', '050 123 4567', '+380501234567', '+380 50 123 4567'],
  ['TR', '05012345678', '0501 234 56 78', '+905012345678', '+90 501 234 56 78'],
];

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
  describe('30 countries', () => {
    for (const [country, typed, shown, e164, international] of MOBILES) {
      it(`${country}: formats and validates a national mobile, and the same number international`, () => {
        expect(formatTyping(typed, country).text).to.equal(shown);
        expect(checkPhone(shown, country)).to.deep.equal({ e164, country });
        // Pasted or autofilled from another country's field: "+" and "00" both work, any default.
        expect(formatTyping(international, 'US').text).to.equal(international);
        expect(checkPhone(international, 'US')).to.deep.equal({ e164, country });
        expect(checkPhone(international.replace('+', '00'), 'EE')).to.deep.equal({ e164, country });
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
    await loadAnyKind();
    for (const [country, number] of LANDLINES) {
      expect(checkPhone(number, country, { kinds: 'any' }), number).to.deep.equal({ e164: number, country });
    }
  });

  it('names what is wrong: too short, too long, unknown country code, not a number, required', () => {
    expect(checkPhone('5123', 'EE').problem).to.equal('too-short');
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
    expect(checkPhone('+447400123456', 'EE', rules)).to.deep.equal({ problem: 'country-not-allowed', country: 'GB' });
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
