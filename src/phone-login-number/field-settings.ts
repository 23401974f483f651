import type { FieldSettings } from '../context.js';

/**
 * The settings a field works with. The rule: a setting given on the field itself (attribute or
 * property, anything but its default '' or false) wins; one left at its default comes from the
 * `<phone-login>` around the field, if any. So a standalone field is configured by its own
 * attributes, and inside `<phone-login>` the widget's attributes configure it.
 */
export function settingsInForce(own: FieldSettings, provided: FieldSettings | undefined): FieldSettings {
  return {
    defaultCountry: own.defaultCountry || provided?.defaultCountry || '',
    countries: own.countries || provided?.countries || '',
    preferredCountries: own.preferredCountries || provided?.preferredCountries || '',
    allowLandline: own.allowLandline || (provided?.allowLandline ?? false),
    rememberCountry: own.rememberCountry || (provided?.rememberCountry ?? false),
  };
}
