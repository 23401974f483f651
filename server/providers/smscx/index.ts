/** SMS.cx as a delegated OTP provider (`PHONE_LOGIN_CHALLENGE=smscx`). */
export { SmsCxProvider } from './provider.js';
export type { SmsCxOptions } from './options.js';
export { readSmsCxSettings, type SmsCxSettings } from './settings.js';
export { SMSCX_BASE_URL } from './api.js';
export { CHECK_FAILED, CHECK_UNSURE, CODE_GONE_DETAILS, NUMBER_REFUSED, START_UNSURE } from './codes.js';
