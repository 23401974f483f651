import type { Ticket } from './admission.js';
import type { Logger } from './log.js';
// The wire contract is shared with the widget (src/api/types.ts), so the two cannot drift apart.
import type { AuthResult as WireResult, AuthState, ServerReason } from '../src/api/types.js';
export { FINAL_STATES } from '../src/api/types.js';
export type { AuthState };

/** Machine-readable cause of a final state other than OK (a protocol extension). */
export type Reason = ServerReason;

/** What the user must do: compare a message shown on the phone, or type a PIN. */
export type Challenge = 'message' | 'pin';

/** One login as the store keeps it. Never logged; kept only for the store's retention time. */
export interface LoginRecord {
  /** 32 lowercase hex digits, no hyphens (Waldur's `uuid.hex`). */
  readonly uuid: string;
  /** The phone in E.164 as the server normalized it; '' when the server keeps no numbers (verify-only). */
  readonly phone: string;
  /** The number's HMAC under the server's key: what limits, logs and verify-only mode know it by. */
  readonly phoneKey: string;
  /** Text to show: the 4-digit verification code for Mobile ID. */
  readonly message: string;
  /** The challenge kind, sent as the `challenge` extension. */
  readonly challenge: Challenge;
  /** Where the login is. */
  readonly state: AuthState;
  /** The credential; set only once the state is OK, and cleared once its reading window has passed or it was verified. */
  readonly token: string | null;
  /** Who the login proved (the host's user id, or the provider's identity), set on OK. */
  readonly subject?: string;
  /** Non-empty only when Erred. */
  readonly errorMessage: string;
  /** Non-empty only when Canceled. */
  readonly details: string;
  /** Set on final states other than OK. */
  readonly reason?: Reason;
  /** The requested language (optional `locale` field of start), for providers that word messages. */
  readonly locale?: string;
  /** Provider-owned state (e.g. a hashed PIN and attempts), never sent to clients. */
  readonly providerData?: unknown;
  /** Epoch milliseconds of creation. */
  readonly createdAt: number;
  /** Epoch milliseconds of the last change; retention counts from here, like Waldur's cleanup. */
  readonly modifiedAt: number;
  /** Grows by one on every change, so a long poll can tell whether anything happened. */
  readonly version: number;
  /** Epoch milliseconds at which the login reached its final state. */
  readonly finishedAt?: number;
  /** What admission booked for this login (its pending slots), freed when it ends. */
  readonly ticket?: Ticket;
}

/** The fields a caller may change through the store (uuid, createdAt and version are the store's). */
export type LoginPatch = Partial<Omit<LoginRecord, 'uuid' | 'createdAt' | 'version' | 'modifiedAt'>>;

/** The optional response fields of PROTOCOL.md that a provider may add (besides `challenge` and `reason`). */
export type AuthResultExtensions = Pick<WireResult, 'pin_length' | 'pin_type' | 'expires_in' | 'attempts_left' | 'resend_in' | 'poll_after'>;

/** The AuthResult as this server sends it: Waldur's keys in Waldur's order, then the extensions, always with `challenge`. */
export interface AuthResult extends Omit<WireResult, 'challenge' | 'reason'> {
  /** The challenge kind (extension). */
  challenge: Challenge;
  /** Cause of a final state other than OK (extension). */
  reason?: Reason;
}

/** The in-store side of logins: any store (memory, Redis, SQL) implements this. */
export interface LoginStore {
  /** Saves a new record (version 1) and returns it. */
  create(record: Omit<LoginRecord, 'version' | 'modifiedAt'>): Promise<LoginRecord>;
  /** The record, or undefined when unknown or expired. */
  get(uuid: string): Promise<LoginRecord | undefined>;
  /** Applies `change` atomically to the current record; `change` returns undefined to leave it as is. */
  update(uuid: string, change: (current: LoginRecord) => LoginPatch | undefined): Promise<LoginRecord | undefined>;
  /** Forgets a record. */
  delete(uuid: string): Promise<void>;
  /** Resolves with the record once its version passes `sinceVersion`, after `ms`, or on abort (undefined when gone). */
  waitForChange(uuid: string, sinceVersion: number, ms: number, signal?: AbortSignal): Promise<LoginRecord | undefined>;
  /** Sets `key` for `ttlMs` unless it is already set: a lease, or a once-only mark (a used token). True when this call set it. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Removes a claim before its time. */
  unclaim(key: string): Promise<void>;
  /** Whether the store answers (for `/readyz`). */
  ping(): Promise<boolean>;
  /** Answers every held long poll at once with the current record, and holds no new ones (shutdown). */
  drain(): void;
  /** Stops background work and releases every long poll. */
  close(): void | Promise<void>;
}

/** The identity a token vouches for. */
export interface TokenSubject {
  /** The login's uuid. */
  uuid: string;
  /** Who logged in: the host's user id (`resolveUser`), the Mobile ID identity, or the number. */
  subject: string;
  /** The phone number that was proven; absent when the server keeps no numbers (verify-only). */
  phone?: string;
}

/** Makes the credential returned on OK; the host decides what it is. */
export interface TokenIssuer {
  /** Issues a token for a login that just succeeded. */
  issue(subject: TokenSubject): string | Promise<string>;
}

/** What a provider may do to its own login; each call returns whether the transition happened. */
export interface LoginHandle {
  /** The login's uuid. */
  readonly uuid: string;
  /** The phone number to challenge (E.164); '' after the start when the server keeps no numbers. */
  readonly phone: string;
  /** The number's HMAC under the server's key, for per-number limits and logs. */
  readonly phoneKey: string;
  /** The keyed address of the client making the current request (start, or the poll or check at hand), when known. */
  readonly client?: string;
  /** The message created for this login (e.g. the 4-digit code). */
  readonly message: string;
  /** The requested language, if any. */
  readonly locale?: string;
  /** The challenge the record was created with. */
  readonly challenge: Challenge;
  /** The current record (undefined once expired). */
  get(): Promise<LoginRecord | undefined>;
  /**
   * Applies `change` atomically while the login is pending (Scheduled or Processing); `change`
   * returns undefined to leave it as is. For checks that must not race, like counting PIN attempts.
   * A shared store may run `change` again after a lost race, or not at all once the login has
   * ended: decide what happened from the returned record, not from what `change` last saw.
   */
  update(change: (current: LoginRecord) => LoginPatch | undefined): Promise<LoginRecord | undefined>;
  /** Scheduled → Processing: the challenge has reached the user. */
  processing(): Promise<boolean>;
  /**
   * Processing → OK: resolves the user and issues the token. `identity` is who the provider proved
   * (e.g. Mobile ID's `PNOEE-38001085718`); default: the phone number. A `resolveUser` hook that
   * knows no such user ends the login Canceled with Waldur's "User is not registered.".
   */
  succeed(identity?: string): Promise<boolean>;
  /** Scheduled/Processing → Canceled with Waldur-style `details` and a reason. */
  cancel(details: string, reason: Reason): Promise<boolean>;
  /** Any pending state → Erred with a non-empty error message. */
  fail(errorMessage: string, reason?: Reason): Promise<boolean>;
  /** Stores provider-owned data in the record (not sent to clients). */
  setProviderData(data: unknown): Promise<boolean>;
  /**
   * Takes the lease `name` of this login for `ttlMs`, unless another holder (in this process or,
   * on a shared store, any instance) has it: e.g. "one status query in flight". False when taken.
   */
  lease(name: string, ttlMs: number): Promise<boolean>;
  /** Gives a lease back before its time. */
  unlease(name: string): Promise<void>;
  /** The server's logger, bound to this login (by a short, non-secret label, never the number). */
  readonly log: Logger;
}

/** What a start request asks for, after validation. */
export interface StartRequest {
  /** Trimmed E.164 phone number. */
  phone: string;
  /** Optional language tag. */
  locale?: string;
}

/**
 * A challenge provider: Mobile ID (message) or OTP codes (pin). The handler owns HTTP, validation
 * and the record; the provider owns talking to the user.
 */
export interface ChallengeProvider {
  /** The challenge kind this provider serves. */
  readonly challenge: Challenge;
  /** Creates the login's `message` before the record exists (must be cheap and synchronous). */
  message(request: StartRequest): string;
  /**
   * Begins the challenge and returns without waiting for the user. Throwing a ProtocolError
   * (e.g. RateLimitedError) refuses the start and drops the record; any other error marks it Erred.
   */
  start(login: LoginHandle): Promise<void>;
  /**
   * Optional: handles an answer on result/ (e.g. `{"pin": "0427"}`). A wrong code leaves the login
   * pending with fewer attempts (answered 200); a malformed one may throw a ProtocolError (400, 429).
   */
  respond?(login: LoginHandle, body: Readonly<Record<string, unknown>>): Promise<void>;
  /** Optional: extension fields for this record's AuthResult. */
  describe?(record: LoginRecord, now: number): AuthResultExtensions | Promise<AuthResultExtensions>;
  /** Optional: the login was ended outside the provider (client cancel); stop any work for it. */
  release?(uuid: string, record?: LoginRecord): void | Promise<void>;
  /**
   * Optional: does any work that is due for a pending login (e.g. asking the MSSP for its status),
   * and returns the milliseconds until it next wants to be called (undefined: nothing planned).
   * The handler calls it on every poll and while it holds a long poll, on whichever instance the
   * poll reached, so a login goes on even when the instance that started it is gone.
   */
  advance?(login: LoginHandle, record: LoginRecord): Promise<number | undefined>;
  /** Optional: whether the provider's upstream answers (for `/readyz`). */
  ready?(): Promise<boolean>;
  /** Optional: stops timers and connections at shutdown. */
  close?(): void | Promise<void>;
}

/** What an adapter knows of a request beyond the Request itself. */
export interface RequestInfo {
  /** The address of the socket's peer (a client, or a proxy). */
  remoteAddress?: string;
}

/** A Web-standard handler for a set of paths, mountable on any fetch-style runtime or via server/node.ts. */
export interface WebHandler {
  /** Answers one request. Never rejects. */
  handle(request: Request, info?: RequestInfo): Promise<Response>;
  /** Whether a path belongs to this handler (adapters pass other paths on). */
  owns(pathname: string): boolean;
}
