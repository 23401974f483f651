import { parseSaved, type SavedLogin } from '../flow/saved-login.js';

/**
 * Which widget of this page holds each entry. Two widgets with one endpoint (a header's and a
 * dialog's) share an entry: only its holder writes, takes up or forgets it, so after a reload one
 * widget, not both, polls the login and fires its success. (A duplicated tab copies sessionStorage
 * and so the entry: both tabs then poll one login, which the server answers once with the token.)
 */
const holders = new Map<string, object>();

/**
 * One endpoint's saved login in this tab's `sessionStorage`. Storage may be missing or throw on
 * every access (privacy modes, sandboxed frames, a full quota): then nothing is kept and the
 * widget works as if resuming were off.
 */
export class LoginStorage {
  private constructor(private readonly key: string) {}

  /** The entry of the login against `endpoint` (made absolute, so two spellings share it). */
  static for(endpoint: string): LoginStorage {
    let url = endpoint;
    try {
      url = new URL(endpoint, document.baseURI).href;
    } catch {
      // An endpoint that is no URL still gets its own entry, as written.
    }
    return new LoginStorage(`phone-login:${url}`);
  }

  /** Makes `holder` the widget of this entry unless another widget holds it; true when `holder` does. */
  claim(holder: object): boolean {
    const current = holders.get(this.key);
    if (current !== undefined && current !== holder) return false;
    holders.set(this.key, holder);
    return true;
  }

  /** Whether `holder` holds this entry. */
  private heldBy(holder: object): boolean {
    return holders.get(this.key) === holder;
  }

  /** Forgets the saved login and lets go of the entry, if `holder` holds it. */
  release(holder: object): void {
    if (!this.heldBy(holder)) return;
    holders.delete(this.key);
    this.remove();
  }

  /** The saved login, or undefined when there is none (or none readable). */
  read(): SavedLogin | undefined {
    try {
      return parseSaved(sessionStorage.getItem(this.key));
    } catch {
      return undefined;
    }
  }

  /** Saves `login` in place of any earlier one. */
  write(login: SavedLogin): void {
    try {
      sessionStorage.setItem(this.key, JSON.stringify(login));
    } catch {
      // Not kept: a reload will show the phone form.
    }
  }

  /** Forgets the saved login. */
  remove(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Nothing could have been saved either.
    }
  }
}
