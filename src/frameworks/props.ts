/**
 * The template-facing types of the elements, shared by the framework typings beside this file
 * (jsx.ts, preact.ts, vue.ts, svelte.ts). Properties are picked from the element classes, so a
 * property's type changes in one place; events come from the event classes of events.ts.
 */
import type { CancelEvent, FailureEvent, SuccessEvent } from '../events.js';
import type { PhoneLogin } from '../phone-login/phone-login.js';
import type { PhoneLoginCountry } from '../phone-login-country/phone-login-country.js';
import type { PhoneLoginNumber } from '../phone-login-number/phone-login-number.js';
import type { PhoneLoginPin } from '../phone-login-pin/phone-login-pin.js';

/** The properties of `<phone-login>` a template may set (every public one; all optional). */
export type PhoneLoginProps = Partial<
  Pick<
    PhoneLogin,
    | 'theme'
    | 'endpoint'
    | 'lang'
    | 'defaultCountry'
    | 'countries'
    | 'preferredCountries'
    | 'allowLandline'
    | 'rememberCountry'
    | 'phone'
    | 'timeLimit'
    | 'accessToken'
    | 'noResume'
    | 'client'
    | 'terms'
  >
>;

/** The properties of `<phone-login-number>` a template may set. */
export type PhoneLoginNumberProps = Partial<
  Pick<
    PhoneLoginNumber,
    | 'theme'
    | 'lang'
    | 'defaultCountry'
    | 'countries'
    | 'preferredCountries'
    | 'allowLandline'
    | 'rememberCountry'
    | 'name'
    | 'label'
    | 'required'
    | 'disabled'
    | 'readonly'
    | 'error'
    | 'value'
  >
>;

/** The properties of `<phone-login-pin>` a template may set. */
export type PhoneLoginPinProps = Partial<
  Pick<
    PhoneLoginPin,
    | 'theme'
    | 'lang'
    | 'length'
    | 'type'
    | 'name'
    | 'label'
    | 'required'
    | 'disabled'
    | 'readonly'
    | 'error'
    | 'withoutAutosubmit'
    | 'withoutWebotp'
    | 'value'
  >
>;

/** The properties of `<phone-login-country>` a template may set. */
export type PhoneLoginCountryProps = Partial<
  Pick<PhoneLoginCountry, 'theme' | 'lang' | 'value' | 'countries' | 'preferred' | 'locale' | 'disabled'>
>;

/**
 * `<phone-login>`'s listeners as React 19, Preact and Svelte 5 take them: `on` + the exact event
 * name, which is lowercase. Each of them adds a listener for the name after `on` as written.
 */
export interface PhoneLoginListeners {
  /** Listens to `success`: the login succeeded; `event.detail.token` is the credential. */
  onsuccess?: ((event: SuccessEvent) => void) | undefined;
  /** Listens to `failure`: the login ended without success. */
  onfailure?: ((event: FailureEvent) => void) | undefined;
  /** Listens to `cancel`: the user abandoned a login under way. */
  oncancel?: ((event: CancelEvent) => void) | undefined;
}

/**
 * The camel-case spellings, made type errors: React 19 and Preact would listen for events named
 * `Success` and `Failure`, which never come, and React's `onCancel` is its own dialog event.
 */
export interface CamelCaseListenersRejected {
  /** Never fires: write `onsuccess`. */
  onSuccess?: never;
  /** Never fires: write `onfailure`. */
  onFailure?: never;
  /** Not this widget's event: write `oncancel`. */
  onCancel?: never;
}

/** `<phone-login>`'s listeners as Vue templates bind them: `@success` compiles to `onSuccess`. */
export interface PhoneLoginVueListeners {
  /** `@success`: the login succeeded; `event.detail.token` is the credential. */
  onSuccess?: ((event: SuccessEvent) => void) | undefined;
  /** `@failure`: the login ended without success. */
  onFailure?: ((event: FailureEvent) => void) | undefined;
  /** `@cancel`: the user abandoned a login under way. */
  onCancel?: ((event: CancelEvent) => void) | undefined;
}

/**
 * Each tag's element class and the props React 19, Preact and Svelte 5 take on it (listeners
 * lowercase); each typings module wraps them in its framework's own attributes.
 */
export interface LowercaseListenerTags {
  /** The login widget. */
  'phone-login': { element: PhoneLogin; own: PhoneLoginProps & PhoneLoginListeners & CamelCaseListenersRejected };
  /** The phone number field. */
  'phone-login-number': { element: PhoneLoginNumber; own: PhoneLoginNumberProps };
  /** The one-time code field. */
  'phone-login-pin': { element: PhoneLoginPin; own: PhoneLoginPinProps };
  /** The country picker. */
  'phone-login-country': { element: PhoneLoginCountry; own: PhoneLoginCountryProps };
}
