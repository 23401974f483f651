/**
 * `phone-login/preact`: the elements in Preact's JSX (`import type {} from 'phone-login/preact'`).
 * Preact sets known properties as properties; for listeners it lowercases `on<Name>` only when the
 * element has an `on<name>` property, which custom events lack, so `onSuccess` would listen for
 * `Success`: listeners are lowercase, `onsuccess`, and the camel-case spellings are type errors.
 */
import type { JSX } from 'preact';
import type { PhoneLogin } from '../phone-login/phone-login.js';
import type { PhoneLoginCountry } from '../phone-login-country/phone-login-country.js';
import type { PhoneLoginNumber } from '../phone-login-number/phone-login-number.js';
import type { PhoneLoginPin } from '../phone-login-pin/phone-login-pin.js';
import type {
  CamelCaseListenersRejected,
  PhoneLoginCountryProps,
  PhoneLoginListeners,
  PhoneLoginNumberProps,
  PhoneLoginPinProps,
  PhoneLoginProps,
} from './props.js';

/** Preact's props of an element of class `E`, plus its own (which win where names meet). */
type Props<E extends EventTarget, Own> = Own & Omit<JSX.HTMLAttributes<E>, keyof Own>;

declare module 'preact' {
  namespace JSX {
    /** The package's elements, by tag. */
    interface IntrinsicElements {
      /** The login widget. */
      'phone-login': Props<PhoneLogin, PhoneLoginProps & PhoneLoginListeners & CamelCaseListenersRejected>;
      /** The phone number field. */
      'phone-login-number': Props<PhoneLoginNumber, PhoneLoginNumberProps>;
      /** The one-time code field. */
      'phone-login-pin': Props<PhoneLoginPin, PhoneLoginPinProps>;
      /** The country picker. */
      'phone-login-country': Props<PhoneLoginCountry, PhoneLoginCountryProps>;
    }
  }
}

export type * from './props.js';
