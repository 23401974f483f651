import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ProtocolError, RateLimitedError } from '../errors.js';
import type { SmsSender } from '../sms/sender.js';
import { SmsTemplates } from '../sms/templates.js';
import { isWholePositive, NumberLimits, type NumberLimiter } from '../limits/number-limits.js';
import { backgroundTimeout } from '../timers.js';
import { FINAL_STATES, type AuthResultExtensions, type ChallengeProvider, type LoginHandle, type LoginRecord } from '../types.js';

/** Characters a code is made of. */
export type PinType = 'numeric' | 'alpha' | 'alphanumeric';

/** What the SMS text is made from. */
export interface OtpTextParts {
  /** The code, e.g. `"048213"`. */
  code: string;
  /** Whole minutes the code lives. */
  minutes: number;
  /** The language the client asked for (start's `locale`), if any. */
  locale?: string;
}

/** Settings of the local OTP provider. */
export interface LocalOtpOptions {
  /** Who delivers the SMS (the demo's SimulatedInbox, or a real gateway). */
  sender: SmsSender;
  /** Key for hashing codes, 32+ bytes (default: random per process, so codes die with it). */
  secret?: string | Uint8Array;
  /** Where the per-number limits live (default: this process's memory, with the settings below). */
  limits?: NumberLimiter;
  /** Characters in a code, 4–10 (default 6). */
  length?: number;
  /** `numeric` (default), `alpha` (A–Z) or `alphanumeric` (A–Z, 0–9). */
  type?: PinType;
  /** Seconds a code lives (default 300). */
  ttlSeconds?: number;
  /** Wrong codes allowed per login before it is Canceled with `too_many_attempts` (default 3). */
  maxAttempts?: number;
  /** Seconds before the same number may get another code (default 30); earlier starts get 429. */
  resendCooldownSeconds?: number;
  /** Codes one number may get per `numberWindowSeconds` (default 10), however many logins ask. */
  maxCodesPerNumber?: number;
  /** Wrong codes one number may have typed per `numberWindowSeconds`, over all its logins (default 10). */
  maxWrongPerNumber?: number;
  /** The window of the per-number limits, in seconds (default 86400: a day). */
  numberWindowSeconds?: number;
  /** The SMS texts by language, with the site's name (default: the built-in texts, opened by `appName`). */
  templates?: SmsTemplates;
  /** The name that opens the SMS when no `templates` are given (default "Example Service"). */
  appName?: string;
  /** The site's host for the WebOTP line `@host #code`, so browsers can offer the code (default: no such line). */
  webOtpHost?: string;
  /** Writes the SMS text (the WebOTP line is appended after it); default `templates`, in the login's language. */
  text?: (parts: OtpTextParts) => string;
  /** Clock in epoch milliseconds (tests inject one). */
  now?: () => number;
}

/** `details` of a login whose code ran out of time. */
export const EXPIRED_DETAILS = 'The code expired.';
/** `details` of a login whose attempts (its own, or its number's for the day) ran out. */
export const TOO_MANY_ATTEMPTS_DETAILS = 'Too many wrong codes.';

/** Kept in the login record; never sent to clients. */
interface PinData {
  /** HMAC of uuid and code; null once the code is used up (right, or out of attempts). */
  readonly hash: string | null;
  /** Epoch ms at which the code stops working. */
  readonly expiresAt: number;
  /** Wrong codes still allowed. */
  readonly attemptsLeft: number;
}

interface Session {
  login: LoginHandle;
  timer: ReturnType<typeof setTimeout>;
}

const ALPHABETS: Record<PinType, string> = {
  numeric: '0123456789',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  alphanumeric: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
};

/**
 * One-time codes by SMS, generated and checked here (PROTOCOL.md's `pin` challenge). Codes come
 * from a CSPRNG, are stored only as an HMAC, compared in constant time, live `ttlSeconds`, allow
 * `maxAttempts` wrong tries, and one number gets at most one code per `resendCooldownSeconds`.
 * Per number and window it also caps the codes sent and the wrong codes typed, over all logins.
 * The limits live in this process: run one process, or give each its own share of numbers.
 */
export class LocalOtpProvider implements ChallengeProvider {
  /** The user types the code from the SMS. */
  readonly challenge = 'pin' as const;
  /** Characters in a code. */
  readonly length: number;
  /** Characters a code is made of. */
  readonly type: PinType;
  private readonly sender: SmsSender;
  private readonly secret: Uint8Array;
  private readonly ttlMs: number;
  private readonly maxAttempts: number;
  private readonly limits: NumberLimiter;
  private readonly text: (parts: OtpTextParts) => string;
  private readonly webOtpHost?: string;
  private readonly now: () => number;
  private readonly sessions = new Map<string, Session>();

  constructor(options: LocalOtpOptions) {
    const length = options.length ?? 6;
    if (!Number.isInteger(length) || length < 4 || length > 10) throw new RangeError('length must be a whole number from 4 to 10');
    const secret = options.secret ?? randomBytes(32);
    this.secret = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
    if (this.secret.byteLength < 32) throw new RangeError('secret must be at least 32 bytes');
    this.length = length;
    this.type = options.type ?? 'numeric';
    if (!(this.type in ALPHABETS)) throw new RangeError('type must be numeric, alpha or alphanumeric');
    this.sender = options.sender;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.ttlMs = (options.ttlSeconds ?? 300) * 1000;
    if (!isWholePositive(this.maxAttempts)) throw new RangeError('maxAttempts must be a whole number from 1');
    if (!(this.ttlMs > 0)) throw new RangeError('ttlSeconds must be more than 0');
    this.limits = options.limits ?? new NumberLimits({
      cooldownMs: (options.resendCooldownSeconds ?? 30) * 1000,
      maxCodes: options.maxCodesPerNumber ?? 10,
      maxWrong: options.maxWrongPerNumber ?? 10,
      windowMs: (options.numberWindowSeconds ?? 86_400) * 1000,
    });
    const templates = options.templates ?? new SmsTemplates(options.appName ?? 'Example Service');
    this.text = options.text ?? ((parts) => templates.text(parts));
    this.webOtpHost = options.webOtpHost;
    this.now = options.now ?? Date.now;
  }

  /** Nothing to show before the code arrives: the code itself only ever travels by SMS. */
  message(): string {
    return '';
  }

  /**
   * Sends a new code, unless this number got one less than the cooldown ago, or used up its codes
   * or wrong codes for the window (429 with the wait). Older pending logins for the number keep
   * working: a stranger starting a login for it must not end the owner's. A failed send still
   * counts, since a gateway that timed out may have delivered.
   */
  async start(login: LoginHandle): Promise<void> {
    const now = this.now();
    const wait = await this.limits.claimCode(login.phoneKey, now, login.client);
    if (wait > 0) {
      login.log.warn({ event: 'code_refused', wait_s: Math.ceil(wait / 1000) }, 'a new code for this number is held back');
      throw new RateLimitedError(wait / 1000);
    }
    const code = this.newCode();
    const data: PinData = { hash: this.codeHash(login.uuid, code), expiresAt: now + this.ttlMs, attemptsLeft: this.maxAttempts };
    await login.setProviderData(data);
    await this.sender.send({ to: login.phone, body: this.smsText(code, login.locale) });
    if (!(await login.processing())) return;
    // A store that is away when the code expires must not take the process down: the next poll ends it.
    this.sessions.set(login.uuid, { login, timer: backgroundTimeout(() => void this.expire(login.uuid).catch(() => undefined), this.ttlMs) });
  }

  /**
   * Checks `{"pin": "…"}` on result/: OK when right. A wrong code is part of a normal login, not a
   * bad request: the login stays pending with one attempt fewer (the handler answers 200 with
   * `attempts_left`, as Twilio Verify does), and the last wrong try ends it (`too_many_attempts`).
   * Expired codes end as `expired`. Only a malformed code (wrong length or characters) is a 400.
   */
  async respond(login: LoginHandle, body: Readonly<Record<string, unknown>>): Promise<void> {
    if (body.pin === undefined || login.challenge !== 'pin') return;
    const record = await login.get();
    const data = record?.providerData as PinData | undefined;
    if (!record || !data || FINAL_STATES.has(record.state)) return;
    const now = this.now();
    if (now >= data.expiresAt) return this.expire(login.uuid, login);
    const { phoneKey } = login;
    const pin = typeof body.pin === 'string' ? body.pin.replace(/\s+/g, '').toUpperCase() : '';
    if (!this.wellFormed(pin)) {
      // Cannot be right, so it costs no attempt; the user just hears what a code looks like.
      const left = Math.min(data.attemptsLeft, await this.limits.wrongLeft(phoneKey, now));
      throw new ProtocolError(400, { pin: [`Enter the ${this.length}-character code.`], attempts_left: left });
    }
    // The guess is booked against the number's budget before it is judged, so racing guesses (on
    // any instance) can never spend more than the budget; a right code gets its booking back.
    const booking = await this.limits.takeGuess(phoneKey, now, login.client);
    const booked = booking !== undefined;
    const budgetLeft = booked ? await this.limits.wrongLeft(phoneKey, now) : 0;
    let decided: { outcome: 'right' | 'wrong'; providerData: PinData } | undefined;
    // One atomic step: two guesses arriving together each cost an attempt, and a right code works once.
    const after = await login.update((current) => {
      decided = undefined;
      const latest = current.providerData as PinData | undefined;
      if (!latest?.hash || latest.attemptsLeft <= 0) return undefined;
      const spent: PinData = { ...latest, attemptsLeft: 0, hash: null };
      const usedUp = { providerData: spent, state: 'Canceled', details: TOO_MANY_ATTEMPTS_DETAILS, reason: 'too_many_attempts' } as const;
      // Once the number's wrong codes for the window are spent, no login of it may guess again: not
      // even the right code is judged.
      if (!booked) {
        decided = { outcome: 'wrong', providerData: spent };
        return usedUp;
      }
      if (this.matches(current.uuid, pin, latest.hash)) {
        decided = { outcome: 'right', providerData: { ...latest, hash: null } };
        return { providerData: decided.providerData, state: 'Processing' };
      }
      const left = Math.min(latest.attemptsLeft - 1, budgetLeft);
      decided = { outcome: 'wrong', providerData: left > 0 ? { ...latest, attemptsLeft: latest.attemptsLeft - 1 } : spent };
      return left > 0 ? { providerData: decided.providerData } : usedUp;
    });
    // A shared store may rerun the step after a lost race, and skip it when the login ended
    // meanwhile: only a decision that is in the saved record counts (the store keeps the object).
    const outcome = decided !== undefined && after?.providerData === decided.providerData ? decided.outcome : 'none';
    if (booking !== undefined && outcome !== 'wrong') await this.limits.refundGuess(phoneKey, booking, login.client);
    if (outcome === 'right') {
      // Forgotten only once it is OK (or Erred): until then the expiry timer still guards the login.
      await login.succeed().finally(() => this.end(login.uuid));
    } else if (outcome === 'wrong') {
      const ended = !after || FINAL_STATES.has(after.state);
      login.log.warn({ event: ended ? 'lockout' : 'wrong_code' }, ended ? 'the last wrong code ended the login' : 'a wrong code');
      if (ended) this.end(login.uuid);
    }
  }

  /** The code's shape always; its time left, attempts left and resend cooldown while pending. */
  async describe(record: LoginRecord, now: number): Promise<AuthResultExtensions> {
    if (record.challenge !== 'pin') return {};
    const shape = { pin_length: this.length, pin_type: this.type };
    const data = record.providerData as PinData | undefined;
    if (!data || FINAL_STATES.has(record.state)) return shape;
    const { phoneKey } = record;
    return {
      ...shape,
      // Rounded towards safety: the widget never shows more time than the code has.
      expires_in: Math.max(0, Math.floor((data.expiresAt - now) / 1000)),
      // The number's limits, not just this login's: another login of it may have used some up.
      attempts_left: Math.min(data.attemptsLeft, await this.limits.wrongLeft(phoneKey, now)),
      resend_in: Math.ceil((await this.limits.waitMs(phoneKey, now)) / 1000),
    };
  }

  /**
   * Ends an expired code's login on any instance that sees it polled, so expiry does not hang on
   * the one timer of the instance that sent the code; says when to look again.
   */
  async advance(login: LoginHandle, record: LoginRecord): Promise<number | undefined> {
    const data = record.providerData as PinData | undefined;
    if (!data || record.challenge !== 'pin') return undefined;
    const left = data.expiresAt - this.now();
    if (left > 0) return left;
    await this.expire(login.uuid, login);
    return undefined;
  }

  /** Forgets a login ended elsewhere (client cancel). */
  release(uuid: string): void {
    this.end(uuid);
  }

  /** Stops every timer. Codes already sent stay checkable until they expire. */
  close(): void {
    for (const session of this.sessions.values()) clearTimeout(session.timer);
  }

  private async expire(uuid: string, login = this.sessions.get(uuid)?.login): Promise<void> {
    this.end(uuid);
    await login?.cancel(EXPIRED_DETAILS, 'expired');
  }

  private end(uuid: string): Session | undefined {
    const session = this.sessions.get(uuid);
    if (!session) return undefined;
    clearTimeout(session.timer);
    this.sessions.delete(uuid);
    return session;
  }

  private smsText(code: string, locale?: string): string {
    const minutes = Math.max(1, Math.round(this.ttlMs / 60_000));
    const text = this.text({ code, minutes, ...(locale === undefined ? {} : { locale }) });
    // WebOTP wants the origin-bound line last, on its own line.
    return this.webOtpHost ? `${text}\n\n@${this.webOtpHost} #${code}` : text;
  }

  private newCode(): string {
    const alphabet = ALPHABETS[this.type];
    // randomInt is uniform over the range: no modulo bias towards early characters.
    return Array.from({ length: this.length }, () => alphabet[randomInt(alphabet.length)]).join('');
  }

  private wellFormed(pin: string): boolean {
    if (pin.length !== this.length) return false;
    const alphabet = ALPHABETS[this.type];
    return [...pin].every((char) => alphabet.includes(char));
  }

  private codeHash(uuid: string, code: string): string {
    return this.mac(`code\0${uuid}\0${code}`);
  }

  private matches(uuid: string, pin: string, hash: string): boolean {
    // Both sides are fixed-length HMACs, so timingSafeEqual never sees unequal lengths.
    return timingSafeEqual(Buffer.from(this.codeHash(uuid, pin), 'hex'), Buffer.from(hash, 'hex'));
  }

  private mac(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('hex');
  }
}
