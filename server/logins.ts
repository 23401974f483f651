import { randomUUID } from 'node:crypto';
import { ProtocolError, ProviderError } from './errors.js';
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
}

/** The login lifecycle: creation, Waldur's state machine, and the handles given to providers. */
export class Logins {
  constructor(private readonly options: LoginsOptions) {}

  /** Creates a Scheduled login and lets the provider begin; provider failures leave it Erred. */
  async start(request: StartRequest): Promise<LoginRecord> {
    const { store, provider, now } = this.options;
    const record = await store.create({
      uuid: randomUUID().replaceAll('-', ''),
      phone: request.phone,
      message: provider.message(request),
      challenge: provider.challenge,
      state: 'Scheduled',
      token: null,
      errorMessage: '',
      details: '',
      ...(request.locale === undefined ? {} : { locale: request.locale }),
      createdAt: now(),
    });
    const login = this.handle(record);
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
      await login.fail(error instanceof ProviderError ? error.message : GENERIC_PROVIDER_ERROR);
    }
    return (await store.get(record.uuid)) ?? record;
  }

  /** The client's cancel: a pending login becomes Canceled; a final one is returned unchanged. */
  async cancel(uuid: string): Promise<LoginRecord | undefined> {
    let changed = false;
    const record = await this.options.store.update(uuid, (current) => {
      if (FINAL_STATES.has(current.state)) return undefined;
      changed = true;
      return { state: 'Canceled', details: CLIENT_CANCEL_DETAILS, reason: 'user_cancel' };
    });
    if (changed) this.options.provider.release?.(uuid);
    return record;
  }

  /** A handle bound to one login, for the provider. */
  handle(record: LoginRecord): LoginHandle {
    const { store, tokens, onError } = this.options;
    const { uuid, phone, message, locale, challenge } = record;
    const move = async (from: readonly AuthState[], patch: LoginPatch): Promise<boolean> => {
      let changed = false;
      await store.update(uuid, (current) => {
        if (!from.includes(current.state)) return undefined;
        changed = true;
        return patch;
      });
      return changed;
    };
    return {
      uuid,
      phone,
      message,
      challenge,
      ...(locale === undefined ? {} : { locale }),
      get: () => store.get(uuid),
      update: (change) => store.update(uuid, (current) => (FINAL_STATES.has(current.state) ? undefined : change(current))),
      processing: () => move(['Scheduled'], { state: 'Processing' }),
      async succeed() {
        const current = await store.get(uuid);
        if (current?.state !== 'Processing') return false;
        let token: string;
        try {
          token = await tokens.issue({ uuid, phone });
        } catch (error) {
          // A login left Processing would wait for a token that never comes: it fails, like a provider error.
          onError(error);
          await move(['Processing'], { state: 'Erred', errorMessage: GENERIC_PROVIDER_ERROR, reason: 'provider_error' });
          return false;
        }
        // Re-checked by `move`: a cancel may have landed while the token was being made.
        return move(['Processing'], { state: 'OK', token });
      },
      cancel: (details: string, reason: Reason) =>
        move(['Scheduled', 'Processing'], { state: 'Canceled', details: details.slice(0, MAX_DETAILS) || 'Canceled.', reason }),
      fail: (errorMessage: string, reason: Reason = 'provider_error') =>
        move(['Scheduled', 'Processing'], { state: 'Erred', errorMessage: errorMessage || GENERIC_PROVIDER_ERROR, reason }),
      async setProviderData(providerData: unknown) {
        return (await store.update(uuid, () => ({ providerData }))) !== undefined;
      },
    };
  }
}
