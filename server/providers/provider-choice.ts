import type { AuthResultExtensions, Challenge, ChallengeProvider, LoginHandle, LoginRecord, StartRequest } from '../types.js';

/**
 * Several providers behind one API, one of them used for new logins (switchable at run time, as
 * the demo's method switch does). Logins already under way stay with the provider that began them.
 */
export class ProviderChoice implements ChallengeProvider {
  private readonly providers: ReadonlyMap<Challenge, ChallengeProvider>;
  private chosen: Challenge;

  constructor(providers: readonly ChallengeProvider[], initial: Challenge = providers[0]!.challenge) {
    this.providers = new Map(providers.map((provider) => [provider.challenge, provider]));
    this.chosen = initial;
    this.for(initial);
  }

  /** The challenge new logins get. */
  get current(): Challenge {
    return this.chosen;
  }

  set current(challenge: Challenge) {
    this.for(challenge);
    this.chosen = challenge;
  }

  /** The challenges on offer. */
  get challenges(): Challenge[] {
    return [...this.providers.keys()];
  }

  /** The chosen provider's challenge. */
  get challenge(): Challenge {
    return this.chosen;
  }

  /** The chosen provider's message. */
  message(request: StartRequest): string {
    return this.for(this.chosen).message(request);
  }

  /** Begins the login with the provider of its challenge. */
  start(login: LoginHandle): Promise<void> {
    return this.for(login.challenge).start(login);
  }

  /** Passes an answer to the provider of the login's challenge. */
  async respond(login: LoginHandle, body: Readonly<Record<string, unknown>>): Promise<void> {
    await this.for(login.challenge).respond?.(login, body);
  }

  /** The extension fields from the provider of the record's challenge. */
  async describe(record: LoginRecord, now: number): Promise<AuthResultExtensions> {
    return (await this.providers.get(record.challenge)?.describe?.(record, now)) ?? {};
  }

  /** Tells the provider of the login's challenge (or every provider, when the record is not known). */
  async release(uuid: string, record?: LoginRecord): Promise<void> {
    const owners = record ? [this.providers.get(record.challenge)] : [...this.providers.values()];
    await Promise.all(owners.map((provider) => provider?.release?.(uuid, record)));
  }

  /** Lets the provider of the record's challenge do its due work. */
  async advance(login: LoginHandle, record: LoginRecord): Promise<number | undefined> {
    return this.providers.get(record.challenge)?.advance?.(login, record);
  }

  /** Whether every provider's upstream answers. */
  async ready(): Promise<boolean> {
    const answers = await Promise.all([...this.providers.values()].map((provider) => provider.ready?.() ?? true));
    return answers.every(Boolean);
  }

  private for(challenge: Challenge): ChallengeProvider {
    const provider = this.providers.get(challenge);
    if (!provider) throw new RangeError(`No provider for the ${challenge} challenge`);
    return provider;
  }
}
