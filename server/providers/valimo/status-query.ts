import { GENERIC_PROVIDER_ERROR } from '../../logins.js';
import { FINAL_STATES, type LoginHandle, type LoginRecord } from '../../types.js';
import { BadAnswer, type MsspAnswer } from './answers.js';
import type { MsspClient } from './client.js';
import { codeOf, endFor, judge, MSSP_UNREACHABLE } from './endings.js';
import { serialOf } from './identity.js';
import type { ResolvedValimoOptions } from './options.js';
import { TIMEOUT_DETAILS } from '../mobile-id-simulator.js';
import { backoffMs, intervalMs, readState, type ValimoState } from './state.js';
import { TransportError } from './transport.js';

/** The lease held while a status query is in flight: one per login, across instances. */
export const QUERY_LEASE = 'mssp-status';
/**
 * The lease that spaces regular queries. Held for one interval after an "outstanding" answer, it is
 * the shared "next query time" of a waiting login: keeping that time in the record instead would
 * change the record every 2–3 s, and every change ends every held long poll with nothing new.
 */
export const QUIET_LEASE = 'mssp-quiet';

/** The status side of the provider: decides whether a query is due, makes it, and applies the answer. */
export class StatusPoller {
  /** When this instance expects the next regular query of a login: only a hint for its answers, never needed for correctness. */
  private readonly hints = new Map<string, number>();

  constructor(
    private readonly options: ResolvedValimoOptions,
    private readonly client: MsspClient,
  ) {}

  /** Does what is due for a pending login; returns ms until the next turn (undefined: nothing more to do). */
  async advance(login: LoginHandle, record: LoginRecord, signal?: AbortSignal): Promise<number | undefined> {
    const due = await this.check(login, record);
    if (due !== 0) return due;
    if (!(await login.lease(QUERY_LEASE, this.options.requestTimeoutMs + 1000))) return this.recheckMs(login.uuid);
    try {
      // Re-read under the lease: another instance may have queried just now and moved the schedule on.
      const fresh = await login.get();
      const dueNow = fresh ? await this.check(login, fresh) : undefined;
      if (dueNow !== 0) return dueNow;
      if (!(await login.lease(QUIET_LEASE, this.options.requestTimeoutMs + 1000))) return this.recheckMs(login.uuid);
      return await this.query(login, readState(fresh!.providerData)!, signal);
    } finally {
      await login.unlease(QUERY_LEASE);
    }
  }

  /** Forgets what this instance knew of a login. */
  forget(uuid: string): void {
    this.hints.delete(uuid);
  }

  /** 0 when a query is due now; else ms until something is due, or undefined when nothing ever is. */
  private async check(login: LoginHandle, record: LoginRecord): Promise<number | undefined> {
    const state = readState(record.providerData);
    if (FINAL_STATES.has(record.state) || !state) {
      this.forget(login.uuid);
      return undefined;
    }
    const now = this.options.now();
    if (state.phase === 'starting') {
      if (now < state.nextAt) return state.nextAt - now;
      // The instance that sent MSS_Signature is gone: nobody will ever learn the MSSP's transaction id.
      login.log.error({ event: 'mssp_start_lost' }, 'the start of this login never completed');
      await login.fail(GENERIC_PROVIDER_ERROR);
      return undefined;
    }
    if (now >= state.deadline) return this.expire(login, state);
    return Math.max(0, Math.min(state.nextAt, state.deadline) - now);
  }

  private async query(login: LoginHandle, state: ValimoState, signal?: AbortSignal): Promise<number | undefined> {
    let answer: MsspAnswer;
    try {
      answer = await this.client.status(state.apTransId, state.msspTransId!, signal);
    } catch (error) {
      await login.unlease(QUIET_LEASE);
      if (error instanceof TransportError && error.kind === 'aborted') return undefined;
      logFailure(login, error, state.failures + 1);
      return this.backOff(login, { failures: state.failures + 1 });
    }
    const verdict = judge(login, answer);
    // 100 on a status query is unusual but means what 504 means: accepted, not yet answered.
    if (verdict.kind === 'outstanding' || verdict.kind === 'accepted') {
      const wait = Math.min(intervalMs(this.options), Math.max(0, state.deadline - this.options.now()));
      // Swapped while QUERY_LEASE is still held, so no other instance can slip a query in between.
      await login.unlease(QUIET_LEASE);
      // At least 1 ms: a store like Redis refuses a lease of 0.
      await login.lease(QUIET_LEASE, Math.max(1, wait));
      this.hints.set(login.uuid, this.options.now() + wait);
      if (state.failures > 0) await patch(login, { failures: 0 });
      return wait;
    }
    this.forget(login.uuid);
    if (verdict.kind === 'signed') return this.signedIn(login, answer);
    if (verdict.kind === 'mssp_failure') {
      await login.unlease(QUIET_LEASE);
      const internalErrors = state.internalErrors + 1;
      if (internalErrors <= this.options.maxInternalErrors) return this.backOff(login, { internalErrors, failures: state.failures + 1 });
      login.log.error({ event: 'mssp_internal_error', status: codeOf(answer), times: internalErrors }, 'the MSSP kept failing; the login ends');
      await login.fail(MSSP_UNREACHABLE);
      return undefined;
    }
    await endFor(login, codeOf(answer), verdict);
    return undefined;
  }

  private async signedIn(login: LoginHandle, answer: MsspAnswer): Promise<undefined> {
    const serial = serialOf(answer.kind === 'status' ? answer.userIdentifier : undefined);
    if (serial === undefined) {
      login.log.error({ event: 'mssp_no_identity' }, 'a valid signature without a usable SERIALNUMBER in UserIdentifier');
      await login.fail(GENERIC_PROVIDER_ERROR);
    } else {
      await login.succeed(serial);
    }
    return undefined;
  }

  /** Records a failed query and when to try again (a record change, but failures are rare). */
  private async backOff(login: LoginHandle, counts: Partial<Pick<ValimoState, 'failures' | 'internalErrors'>>): Promise<number | undefined> {
    const wait = backoffMs(counts.failures ?? 1, this.options);
    const saved = await patch(login, { ...counts, nextAt: this.options.now() + wait });
    return saved ? wait : undefined;
  }

  /** The transaction's time is over: Canceled `timeout`, or Erred when the MSSP itself stopped answering. */
  private async expire(login: LoginHandle, state: ValimoState): Promise<undefined> {
    this.forget(login.uuid);
    if (state.failures > 0) {
      login.log.error({ event: 'mssp_unreachable', failures: state.failures }, 'the MSSP did not answer status queries until the deadline');
      await login.fail(MSSP_UNREACHABLE);
    } else {
      await login.cancel(TIMEOUT_DETAILS, 'timeout');
    }
    return undefined;
  }

  /** When to look again while another holder is querying or the quiet lease still runs. */
  private recheckMs(uuid: string): number {
    const hint = (this.hints.get(uuid) ?? 0) - this.options.now();
    return hint > 0 ? hint : Math.min(500, Math.max(20, this.options.queryIntervalMs / 2));
  }
}

/** Changes the schedule fields of a pending login's state; false when the login has ended. */
async function patch(login: LoginHandle, change: Partial<ValimoState>): Promise<boolean> {
  const updated = await login.update((current) => {
    const state = readState(current.providerData);
    return state ? { providerData: { ...state, ...change } } : undefined;
  });
  return updated !== undefined && !FINAL_STATES.has(updated.state);
}

function logFailure(login: LoginHandle, error: unknown, failures: number): void {
  if (error instanceof TransportError) {
    login.log.warn({ event: 'mssp_transport_error', kind: error.kind, errorCode: error.code, failures }, 'a status query got no answer; retrying');
  } else if (error instanceof BadAnswer) {
    login.log.warn({ event: 'mssp_bad_answer', why: error.why, httpStatus: error.httpStatus, failures }, 'a status query got no usable answer; retrying');
  } else {
    throw error;
  }
}
