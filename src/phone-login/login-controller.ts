import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
import { FetchLoginClient, type LoginClient } from '../api/client.js';
import { loginContext, termsContext, type LoginView } from '../context.js';
import { outcomeEvent } from '../events.js';
import { epochOffset, type Clock } from '../flow/clock.js';
import { LoginFlow } from '../flow/login-flow.js';
import type { FlowEvent, PhaseName, StartProblem } from '../flow/phases.js';
import { fromSaved, maskPhone, toSaved } from '../flow/saved-login.js';
import { effectiveLang } from '../i18n/lang.js';
import { LocaleController, settleLocaleOnServer } from '../i18n/locale-controller.js';
import { withTerms, type Terms } from '../i18n/terms.js';
import { formatInternational } from '../phone/phone.js';
import { prepareHydration } from '../form-control/form-control.js';
import { LoginStorage } from './login-storage.js';

/** What the controller reads from its element: the element's public properties. */
export interface LoginHost extends ReactiveControllerHost, HTMLElement {
  readonly endpoint: string;
  readonly accessToken: string;
  readonly client?: LoginClient;
  readonly clock: Clock;
  readonly timeLimit: number;
  readonly phone: string;
  readonly terms?: Partial<Terms>;
  readonly noResume: boolean;
  readonly hasUpdated: boolean;
}

/** The client of a server render, which asks nothing: the browser's element makes its own on hydration. */
const serverClient: LoginClient = {
  start: () => Promise.reject(new Error('phone-login: no login on the server')),
  result: () => Promise.reject(new Error('phone-login: no login on the server')),
  cancel: () => Promise.resolve(),
};

const onForm = (name: PhaseName) => name === 'enter-phone' || name === 'starting';

/**
 * The one seam between `<phone-login>` and its `LoginFlow`. It configures the flow from the
 * element's properties at each update, provides the view (state and texts) to the element and its
 * parts, turns the flow's outcomes into DOM events, pauses the flow while the element is off the
 * page, and keeps the login in `sessionStorage` so a reload finds the same step again.
 */
export class LoginController implements ReactiveController {
  /** The element's language, its terms and text direction. */
  readonly i18n: LocaleController;
  /** The number the phone form starts with: the `phone` property, then the last attempt's number. */
  prefill?: string;
  /** The server's complaint about the number that the user has since edited away. */
  dismissed?: StartProblem;

  private readonly flow: LoginFlow;
  private readonly viewProvider: ContextProvider<typeof loginContext>;
  private readonly termsProvider: ContextProvider<typeof termsContext>;
  private termSources: [Terms?, Partial<Terms>?] = [];
  private fetchClient?: { client: FetchLoginClient; endpoint: string; accessToken: string };
  /** The login's number masked, when the login was taken up after a reload and its number is unknown. */
  private maskedPhone = '';
  /** The saved-login entry and the endpoint it was made for. */
  private storageOf?: { endpoint: string; storage: LoginStorage };
  /** Set on connect: the next update looks for a saved login, once the properties are all in. */
  private lookForSaved = false;
  /** Set on connect when the first update hydrates a server-rendered tree, which must render the phone form it holds. */
  private hydrating = false;

  constructor(private readonly host: LoginHost) {
    host.addController(this);
    this.i18n = new LocaleController(host);
    this.flow = new LoginFlow({
      client: this.pickClient(),
      clock: host.clock,
      // Read at each start: the language at the moment of asking.
      locale: () => effectiveLang(host),
      listener: (event) => this.onFlow(event),
    });
    const view: LoginView = { state: this.flow.state, terms: this.i18n.terms };
    this.viewProvider = new ContextProvider(host, { context: loginContext, initialValue: view });
    this.termsProvider = new ContextProvider(host, { context: termsContext, initialValue: view.terms });
  }

  /** The state and texts to render. */
  get view(): LoginView {
    return this.viewProvider.value;
  }

  /** The login's number for display: formatted, or masked after a reload. */
  get displayPhone(): string {
    const { phone } = this.view.state;
    return phone ? formatInternational(phone) : this.maskedPhone;
  }

  hostConnected(): void {
    this.flow.resume();
    // Back on the page with its login: saved again. With none: the next update, once every
    // property is set, looks for one this tab saved before a reload.
    if (this.flow.resumable()) this.remember();
    else this.lookForSaved = true;
    // A tree server-rendered by @lit-labs/ssr holds the phone form, and hydration must render
    // exactly that first (another step throws a hydration mismatch): a saved login waits an update.
    this.hydrating = !this.host.hasUpdated && prepareHydration(this.host.shadowRoot);
    this.host.requestUpdate();
  }

  /** After the update that hydrated the server's tree, a saved login may be taken up. */
  hostUpdated(): void {
    if (!this.hydrating) return;
    this.hydrating = false;
    if (this.lookForSaved) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Every request and timer stops; a login under way resumes if the element comes back.
    this.flow.pause();
    // The paused login stays this element's: another widget must not take it up and poll beside
    // it. A reload never disconnects, so the saved login is still there for the reloaded page.
    if (!this.host.noResume) this.storage.release(this);
  }

  hostUpdate(): void {
    const { host } = this;
    this.flow.configure({
      client: this.pickClient(),
      clock: host.clock,
      policy: { timeLimit: host.timeLimit * 1000 },
    });
    this.resolveTerms();
    if (this.lookForSaved && !this.hydrating) this.takeUpSaved();
  }

  /** Starts a login for an E.164 number. */
  start(phone: string): void {
    this.flow.start(phone);
  }

  /** Sends the typed code. */
  verify(pin: string): void {
    this.flow.verify(pin);
  }

  /** Asks for a new code. */
  resend(): void {
    this.flow.resend();
  }

  /** Abandons the login under way. */
  cancel(): void {
    this.flow.cancel();
  }

  /** Tries again after a failure. */
  retry(): void {
    this.flow.retry();
  }

  /** Returns to the phone form after a finished or failed login. */
  reset(): void {
    this.flow.reset();
  }

  /** The user edited the number: a server complaint about the old one no longer shows at the field. */
  edited(): void {
    const { phase } = this.view.state;
    if (phase.name === 'enter-phone' && (phase.problem?.kind === 'invalid' || phase.problem?.kind === 'refused')) {
      this.dismissed = phase.problem;
      this.host.requestUpdate();
    }
  }

  /** The client for the next request: the host's own, else fetch against `endpoint`, new only when a setting changed. */
  private pickClient(): LoginClient {
    const { client, endpoint, accessToken } = this.host;
    if (client) return client;
    // A server render never logs in, and a relative endpoint has no page to resolve against there.
    if (isServer) return serverClient;
    const current = this.fetchClient;
    if (current?.endpoint === endpoint && current.accessToken === accessToken) return current.client;
    const fresh = new FetchLoginClient(endpoint, { accessToken: () => accessToken });
    this.fetchClient = { client: fresh, endpoint, accessToken };
    return fresh;
  }

  /** Rebuilds the terms only when the language's or the overrides changed, so the context stays the same object. */
  private resolveTerms(): void {
    const [base, overrides] = this.termSources;
    if (base === this.i18n.terms && overrides === this.host.terms) return;
    this.termSources = [this.i18n.terms, this.host.terms];
    const terms = withTerms(this.i18n.terms, this.host.terms);
    this.termsProvider.setValue(terms);
    this.viewProvider.setValue({ ...this.view, terms });
  }

  private onFlow(event: FlowEvent): void {
    if (event.type !== 'change') {
      this.host.dispatchEvent(outcomeEvent(event));
      return;
    }
    // Refill the form only when coming back to it, never while the user is on it.
    if (onForm(event.state.phase.name) && !onForm(this.view.state.phase.name)) this.prefill = event.state.phone;
    this.viewProvider.setValue({ state: event.state, terms: this.view.terms });
    this.remember();
    this.host.requestUpdate();
  }

  /** This endpoint's saved-login entry, made again only when the endpoint changes. */
  private get storage(): LoginStorage {
    const { endpoint } = this.host;
    if (this.storageOf?.endpoint !== endpoint) this.storageOf = { endpoint, storage: LoginStorage.for(endpoint) };
    return this.storageOf.storage;
  }

  /** Keeps the login under way for a reload, or forgets it once it finished, failed or was left. */
  private remember(): void {
    // A server has no sessionStorage, and its render never logs in.
    if (isServer || this.host.noResume) return;
    const login = this.flow.resumable();
    if (!login) {
      this.maskedPhone = '';
      return this.storage.release(this);
    }
    const { phone } = this.view.state;
    if (phone) this.maskedPhone = maskPhone(formatInternational(phone));
    // Another widget of this page with the same endpoint keeps its login there: this one is not kept.
    if (!this.storage.claim(this)) return;
    this.storage.write(toSaved(login, epochOffset(this.host.clock), this.maskedPhone));
  }

  /** Takes up the login this tab saved before a reload, unless it can no longer finish. */
  private takeUpSaved(): void {
    this.lookForSaved = false;
    const { clock, noResume, timeLimit } = this.host;
    // The server rendered the phone form; a login saved in this tab is taken up by the browser.
    if (isServer || noResume || this.view.state.phase.name !== 'enter-phone' || this.flow.resumable()) return;
    // One widget takes up a saved login: another with the same endpoint shows the phone form.
    if (!this.storage.claim(this)) return;
    const saved = this.storage.read();
    if (!saved) return this.storage.release(this);
    const login = fromSaved(saved, epochOffset(clock), clock.now(), timeLimit * 1000);
    if (!login) return this.storage.release(this);
    this.maskedPhone = saved.maskedPhone;
    this.flow.restore(login);
  }
}

/**
 * On a server render only (the element's willUpdate calls it under `isServer`, so a browser bundle
 * drops it): @lit-labs/ssr never connects the element nor runs hostUpdate, so the language and
 * terms are settled here. No saved login is looked for (that is the browser's sessionStorage):
 * the server renders the phone form.
 */
export function settleLoginOnServer(login: LoginController): void {
  settleLocaleOnServer(login.i18n);
  login.hostUpdate();
}
