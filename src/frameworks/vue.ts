/**
 * `phone-login/vue`: the elements as Vue global components, for Volar and vue-tsc to check
 * templates (`import type {} from 'phone-login/vue'`). Vue compiles `@success` to an `onSuccess`
 * prop and listens for `success`, so here the camel-case names are the right ones. Templates
 * still need `isCustomElement` for the `phone-login` tags (see README).
 */
import type { DefineComponent, HTMLAttributes } from 'vue';
import type {
  PhoneLoginCountryProps,
  PhoneLoginNumberProps,
  PhoneLoginPinProps,
  PhoneLoginProps,
  PhoneLoginVueListeners,
} from './props.js';

/** A component type whose props are an element's own plus Vue's HTML attributes. */
type Element<Own> = DefineComponent<Own & Omit<HTMLAttributes, keyof Own>>;

declare module 'vue' {
  /** The package's elements, by tag. */
  interface GlobalComponents {
    /** The login widget. */
    'phone-login': Element<PhoneLoginProps & PhoneLoginVueListeners>;
    /** The phone number field. */
    'phone-login-number': Element<PhoneLoginNumberProps>;
    /** The one-time code field. */
    'phone-login-pin': Element<PhoneLoginPinProps>;
    /** The country picker. */
    'phone-login-country': Element<PhoneLoginCountryProps>;
  }
}

export type * from './props.js';
