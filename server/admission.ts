import { RateLimitedError } from './errors.js';
import { bookingId, type LimitStore } from './limits/limit-store.js';
import type { Challenge } from './types.js';

/** How many logins may be under way, and how fast they may start, before a start is refused (429). */
export interface AdmissionSettings {
  /** Starts one client may make per `clientWindowMs`. */
  startsPerClient: number;
  /** The client window, in milliseconds. */
  clientWindowMs: number;
  /** Logins one client may have pending at once. */
  pendingPerClient: number;
  /** SMS logins one number may have pending at once. */
  pendingPerNumber: number;
  /** Mobile ID logins one number may have pending at once: one, so a stranger cannot make a phone ring again and again. */
  pendingMobileIdPerNumber: number;
  /** Mobile ID prompts one number may get per `numberWindowMs` (SMS codes have their own per-number limits). */
  promptsPerNumber: number;
  /** Mobile ID prompts one client may send one number per `numberWindowMs`, so spending a number's budget takes several clients. */
  promptsPerNumberPerClient: number;
  /** Milliseconds between two Mobile ID prompts to one number (0: none). */
  promptCooldownMs: number;
  /** The number window, in milliseconds. */
  numberWindowMs: number;
  /** SMS sends per hour over all numbers (toll-fraud ceiling). */
  smsPerHour: number;
  /** SMS sends per hour to one country. */
  smsPerCountryPerHour: number;
  /** Longest a login stays pending: its slots are given back at the latest then, should nobody end it. */
  pendingMs: number;
}

/** The defaults of the bin. */
export const DEFAULT_ADMISSION: AdmissionSettings = {
  startsPerClient: 30,
  clientWindowMs: 10 * 60_000,
  pendingPerClient: 10,
  pendingPerNumber: 3,
  pendingMobileIdPerNumber: 1,
  promptsPerNumber: 20,
  promptsPerNumberPerClient: 3,
  promptCooldownMs: 15_000,
  numberWindowMs: 24 * 3_600_000,
  smsPerHour: 1000,
  smsPerCountryPerHour: 200,
  pendingMs: 35 * 60_000,
};

/** What a start asks for. */
export interface StartFacts {
  /** The number's keyed hash. */
  phoneKey: string;
  /** Where the number's SMS budget is kept: its country (ISO 3166 alpha-2), or `+<calling code>` for numbers of no country. */
  country?: string;
  /** The challenge the login will get. */
  challenge: Challenge;
  /** The client's keyed address, or undefined when not known (then no per-client limit applies). */
  clientKey?: string;
}

/** What an admitted start holds: its pending slots (given back when it ends) and its SMS budget (given back if nothing is sent). */
export interface Ticket {
  /** The booking's name in every window. */
  readonly member: string;
  /** Windows holding a pending slot. */
  readonly slots: readonly string[];
  /** Windows holding an SMS send. */
  readonly sends: readonly string[];
}

const HOUR = 3_600_000;

/**
 * Admission of new logins, so no flood can crowd real users out: per client a start rate and a
 * cap on pending logins; per number a cap on pending logins (one for Mobile ID: a stranger cannot
 * make a phone ring again and again) and a Mobile ID prompt budget; for SMS a global and a
 * per-country send budget against SMS pumping. Everything is booked in a LimitStore (shared in
 * Redis), each step atomic; a refused start gives back what it booked.
 */
export class Admission {
  constructor(
    private readonly settings: AdmissionSettings,
    private readonly store: LimitStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Books a start, or throws a 429 saying how long to wait; nothing stays booked on refusal. */
  async admit(facts: StartFacts): Promise<Ticket> {
    const s = this.settings;
    const now = this.now();
    const member = bookingId(now);
    const booked: string[] = [];
    const book = async (key: string, limit: number, windowMs: number, code?: string) => {
      const wait = await this.store.book(key, member, limit, windowMs, now);
      if (wait > 0) {
        await this.giveBack(member, booked);
        throw new RateLimitedError(wait / 1000, code);
      }
      booked.push(key);
    };
    if (facts.clientKey !== undefined) {
      await book(`starts:client:${facts.clientKey}`, s.startsPerClient, s.clientWindowMs);
      await book(`pending:client:${facts.clientKey}`, s.pendingPerClient, s.pendingMs);
    }
    const message = facts.challenge === 'message';
    await book(`pending:number:${facts.phoneKey}`, message ? s.pendingMobileIdPerNumber : s.pendingPerNumber, s.pendingMs);
    if (message) {
      if (s.promptCooldownMs > 0) await book(`prompt-cool:number:${facts.phoneKey}`, 1, s.promptCooldownMs);
      if (facts.clientKey !== undefined) await book(`prompts:number:${facts.phoneKey}:${facts.clientKey}`, s.promptsPerNumberPerClient, s.numberWindowMs);
      await book(`prompts:number:${facts.phoneKey}`, s.promptsPerNumber, s.numberWindowMs);
    }
    const sends: string[] = [];
    if (!message) {
      await book('sms:all', s.smsPerHour, HOUR, 'sms_budget');
      sends.push('sms:all');
      if (facts.country) {
        await book(`sms:country:${facts.country}`, s.smsPerCountryPerHour, HOUR, 'sms_budget');
        sends.push(`sms:country:${facts.country}`);
      }
    }
    const slots = booked.filter((key) => key.startsWith('pending:'));
    return { member, slots, sends };
  }

  /** The login ended: its pending slots are free again (the start rate and sends stay counted). */
  async release(ticket: Ticket): Promise<void> {
    await this.giveBack(ticket.member, ticket.slots);
  }

  /** The start was refused after admission (nothing was sent): everything it booked is given back. */
  async refund(ticket: Ticket): Promise<void> {
    await this.giveBack(ticket.member, [...ticket.slots, ...ticket.sends]);
  }

  private async giveBack(member: string, keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.store.unbook(key, member)));
  }
}
