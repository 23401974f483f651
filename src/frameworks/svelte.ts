/**
 * `phone-login/svelte`: the elements in Svelte 5 templates (`import type {} from
 * 'phone-login/svelte'`, e.g. in src/app.d.ts). Svelte sets known properties as properties and
 * listens to `on<name>` by the exact event name, so listeners are lowercase: `onsuccess`.
 */
import type { HTMLAttributes } from 'svelte/elements';
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

/** Svelte's attributes of an element of class `E`, plus its own (which win where names meet). */
type Props<E extends EventTarget, Own> = Own & Omit<HTMLAttributes<E>, keyof Own>;

/** `on:success` and the like, for components still in Svelte 4 syntax. */
interface LegacyListeners {
  /** `on:success`. */
  'on:success'?: PhoneLoginListeners['onsuccess'];
  /** `on:failure`. */
  'on:failure'?: PhoneLoginListeners['onfailure'];
  /** `on:cancel`. */
  'on:cancel'?: PhoneLoginListeners['oncancel'];
}

declare module 'svelte/elements' {
  /** The package's elements, by tag. */
  interface SvelteHTMLElements {
    /** The login widget. */
    'phone-login': Props<PhoneLogin, PhoneLoginProps & PhoneLoginListeners & LegacyListeners & CamelCaseListenersRejected>;
    /** The phone number field. */
    'phone-login-number': Props<PhoneLoginNumber, PhoneLoginNumberProps>;
    /** The one-time code field. */
    'phone-login-pin': Props<PhoneLoginPin, PhoneLoginPinProps>;
    /** The country picker. */
    'phone-login-country': Props<PhoneLoginCountry, PhoneLoginCountryProps>;
  }
}

export type * from './props.js';
