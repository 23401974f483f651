/** The reference server's public API. */
export { createLoginHandler, type LoginHandler, type LoginHandlerOptions } from './handler.js';
export { MemoryStore, type MemoryStoreOptions } from './store.js';
export { createSignedTokens, tokenKey, type SignedTokenOptions, type SignedTokens, type TokenClaims, type TokenProblem } from './tokens.js';
export { verifySuccessToken, verifyOnce, type TokenLedger, type VerifyResult, type VerifySuccessTokenOptions } from './verify.js';
export { AccessTokens, MAX_ACCESS_TOKEN_SECONDS, type AccessGrant, type AccessTokenOptions } from './access-tokens.js';
export { ServerKeys, MIN_SECRET_BYTES, type KeyPurpose } from './keys.js';
export { createLogger, silentLogger, type Logger, type LoggerOptions } from './log.js';
export { createHealthHandler, type HealthOptions } from './health.js';
export { ConfigError } from './config/env.js';
export { DEFAULT_SMS_TEMPLATES, SmsTemplates, type SmsTextParts } from './sms/templates.js';
export { NumberLimits, type NumberLimiter, type NumberLimitSettings } from './limits/number-limits.js';
export type { ResolveUser } from './logins.js';
export { Cors, type AllowedOrigins } from './cors.js';
export { ProtocolError, ProviderError, RateLimitedError } from './errors.js';
export { toConnectMiddleware, toNodeListener, type ConnectMiddleware, type NodeAdapterOptions } from './node.js';
export { E164_MESSAGE, normalizePhone } from './validate.js';
export { CLIENT_CANCEL_DETAILS, GENERIC_PROVIDER_ERROR, NOT_REGISTERED_DETAILS } from './logins.js';
export {
  MobileIdSimulator,
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
export { readSmsCxSettings, SmsCxProvider, SMSCX_BASE_URL, type SmsCxOptions, type SmsCxSettings } from './providers/smscx/index.js';
export {
  MSSP_UNREACHABLE,
  readValimoSettings,
  ValimoProvider,
  VALIMO_CANCEL_DETAILS,
  VALIMO_CANCEL_REASONS,
  VALIMO_STATUS_NAMES,
  type ValimoProviderOptions,
  type ValimoReason,
} from './providers/valimo/index.js';
