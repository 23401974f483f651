import type { ResolvedValimoOptions } from './options.js';

/**
 * What the record keeps of an MSSP transaction (`providerData`): everything another instance needs
 * to carry the login on, since whichever instance a poll reaches does the due work.
 */
export interface ValimoState {
  /** Shape version, so a later change of this record can tell old records apart. */
  v: 1;
  /** `starting`: MSS_Signature sent, no answer yet; `waiting`: accepted, the user is being asked. */
  phase: 'starting' | 'waiting';
  /** Our transaction id (`AP_TransID`). */
  apTransId: string;
  /** The MSSP's transaction id, once accepted. */
  msspTransId?: string;
  /** When MSS_Signature was sent, epoch ms. */
  sentAt: number;
  /** When we stop waiting: the MSSP's `TimeOut` after sending, plus a margin. */
  deadline: number;
  /** `waiting`: earliest time of the next status query (the first one, or one after a back-off); `starting`: when the start counts as lost. */
  nextAt: number;
  /** Failed status queries in a row (no answer, or no usable one). */
  failures: number;
  /** INTERNAL_ERROR (900) answers so far. */
  internalErrors: number;
}

/** Time after the request timeout before an unsettled start counts as lost (its instance is gone). */
export const START_GRACE_MS = 5000;

/** The state of a just-sent MSS_Signature. */
export function startingState(apTransId: string, sentAt: number, options: ResolvedValimoOptions): ValimoState {
  const deadline = sentAt + options.timeoutSeconds * 1000 + options.deadlineMarginMs;
  // An instance that dies mid-start leaves this behind; past `nextAt`, any instance ends the login.
  const lostAt = sentAt + options.requestTimeoutMs + START_GRACE_MS;
  return { v: 1, phase: 'starting', apTransId, sentAt, deadline, nextAt: lostAt, failures: 0, internalErrors: 0 };
}

/** Reads `providerData` back; undefined when it is not ours (or from an incompatible version). */
export function readState(data: unknown): ValimoState | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const state = data as Partial<ValimoState>;
  const numbers = [state.sentAt, state.deadline, state.nextAt, state.failures, state.internalErrors];
  if (state.v !== 1 || (state.phase !== 'starting' && state.phase !== 'waiting') || typeof state.apTransId !== 'string') return undefined;
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  if (state.phase === 'waiting' && typeof state.msspTransId !== 'string') return undefined;
  return state as ValimoState;
}

/** The regular delay between queries, with jitter. */
export function intervalMs(options: ResolvedValimoOptions): number {
  return options.queryIntervalMs + Math.floor(options.random() * options.queryJitterMs);
}

/** The delay after `failures` failed queries in a row: doubling from the interval, capped. */
export function backoffMs(failures: number, options: ResolvedValimoOptions): number {
  const doubled = options.queryIntervalMs * 2 ** Math.min(Math.max(failures - 1, 0), 16);
  return Math.min(doubled, options.maxBackoffMs) + Math.floor(options.random() * options.queryJitterMs);
}
