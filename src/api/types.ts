/** The states of a login, spelled exactly as Waldur sends them (note the single "l" in `Canceled`). */
export type AuthState = 'Scheduled' | 'Processing' | 'OK' | 'Canceled' | 'Erred';

/** States after which the server never changes the login again. */
export const FINAL_STATES: ReadonlySet<AuthState> = new Set(['OK', 'Canceled', 'Erred']);

/**
 * Machine-readable causes a backend may give for a final state (a protocol extension). The last
 * seven name Mobile ID faults of a Valimo MSSP (ETSI TS 102 204 status codes in brackets).
 */
export type ServerReason =
  | 'not_registered'
  | 'user_cancel'
  | 'expired'
  | 'too_many_attempts'
  | 'timeout'
  | 'provider_error'
  /** The number has no Mobile ID (105 UNKNOWN_CLIENT). */
  | 'not_mobile_id_user'
  /** The phone could not be reached (209 OTA_ERROR). */
  | 'phone_unreachable'
  /** The Mobile ID PIN is blocked (402). */
  | 'pin_blocked'
  /** The SIM card's Mobile ID is blocked (403). */
  | 'card_blocked'
  /** The SIM has no signing key or certificate (404, 422). */
  | 'no_certificate'
  /** The phone signed with a revoked certificate (501). */
  | 'certificate_revoked'
  /** The signature did not verify (503). */
  | 'invalid_signature';

/** The characters a PIN is made of (`pin_type`). */
export type PinType = 'numeric' | 'alpha' | 'alphanumeric';

/** One login as the server describes it: Waldur's AuthResult plus the optional extensions of PROTOCOL.md. */
export interface AuthResult {
  /** Opaque id of this login (Waldur: 32 hex digits without hyphens). */
  uuid: string;
  /** The credential; non-null only when `state` is `OK`. */
  token: string | null;
  /** The phone number as the server stored it. */
  phone: string;
  /** Text to show: for Mobile ID, the verification code the phone also shows. */
  message: string;
  /** Where the login is. */
  state: AuthState;
  /** Server-side exception text when `Erred`: for logs, never for users. */
  error_message: string;
  /** Why the login was canceled, when `Canceled`. */
  details: string;
  /** What the user must do: compare a message (default) or type a PIN. */
  challenge?: 'message' | 'pin';
  /** Length of the PIN (pin challenge only). */
  pin_length?: number;
  /** Characters the PIN is made of (pin challenge only). */
  pin_type?: PinType;
  /** Seconds before the challenge expires, counted from this answer. */
  expires_in?: number;
  /** PIN attempts left. */
  attempts_left?: number;
  /** Seconds before a new code may be requested. */
  resend_in?: number;
  /** Seconds the server asks the client to wait before polling again. */
  poll_after?: number;
  /** Machine-readable cause of a final state. */
  reason?: string;
}

const STATES: ReadonlySet<string> = new Set(['Scheduled', 'Processing', 'OK', 'Canceled', 'Erred']);

/** Checks the fields the widget relies on, so a proxy's HTML page or a truncated body is never taken for a login. */
export function isAuthResult(value: unknown): value is AuthResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.uuid === 'string' &&
    v.uuid !== '' &&
    typeof v.state === 'string' &&
    STATES.has(v.state) &&
    (v.token === null || v.token === undefined || typeof v.token === 'string')
  );
}
