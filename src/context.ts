import { createContext } from '@lit/context';
import type { FlowState } from './flow/phases.js';
import type { Terms } from './i18n/terms.js';

/** What `<phone-login>` shares with its parts: the login's state and the texts to show. */
export interface LoginView {
  /** The flow's phase and phone number. */
  readonly state: FlowState;
  /** The texts in the widget's language. */
  readonly terms: Terms;
}

/** The login's state, provided by `<phone-login>` to its sub-elements (read-only for them). */
export const loginContext = createContext<LoginView>(Symbol('phone-login'));

/** The texts alone, for sub-elements that also work outside `<phone-login>`. */
export const termsContext = createContext<Terms>(Symbol('phone-login-terms'));

/** The phone field's settings as `<phone-login>` is configured: declared once, read by `<phone-login-number>`. */
export interface FieldSettings {
  /** Two-letter country code for numbers typed without "+"; empty guesses one. */
  readonly defaultCountry: string;
  /** Allow-list of countries, e.g. "EE FI LV LT"; empty allows all. */
  readonly countries: string;
  /** Countries listed first in the picker. */
  readonly preferredCountries: string;
  /** Accept landline numbers too. */
  readonly allowLandline: boolean;
  /** Remember the country for the next visit. */
  readonly rememberCountry: boolean;
}

/** The phone field's settings, provided by `<phone-login>`; a standalone field uses its own attributes. */
export const fieldSettingsContext = createContext<FieldSettings>(Symbol('phone-login-field-settings'));
