import { parseSaved, type SavedLogin } from '../flow/saved-login.js';

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
