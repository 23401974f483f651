/** The reference server's public API. */
export { createLoginHandler, type LoginHandler, type LoginHandlerOptions } from './handler.js';
export { MemoryStore, type MemoryStoreOptions } from './store.js';
export { createSignedTokens, type SignedTokenOptions, type SignedTokens, type TokenClaims } from './tokens.js';
export { Cors, type AllowedOrigins } from './cors.js';
export { ProtocolError, ProviderError, RateLimitedError } from './errors.js';
export { toConnectMiddleware, toNodeListener, type ConnectMiddleware, type NodeAdapterOptions } from './node.js';
export { E164_MESSAGE } from './validate.js';
export { CLIENT_CANCEL_DETAILS, GENERIC_PROVIDER_ERROR } from './logins.js';
export {
  MobileIdSimulator,
  NOT_REGISTERED_DETAILS,
  TIMEOUT_DETAILS,
  USER_CANCEL_DETAILS,
  type MobileIdSimulatorOptions,
  type PhonePrompt,
} from './providers/mobile-id-simulator.js';
export { createSimulatedPhoneHandler, type SimulatedPhoneHandlerOptions } from './providers/simulated-phone-handler.js';
export type * from './types.js';
export { FINAL_STATES } from './types.js';
export {
  EXPIRED_DETAILS,
  LocalOtpProvider,
  TOO_MANY_ATTEMPTS_DETAILS,
  type LocalOtpOptions,
  type OtpTextParts,
  type PinType,
} from './providers/local-otp.js';
export { ProviderChoice } from './providers/provider-choice.js';
export type { SmsMessage, SmsSender } from './sms/sender.js';
export { SimulatedInbox, type ReceivedSms, type SimulatedInboxOptions } from './sms/simulated-inbox.js';
export { TwilioSender, type TwilioSenderOptions } from './sms/twilio.js';
export { HttpSmsSender, type HttpSmsSenderOptions } from './sms/http.js';
export { SMS_NOT_SENT, type GatewayOptions } from './sms/gateway.js';
