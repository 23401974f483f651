// No framework: the tag map and the typed listeners of the element class itself.
import 'phone-login';
import { PhoneLogin, type PhoneLoginProps, type SuccessEvent } from 'phone-login';

const login = document.createElement('phone-login');
export const isClass: PhoneLogin = login;
login.endpoint = '/api/auth-valimo/';
login.timeLimit = 120;
export const found: PhoneLogin | null = document.querySelector('phone-login');

const onSuccess = (event: SuccessEvent): void => console.log(event.detail.token);
login.addEventListener('success', (event) => event.detail.token.toUpperCase());
login.addEventListener('failure', (event) => event.detail.reason);
login.addEventListener('cancel', (event) => event.detail.uuid);
login.addEventListener('success', onSuccess);
// The typed removeEventListener overload: with only the DOM's, a listener taking a SuccessEvent
// is not an EventListener and this line fails.
login.removeEventListener('success', onSuccess);

// @ts-expect-error timeLimit is a number
login.timeLimit = '120';
// @ts-expect-error theme is 'auto', 'light' or 'dark'
login.theme = 'blue';
// @ts-expect-error an unknown event is a plain Event, with no detail
login.addEventListener('sucess', (event) => event.detail);
// @ts-expect-error a failure event has no token
login.addEventListener('failure', (event) => event.detail.token);

// The props types the framework typings are made of, for frameworks without a module of their own.
export const props: PhoneLoginProps = { endpoint: '/api/auth-valimo/', noResume: true };
// @ts-expect-error allowLandline is a boolean
export const badProps: PhoneLoginProps = { allowLandline: 'yes' };
