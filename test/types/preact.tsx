/** @jsxImportSource preact */
// Preact: phone-login/preact types the props and the lowercase listeners.
import type {} from 'phone-login/preact';
import type { SuccessEvent } from 'phone-login';

const onSuccess = (event: SuccessEvent): string => event.detail.token;

export const ok = (
  <phone-login
    endpoint="/api/auth-valimo/"
    lang="fi"
    timeLimit={120}
    rememberCountry
    onsuccess={(event) => event.detail.phone}
    onfailure={(event) => event.detail.reason}
    oncancel={(event) => event.detail.uuid}
    class="login"
  />
);
export const fields = <phone-login-number name="phone" allowLandline countries="EE FI" />;

// @ts-expect-error allowLandline is a boolean
export const badBoolean = <phone-login allowLandline="yes" />;
// @ts-expect-error onSuccess would listen for "Success": write onsuccess
export const camelSuccess = <phone-login onSuccess={onSuccess} />;
// @ts-expect-error onFailure likewise
export const camelFailure = <phone-login onFailure={() => {}} />;
// @ts-expect-error onCancel would get the DOM's cancel typed as a plain Event: write oncancel
export const camelCancel = <phone-login onCancel={() => {}} />;
// @ts-expect-error no such event
export const unknownEvent = <phone-login onsucces={onSuccess} />;
