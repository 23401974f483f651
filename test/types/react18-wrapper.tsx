// React 18 (and 19) through the wrapper: camel-case listeners, typed from the event classes.
import { PhoneLogin, type SuccessEvent } from 'phone-login/react';

const onSuccess = (event: SuccessEvent): string => event.detail.token;

export const ok = (
  <PhoneLogin
    endpoint="/api/auth-valimo/"
    lang="lv"
    timeLimit={120}
    onSuccess={(event) => event.detail.token}
    onFailure={(event) => event.detail.reason}
    onCancel={(event) => event.detail.uuid}
  />
);
export const named = <PhoneLogin onSuccess={onSuccess} />;

// @ts-expect-error timeLimit is a number
export const badNumber = <PhoneLogin timeLimit="120" />;
// @ts-expect-error the wrapper's listener for success gets a SuccessEvent, not a FailureEvent's detail
export const wrongEvent = <PhoneLogin onSuccess={(event) => event.detail.reason} />;
// @ts-expect-error no such event
export const unknownEvent = <PhoneLogin onSucess={onSuccess} />;
