/**
 * `phone-login/jsx`: the elements in React 19's JSX (`import type {} from 'phone-login/jsx'` in
 * any one file of the project). React 19 sets known properties as properties and listens
 * to `on<name>` by the exact event name, so listeners are lowercase: `onsuccess`, not `onSuccess`.
 * React only: an augmentation may name only the framework it augments, or it fails to compile
 * where that one is not installed (see preact.ts for Preact).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
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

/** React's props of an element of class `E`, plus its own (which win where names meet). */
type Props<E, Own> = Own & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own>;

declare module 'react' {
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
