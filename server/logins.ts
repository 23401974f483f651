import { randomUUID } from 'node:crypto';
import { ProtocolError, ProviderError } from './errors.js';
import type { Ticket } from './admission.js';
import { loginLabel, type Logger } from './log.js';
import {
  FINAL_STATES,
  type AuthState,
  type ChallengeProvider,
  type LoginHandle,
  type LoginPatch,
  type LoginRecord,
  type LoginStore,
  type Reason,
  type StartRequest,
  type TokenIssuer,
} from './types.js';

/** Waldur's text when the signer is not a known user. */
export const NOT_REGISTERED_DETAILS = 'User is not registered.';
/** The text a client cancel leaves in `details`. */
export const CLIENT_CANCEL_DETAILS = 'Canceled by the client.';
/** The `error_message` of a provider failure whose text is not known to be safe to show. */
export const GENERIC_PROVIDER_ERROR = 'The login provider failed.';

/** Waldur keeps `details` in a 255-character column. */
const MAX_DETAILS = 255;

/** What the lifecycle needs. */
export interface LoginsOptions {
  /** Where records live. */
  store: LoginStore;
  /** Who talks to the user. */
  provider: ChallengeProvider;
  /** Who makes the token on OK. */
  tokens: TokenIssuer;
  /** Clock in epoch milliseconds. */
  now: () => number;
  /** Receives unexpected errors (never with request data). */
  onError: (error: unknown) => void;
  /** The server's logger. */
  log: Logger;
  /** The keyed hash of a number. */
  phoneKey: (e164: string) => string;
  /** Keep no number in the record, the token or any answer (authentik's verify-only). */
  verifyOnly: boolean;
  /** Maps a proven identity to the host's user id; undefined means no such user. Absent: the identity is the subject. */
  resolveUser?: ResolveUser;
  /** Told when a login reaches a final state (on whichever instance moved it), e.g. to free its admission slots. */
  onFinal?: (record: LoginRecord) => Promise<void>;
}

/** The host's hook from a proven identity (Mobile ID's serial, or the number) to its own user id. */
export type ResolveUser = (identity: string, login: { challenge: LoginRecord['challenge'] }) => string | undefined | Promise<string | undefined>;

/** The login lifecycle: creation, Waldur's state machine, and the handles given to providers. */
export class Logins {
  constructor(private readonly options: LoginsOptions) {}

  /** Creates a Scheduled login and lets the provider begin; provider failures leave it Erred. */
  async start(request: StartRequest, ticket?: Ticket, client?: string): Promise<LoginRecord> {
    const { store, provider, now, verifyOnly } = this.options;
    const phoneKey = this.options.phoneKey(request.phone);
    const record = await store.create({
      uuid: randomUUID().replaceAll('-', ''),
      // In verify-only mode the number lives only in this call's memory, for the provider's start.
      phone: verifyOnly ? '' : request.phone,
      phoneKey,
      message: provider.message(request),
      challenge: provider.challenge,
      state: 'Scheduled',
      token: null,
      errorMessage: '',
      details: '',
      ...(request.locale === undefined ? {} : { locale: request.locale }),
      ...(ticket === undefined ? {} : { ticket }),
      createdAt: now(),
    });
    const login = this.handle(record, { phone: request.phone, ...(client === undefined ? {} : { client }) });
    try {
      await provider.start(login);
    } catch (error) {
      // A deliberate refusal (e.g. 429 during a resend cooldown): the login never existed.
      if (error instanceof ProtocolError) {
        await store.delete(record.uuid);
        throw error;
      }
      // Like Waldur's failed AuthTask: the login is Erred, the client gets a normal answer.
      if (!(error instanceof ProviderError)) this.options.onError(error);
      else login.log.warn({ event: 'provider_error' }, 'the provider could not start the login');
      await login.fail(error instanceof ProviderError ? error.message : GENERIC_PROVIDER_ERROR);
    }
    return (await store.get(record.uuid)) ?? record;
  }

  /** The client's cancel: a pending login becomes Canceled; a final one is returned unchanged. */
  async cancel(uuid: string): Promise<LoginRecord | undefined> {
    let changed = false;
    const record = await this.options.store.update(uuid, (current) => {
      changed = false;
      if (FINAL_STATES.has(current.state)) return undefined;
      changed = true;
      return { state: 'Canceled', details: CLIENT_CANCEL_DETAILS, reason: 'user_cancel' };
    });
    if (changed) {
      try {
        await this.options.provider.release?.(uuid, record);
      } catch (error) {
        this.options.onError(error);
      }
      if (record) await this.ended(record);
    }
    return record;
  }

  /** Tells `onFinal` of a login that just ended; its failure never undoes the ending. */
  private async ended(record: LoginRecord): Promise<void> {
    try {
      await this.options.onFinal?.(record);
    } catch (error) {
      this.options.onError(error);
    }
  }

  /**
   * A handle bound to one login, for the provider; `phone` is the number when it is known in
   * memory (at the start), `client` the keyed address of the client making the request at hand.
   */
  handle(record: LoginRecord, request: { phone?: string; client?: string } = {}): LoginHandle {
    const phone = request.phone ?? record.phone;
    const { store, tokens, onError, resolveUser, verifyOnly, now } = this.options;
    const { uuid, phoneKey, message, locale, challenge } = record;
    const log = this.options.log.child({ login: loginLabel(uuid) });
    /** Applies `change` to a pending login; ending it stamps `finishedAt` and frees what it booked. */
    const update: LoginHandle['update'] = async (change) => {
      let ending = false;
      const after = await store.update(uuid, (current) => {
        // A shared store may run this more than once (a lost race is retried): decide afresh each time.
        ending = false;
        if (FINAL_STATES.has(current.state)) return undefined;
        const patch = change(current);
        if (!patch?.state || !FINAL_STATES.has(patch.state)) return patch;
        ending = true;
        return { ...patch, finishedAt: now() };
      });
      // A provider may end its login in the same step as its own bookkeeping (the last wrong code).
      if (ending && after) await this.ended(after);
      return after;
    };
    /** Moves a login in one of the pending states `from` on with `patch`; whether it was in one. */
    const move = async (from: readonly AuthState[], patch: LoginPatch): Promise<boolean> => {
      let changed = false;
      await update((current) => ((changed = from.includes(current.state)) ? patch : undefined));
      return changed;
    };
    const erred = async (error: unknown) => {
      onError(error);
      await move(['Processing'], { state: 'Erred', errorMessage: GENERIC_PROVIDER_ERROR, reason: 'provider_error' });
      return false;
    };
    return {
      uuid,
      phone,
      phoneKey,
      ...(request.client === undefined ? {} : { client: request.client }),
      message,
      challenge,
      log,
      ...(locale === undefined ? {} : { locale }),
      get: () => store.get(uuid),
      update,
      processing: () => move(['Scheduled'], { state: 'Processing' }),
      async succeed(identity?: string) {
        const current = await store.get(uuid);
        if (current?.state !== 'Processing') return false;
        // Without a provider's identity the number is who logged in; in verify-only mode, its keyed hash.
        const proven = identity ?? (current.phone || current.phoneKey);
        let subject: string | undefined;
        try {
          subject = resolveUser ? await resolveUser(proven, { challenge }) : proven;
        } catch (error) {
          return erred(error);
        }
        if (subject === undefined) {
          log.warn({ event: 'not_registered' }, 'the proven identity is not a user of this site');
          return move(['Processing'], { state: 'Canceled', details: NOT_REGISTERED_DETAILS, reason: 'not_registered' });
        }
        let token: string;
        try {
          const number = verifyOnly ? undefined : current.phone || undefined;
          token = await tokens.issue({ uuid, subject, ...(number === undefined ? {} : { phone: number }) });
        } catch (error) {
          // A login left Processing would wait for a token that never comes: it fails, like a provider error.
          return erred(error);
        }
        // Re-checked by `move`: a cancel may have landed while the token was being made.
        const done = await move(['Processing'], { state: 'OK', token, subject });
        if (done) log.info({ event: 'login_ok', challenge }, 'login succeeded');
        return done;
      },
      cancel: (details: string, reason: Reason) =>
        move(['Scheduled', 'Processing'], { state: 'Canceled', details: details.slice(0, MAX_DETAILS) || 'Canceled.', reason }),
      fail: (errorMessage: string, reason: Reason = 'provider_error') =>
        move(['Scheduled', 'Processing'], { state: 'Erred', errorMessage: errorMessage || GENERIC_PROVIDER_ERROR, reason }),
      async setProviderData(providerData: unknown) {
        return (await store.update(uuid, () => ({ providerData }))) !== undefined;
      },
      lease: (name, ttlMs) => store.claim(`lease:${name}:${uuid}`, ttlMs),
      unlease: (name) => store.unclaim(`lease:${name}:${uuid}`),
    };
  }
}
