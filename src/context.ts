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
