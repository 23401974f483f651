import type { PinType, ServerReason } from '../api/types.js';

/**
 * Why a login ended without a token. The server's reasons (PROTOCOL.md), plus the widget's own:
 * `canceled` (canceled for a reason the server did not name), `server_error` (Erred, or an answer
 * that makes no sense), `method_disabled` (401), `access_denied` (401 with the code
 * `access_token_invalid`: the page's access token is no longer good), `login_gone` (404),
 * `time_limit` (the widget's total time ran out), `unreachable` (the server stopped answering while waiting).
 */
export type FailureReason =
  | ServerReason
  | 'canceled'
  | 'server_error'
  | 'method_disabled'
  | 'access_denied'
  | 'login_gone'
  | 'time_limit'
  | 'unreachable';

/** Why the phone form is showing an error after a start was refused. */
export type StartProblem =
  /** The server refused the number; `message` is its text, shown as text. */
  | { kind: 'invalid'; message: string }
  /**
   * The server refused the number with a code the widget words itself: its country is not taken
   * (`country_not_allowed`), or the page's access token is bound to another number.
   */
  | { kind: 'refused'; why: 'country-not-allowed' | 'phone-mismatch' }
  /**
   * Too many starts; the user may try again at `until` (flow clock ms), after `seconds`.
   * `smsBudget` when the cause is the server's spent SMS budget (global or the country's) instead.
   */
  | { kind: 'rate-limited'; seconds: number; until: number; smsBudget?: boolean }
  /** No usable answer from the server; the number is kept for another try. */
  | { kind: 'unreachable' };

/** What the server said about the code the user must type (PROTOCOL.md pin fields), in flow-clock time. */
export interface PinChallenge {
  uuid: string;
  /** Characters in the code. */
  length: number;
  /** What the characters are. */
  type: PinType;
  /** When the code stops working (flow clock ms), if the server said. */
  expiresAt?: number;
  /** Wrong codes the server still accepts, if it said. */
  attemptsLeft?: number;
  /** When a new code may be asked for (flow clock ms), if the server said. */
  resendAt?: number;
}

/** The latest news on the code step. Each is a new object, so the view can tell a repeat from the same. */
export type PinNotice =
  /** A code (or a new one) was sent; `minutes` is its lifetime when the server said. */
  | { kind: 'sent'; minutes?: number }
  /** The server refused the code. */
  | { kind: 'wrong'; attemptsLeft?: number }
  /** The server refused to check or send for `seconds` (`smsBudget`: its SMS budget is spent). */
  | { kind: 'rate-limited'; seconds: number; smsBudget?: boolean }
  /** No usable answer: the code step stays as it was, for another try. */
  | { kind: 'unreachable' };

/** Everything the code step shows. */
export interface PinStep {
  challenge: PinChallenge;
  notice?: PinNotice;
  /** True in the last minute before the code expires. */
  expiringSoon: boolean;
  /** True while a new code is being asked for. */
  resending: boolean;
}

/** The step the widget shows. */
export type Phase =
  | { name: 'enter-phone'; problem?: StartProblem }
  | { name: 'starting' }
  | {
      name: 'message';
      uuid: string;
      /** The verification code the phone also shows (Waldur's `message`). */
      code: string;
      state: 'Scheduled' | 'Processing';
      /** True while polls are failing and being retried. */
      trouble: boolean;
    }
  | ({ name: 'pin' } & PinStep)
  | ({ name: 'verifying' } & PinStep)
  | { name: 'success'; uuid: string }
  | {
      name: 'failed';
      reason: FailureReason;
      /** True when "try again" resumes the same login instead of starting a new one. */
      resumable: boolean;
      /** True when "try again" sends a new code to the same number at once (expired or used-up code). */
      resendable: boolean;
      /** Flow-clock instant before which the server refuses a new code (its `resend_in`), when resendable. */
      resendAt?: number;
    };

/** Names of the phases. */
export type PhaseName = Phase['name'];

/** Everything the view needs: the phase and the number being logged in. */
export interface FlowState {
  readonly phase: Phase;
  /** The E.164 number of the current or last login attempt ('' before the first). */
  readonly phone: string;
}

/** What the flow reports to its owner. The token only ever travels in `success`. */
export type FlowEvent =
  | { type: 'change'; state: FlowState }
  | { type: 'success'; token: string; uuid: string; phone: string }
  | { type: 'failure'; reason: FailureReason; uuid?: string; details?: string; serverMessage?: string }
  | { type: 'cancel'; uuid?: string };
