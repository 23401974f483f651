import { RateLimitedError } from '../../errors.js';
import { loginLabel } from '../../log.js';
import { FINAL_STATES, type AuthResultExtensions, type ChallengeProvider, type LoginHandle, type LoginRecord } from '../../types.js';
import { EXPIRED_DETAILS } from '../local-otp.js';
import { SmsCxApi } from './api.js';
import { BackgroundCancels } from './cancels.js';
import { attemptsLeft, checkCode, malformedPin } from './check.js';
import { smsCxData } from './data.js';
import { resolveOptions, type SmsCxContext, type SmsCxOptions } from './options.js';
import { startCode } from './start.js';

/** The lease that lets one check per login reach SMS.cx at a time, on any instance. */
const CHECK_LEASE = 'smscx-verify';
/** How long the lease outlives the request timeout, so a check never overlaps the next one. */
const LEASE_MARGIN_MS = 5_000;
const ALPHABETS = { numeric: /^[0-9]+$/, alpha: /^[A-Z]+$/, alphanumeric: /^[A-Z0-9]+$/ } as const;

/**
 * One-time codes made, sent and checked by SMS.cx (PROTOCOL.md's `pin` challenge): we never see
 * the code. A login keeps SMS.cx's otpId in its shared record, so any instance can check it. We
 * still hold each number to our own budget (cooldown, codes and wrong codes per window), since
 * every `POST /otp` is a billed SMS that anyone may ask for any number. SMS.cx's texts never reach
 * a client or a log: only its error codes do, and only in the log.
 */
export class SmsCxProvider implements ChallengeProvider {
  /** The user types the code from the SMS. */
  readonly challenge = 'pin' as const;
  private readonly context: SmsCxContext;

  constructor(options: SmsCxOptions) {
    const config = resolveOptions(options);
    const api = new SmsCxApi(config);
    this.context = { config, api, cancels: new BackgroundCancels(api) };
  }

  /** Nothing to show before the code arrives: the code only ever travels by SMS. */
  message(): string {
    return '';
  }

  /** Books a code for the number, then has SMS.cx send one (see `startCode` for every outcome). */
  start(login: LoginHandle): Promise<void> {
    return startCode(this.context, login);
  }

  /**
   * Checks `{"pin": "…"}` on result/ with SMS.cx, like LocalOtpProvider: OK when right; a wrong
   * code leaves the login pending with one attempt fewer (answered 200); the last one ends it
   * `too_many_attempts`. A malformed code is a 400 that never reaches SMS.cx. No outcome from
   * SMS.cx is a 503 that keeps the login, so the widget can simply send the code again.
   */
  async respond(login: LoginHandle, body: Readonly<Record<string, unknown>>): Promise<void> {
    if (body.pin === undefined || login.challenge !== 'pin') return;
    const record = await login.get();
    const data = record && !FINAL_STATES.has(record.state) ? smsCxData(record.providerData) : undefined;
    if (!data) return;
    const now = this.context.config.now();
    if (now >= data.expiresAt) {
      await login.cancel(EXPIRED_DETAILS, 'expired');
      return;
    }
    const pin = typeof body.pin === 'string' ? body.pin.replace(/\s+/g, '').toUpperCase() : '';
    // Cannot be right, so it costs neither an attempt nor a request.
    if (pin.length !== data.pinLength || !ALPHABETS[data.pinType].test(pin)) throw await malformedPin(this.context, data, login.phoneKey, now);
    // One check per login at a time: SMS.cx counts attempts too, and must never see more than we allow.
    if (!(await login.lease(CHECK_LEASE, this.context.config.timeoutMs + LEASE_MARGIN_MS))) throw new RateLimitedError(1);
    try {
      await checkCode(this.context, login, pin, now);
    } finally {
      await login.unlease(CHECK_LEASE);
    }
  }

  /** The code's shape always; its time left, attempts left and resend cooldown while pending. */
  async describe(record: LoginRecord, now: number): Promise<AuthResultExtensions> {
    if (record.challenge !== 'pin') return {};
    const { config } = this.context;
    const data = smsCxData(record.providerData);
    const shape = { pin_length: data?.pinLength ?? config.pinLength, pin_type: data?.pinType ?? config.pinType };
    if (!data || FINAL_STATES.has(record.state)) return shape;
    return {
      ...shape,
      // Rounded towards safety: the widget never shows more time than the code has.
      expires_in: Math.max(0, Math.floor((data.expiresAt - now) / 1000)),
      attempts_left: await attemptsLeft(this.context, data, record.phoneKey, now),
      resend_in: Math.ceil((await config.limits.waitMs(record.phoneKey, now)) / 1000),
    };
  }

  /** Ends a login whose code ran out of time (SMS.cx expires its copy itself); else asks for a turn at expiry. */
  async advance(login: LoginHandle, record: LoginRecord): Promise<number | undefined> {
    const data = smsCxData(record.providerData);
    if (!data || FINAL_STATES.has(record.state)) return undefined;
    const left = data.expiresAt - this.context.config.now();
    if (left > 0) return left;
    await login.cancel(EXPIRED_DETAILS, 'expired');
    return undefined;
  }

  /** A client cancel (abandoned, or a new code asked for): cancels the code at SMS.cx in the background. */
  release(uuid: string, record?: LoginRecord): void {
    const data = smsCxData(record?.providerData);
    if (data) this.context.cancels.cancel(data.otpId, this.context.config.log.child({ login: loginLabel(uuid) }));
  }

  /** Resolves once every background cancel has had its answer (tests, shutdown). */
  idle(): Promise<void> {
    return this.context.cancels.idle();
  }

  /** Waits for background cancels; nothing else runs in the background. */
  close(): Promise<void> {
    return this.idle();
  }
}
