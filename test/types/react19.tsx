// React 19 with the tag itself: phone-login/jsx types the props and the lowercase listeners.
import type {} from 'phone-login/jsx';
import type { SuccessEvent } from 'phone-login';

const onSuccess = (event: SuccessEvent): string => event.detail.token;

export const ok = (
  <phone-login
    endpoint="/api/auth-valimo/"
    lang="et"
    theme="dark"
    timeLimit={120}
    allowLandline
    terms={{}}
    noResume
    onsuccess={(event) => event.detail.token.toUpperCase()}
    onfailure={(event) => event.detail.reason}
    oncancel={(event) => event.detail.uuid}
    className="login"
    ref={(element) => {
      element?.focus();
    }}
  />
);
export const named = <phone-login onsuccess={onSuccess} />;
export const fields = (
  <form>
    <phone-login-number name="phone" required defaultCountry="EE" />
    <phone-login-pin name="code" length={6} type="numeric" />
  </form>
);

// @ts-expect-error timeLimit is a number
export const badNumber = <phone-login timeLimit="120" />;
// @ts-expect-error theme is 'auto', 'light' or 'dark'
export const badTheme = <phone-login theme="blue" />;
// @ts-expect-error onSuccess never fires in React 19 (it listens for "Success"): write onsuccess
export const camelSuccess = <phone-login onSuccess={onSuccess} />;
// @ts-expect-error onFailure never fires either
export const camelFailure = <phone-login onFailure={() => {}} />;
// @ts-expect-error onCancel is React's dialog event, not the widget's
export const camelCancel = <phone-login onCancel={() => {}} />;
// @ts-expect-error no such event
export const unknownEvent = <phone-login onsucess={onSuccess} />;
// @ts-expect-error a failure listener gets a FailureEvent, which has no token
export const wrongEvent = <phone-login onfailure={(event) => event.detail.token} />;
// @ts-expect-error the pin's type is 'numeric', 'alpha' or 'alphanumeric'
export const badPin = <phone-login-pin type="hex" />;
