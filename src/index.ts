/**
 * phone-login: defines `<phone-login>`, `<phone-login-number>`, `<phone-login-pin>` and
 * `<phone-login-status>`, and exports
 * their classes, the protocol client, the flow and the public types.
 */
export { PhoneLogin } from './phone-login/phone-login.js';
export { PhoneLoginNumber } from './phone-login-number/phone-login-number.js';
export { PhoneLoginCountry } from './phone-login-country/phone-login-country.js';
export { PhoneLoginPin } from './phone-login-pin/phone-login-pin.js';
export { PhoneLoginStatus } from './phone-login-status/phone-login-status.js';
export { FetchLoginClient } from './api/client.js';
export type { LoginClient, StartOptions, ResultOptions, FetchClientOptions } from './api/client.js';
export { ProtocolError } from './api/errors.js';
export type { ErrorCode, ProtocolErrorKind } from './api/errors.js';
export type { AuthResult, AuthState, PinType, ServerReason } from './api/types.js';
export { LoginFlow } from './flow/login-flow.js';
export type { FlowOptions } from './flow/login-flow.js';
export type { Clock } from './flow/clock.js';
export { DEFAULT_POLICY } from './flow/schedule.js';
export type { PollPolicy } from './flow/schedule.js';
export type {
  FailureReason,
  FlowEvent,
  FlowState,
  Phase,
  PhaseName,
  PinChallenge,
  PinNotice,
  PinStep,
  StartProblem,
} from './flow/phases.js';
export { SuccessEvent, FailureEvent, CancelEvent } from './events.js';
export type { SuccessDetail, FailureDetail, CancelDetail, PhoneLoginEventMap } from './events.js';
export { en } from './i18n/locales/en.js';
export type { Terms } from './i18n/terms.js';
export { loginContext, termsContext } from './context.js';
export type { LoginView } from './context.js';
// The template-facing types the framework typings (phone-login/jsx, /preact, /vue, /svelte) are
// made of, for frameworks that have none of their own.
export type {
  PhoneLoginProps,
  PhoneLoginNumberProps,
  PhoneLoginPinProps,
  PhoneLoginCountryProps,
  PhoneLoginListeners,
  PhoneLoginVueListeners,
  CamelCaseListenersRejected,
} from './frameworks/props.js';
