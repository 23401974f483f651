/** Mobile ID through a Valimo MSSP (ETSI TS 102 204 v1.1.2): the provider, its settings and its words. */
export { ValimoProvider } from './provider.js';
export type { ValimoProviderOptions } from './options.js';
export { readValimoSettings } from './settings.js';
export { MSSP_UNREACHABLE } from './endings.js';
export { CANCEL_DETAILS as VALIMO_CANCEL_DETAILS, CANCEL_REASONS as VALIMO_CANCEL_REASONS, STATUS_NAMES as VALIMO_STATUS_NAMES, type ValimoReason } from './status-codes.js';
