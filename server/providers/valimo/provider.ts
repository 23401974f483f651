import { randomInt } from 'node:crypto';
import { errorWithoutText } from '../../log.js';
import { GENERIC_PROVIDER_ERROR } from '../../logins.js';
import { backgroundTimeout } from '../../timers.js';
import type { ChallengeProvider, LoginHandle, LoginRecord } from '../../types.js';
import { BadAnswer, type MsspAnswer } from './answers.js';
import { MsspClient } from './client.js';
import { codeOf, endFor, judge, MSSP_UNREACHABLE } from './endings.js';
import { resolveOptions, type ResolvedValimoOptions, type ValimoProviderOptions } from './options.js';
import { apTransId } from './requests.js';
import { readState, startingState } from './state.js';
import { StatusPoller } from './status-query.js';
import { TransportError } from './transport.js';

// What an MSSP_TransID may look like before we echo it back (it is escaped either way; this keeps it sane).
const TRANS_ID = /^[\w.:-]{1,128}$/;

interface Watch {
  login: LoginHandle;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Mobile ID through a Valimo MSSP (ETSI TS 102 204 v1.1.2, SOAP 1.2 over mutual TLS), the service
 * behind Waldur's `waldur_auth_valimo`: MSS_Signature in asynchClientServer mode at the start, then
 * MSS_StatusQuery every 2–3 s (Waldur waits 30 s, then 12 s) until the user answers on the phone.
 */
export class ValimoProvider implements ChallengeProvider {
  /** The user compares the code on the phone with the one in the browser; nothing is typed. */
  readonly challenge = 'message' as const;
  private readonly options: ResolvedValimoOptions;
  private readonly client: MsspClient;
  private readonly poller: StatusPoller;
  /** Timers of the logins this instance is moving on without waiting for polls. */
  private readonly watches = new Map<string, Watch>();
  /** Requests in flight per login, aborted by `release` and `close`. */
  private readonly inFlight = new Map<string, Set<AbortController>>();
  private closed = false;

  constructor(options: ValimoProviderOptions) {
    this.options = resolveOptions(options);
    this.client = new MsspClient(this.options);
    this.poller = new StatusPoller(this.options, this.client);
  }

  /** Waldur's code: exactly 4 digits, zero-padded, from a CSPRNG. */
  message(): string {
    return randomInt(0, 10_000).toString().padStart(4, '0');
  }

  /**
   * Records the transaction and sends MSS_Signature without waiting for it: the browser gets its
   * 201 and the code at once, while the MSSP (a TLS handshake with a client certificate, then a
   * message to the phone network) may take a second or more. The request's outcome is never lost:
   * it moves the login to Processing, or ends it, and a start that never settles (its instance died)
   * is ended by whichever instance next sees the login.
   */
  async start(login: LoginHandle): Promise<void> {
    const transId = apTransId(login.uuid);
    await login.setProviderData(startingState(transId, this.options.now(), this.options));
    void this.tracked(login.uuid, (signal) => this.sign(login, transId, signal));
  }

  /** Queries the MSSP if due (any instance may), and says when the login next needs a turn. */
  async advance(login: LoginHandle, record: LoginRecord): Promise<number | undefined> {
    if (this.closed) return undefined;
    return this.tracked(login.uuid, (signal) => this.poller.advance(login, record, signal));
  }

  /** The login was canceled by the client: stop its timer and drop its request in flight. */
  release(uuid: string): void {
    this.unwatch(uuid);
    this.poller.forget(uuid);
    for (const controller of this.inFlight.get(uuid) ?? []) controller.abort();
  }

  /**
   * Stops every timer and request, and closes the MSSP connections. Logins the MSSP has accepted
   * stay pending for other instances to finish; a start still in flight ends Erred, since the
   * MSSP's transaction id it was waiting for would be lost.
   */
  close(): void {
    this.closed = true;
    for (const uuid of [...this.watches.keys()]) this.unwatch(uuid);
    for (const set of this.inFlight.values()) for (const controller of set) controller.abort();
    this.client.close();
  }

  private async sign(login: LoginHandle, transId: string, signal: AbortSignal): Promise<void> {
    try {
      let answer: MsspAnswer;
      try {
        answer = await this.client.sign(transId, login.phone, login.message, signal);
      } catch (error) {
        return await this.startFailed(login, error);
      }
      await this.accept(login, answer);
    } catch (error) {
      // Nothing may escape a request nobody awaits; the login must still end.
      login.log.error({ event: 'unexpected_error', err: errorWithoutText(error) }, 'the Mobile ID start failed unexpectedly');
      await login.fail(GENERIC_PROVIDER_ERROR).catch(() => undefined);
    }
  }

  private async accept(login: LoginHandle, answer: MsspAnswer): Promise<void> {
    const verdict = judge(login, answer);
    if (verdict.kind !== 'accepted') {
      if (verdict.kind === 'canceled' || verdict.kind === 'misconfigured' || verdict.kind === 'unknown') return endFor(login, codeOf(answer), verdict);
      login.log.error({ event: 'mssp_start_refused', status: codeOf(answer) }, 'the MSSP did not accept the signature request');
      await login.fail(MSSP_UNREACHABLE);
      return;
    }
    const transId = answer.kind === 'status' ? answer.msspTransId : undefined;
    if (transId === undefined || !TRANS_ID.test(transId)) {
      login.log.error({ event: 'mssp_no_transaction_id' }, 'the MSSP accepted without a usable MSSP_TransID');
      await login.fail(GENERIC_PROVIDER_ERROR);
      return;
    }
    // False when the client canceled meanwhile: the phone may still ask, but nobody waits for it.
    if (!(await login.processing())) return;
    const firstAt = this.options.now() + this.options.firstQueryDelayMs;
    const saved = await login.update((current) => {
      const state = readState(current.providerData);
      return state && { providerData: { ...state, phase: 'waiting', msspTransId: transId, nextAt: firstAt } };
    });
    if (saved) this.watch(login, this.options.firstQueryDelayMs);
  }

  private async startFailed(login: LoginHandle, error: unknown): Promise<void> {
    if (error instanceof TransportError && error.kind === 'aborted') {
      login.log.warn({ event: 'mssp_start_aborted' }, 'the signature request was dropped (cancel or shutdown)');
    } else if (error instanceof TransportError) {
      login.log.error({ event: 'mssp_start_failed', kind: error.kind, errorCode: error.code }, 'the MSSP could not be reached to start the login');
    } else if (error instanceof BadAnswer) {
      login.log.error({ event: 'mssp_bad_answer', why: error.why, httpStatus: error.httpStatus }, 'the MSSP answered the signature request with no usable answer');
    } else {
      throw error;
    }
    const reachable = error instanceof BadAnswer || error.kind === 'aborted';
    await login.fail(reachable ? GENERIC_PROVIDER_ERROR : MSSP_UNREACHABLE);
  }

  /** Moves a login on by itself on schedule, so it progresses even when nobody polls. */
  private watch(login: LoginHandle, ms: number): void {
    if (this.closed) return;
    this.unwatch(login.uuid);
    // Unref'd: a pending login must not keep a stopping process alive; another instance can finish it.
    const watch: Watch = { login, timer: backgroundTimeout(() => void this.tick(watch), ms) };
    this.watches.set(login.uuid, watch);
  }

  private async tick(watch: Watch): Promise<void> {
    const { login } = watch;
    let due: number | undefined;
    try {
      const record = await login.get();
      due = record ? await this.advance(login, record) : undefined;
    } catch (error) {
      login.log.error({ event: 'unexpected_error', err: errorWithoutText(error) }, 'a scheduled status check failed');
      due = this.options.queryIntervalMs;
    }
    // Released, closed or re-watched meanwhile: that decision stands.
    if (this.watches.get(login.uuid) !== watch) return;
    if (due === undefined) this.unwatch(login.uuid);
    else this.watch(login, due);
  }

  private unwatch(uuid: string): void {
    const watch = this.watches.get(uuid);
    if (watch) clearTimeout(watch.timer);
    this.watches.delete(uuid);
  }

  /** Runs `work` with an abort signal that `release(uuid)` and `close()` fire. */
  private async tracked<T>(uuid: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const set = this.inFlight.get(uuid) ?? new Set<AbortController>();
    this.inFlight.set(uuid, set.add(controller));
    try {
      return await work(controller.signal);
    } finally {
      set.delete(controller);
      if (set.size === 0 && this.inFlight.get(uuid) === set) this.inFlight.delete(uuid);
    }
  }
}
