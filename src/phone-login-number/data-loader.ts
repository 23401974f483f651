import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prepare, type CountryCode, type PhoneRules } from '../phone/phone.js';

/** What the field reads a number with: its text, its country, its rules. */
export type Reading = [text: string, country: CountryCode | undefined, rules: PhoneRules];

/**
 * Loads the phone data a field needs (the engine, one file per calling code) and tells the field
 * when it arrives. Nothing loads with the page: the first need is the focus (a prefetch of the
 * chosen country, so typing does not wait), a given value, a picked country or a typed "+code".
 */
export class PhoneDataLoader implements ReactiveController {
  /** The last load failed (offline, a file the host does not serve); the next need tries again. */
  failed = false;
  private readonly prefetch = () => void this.ready().catch(() => undefined);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly reading: () => Reading,
    private readonly arrived: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.prefetch);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.prefetch);
  }

  /** Starts loading what reading `text` (by default the field's) needs; true when it is all at hand. */
  request(text?: string): boolean {
    const loading = this.load(text);
    // Failures are told through `failed`; the field decides whether anyone is waiting for an answer.
    loading?.catch(() => undefined);
    return loading === undefined;
  }

  /**
   * Resolves once what the field's text needs has arrived and the field has caught up (also when
   * it was at hand already: another field may have loaded it since this one showed raw text).
   */
  ready(): Promise<void> {
    return this.load() ?? Promise.resolve().then(() => this.arrived());
  }

  private load(text?: string): Promise<void> | undefined {
    const [own, country, rules] = this.reading();
    const loading = prepare(text ?? own, country, rules);
    if (!loading) this.failed = false;
    return loading?.then(
      () => {
        this.failed = false;
        this.arrived();
      },
      (error: unknown) => {
        this.failed = true;
        this.arrived();
        throw error;
      },
    );
  }
}
