import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { termsContext } from '../context.js';
import { effectiveLang } from './lang.js';
import { directionOf, loadTerms, loadedTerms, localeOf } from './load.js';
import { en } from './locales/en.js';
import { plural, relativeWait } from './plural.js';
import type { Count, Terms, Wait } from './terms.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * An element's language: follows the nearest `lang` up the tree (across shadow roots, and when it
 * changes at run time), loads that locale's terms, and knows the text direction. Sub-elements
 * inside `<phone-login>` take the terms it provides instead, overrides included.
 */
export class LocaleController implements ReactiveController {
  /** The terms to show. */
  terms: Terms = en;
  /** The shipped locale in use, e.g. "et". */
  locale = 'en';
  /** The direction of the locale's text. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Whether the terms come from `<phone-login>` (context) rather than the language. @internal */
  provided = false;
  // Made on connect, not here: a server render (@lit-labs/ssr) constructs the element in Node,
  // which has no MutationObserver, and never connects it.
  private observer?: MutationObserver;
  /** The request for the widget's terms, in a sub-element. @internal */
  readonly consumer?: ContextConsumer<typeof termsContext, Host>;

  constructor(
    /** The element whose language this is. @internal */
    readonly host: Host,
    { fromContext = false }: { fromContext?: boolean } = {},
  ) {
    host.addController(this);
    if (fromContext) {
      this.consumer = new ContextConsumer(host, {
        context: termsContext,
        subscribe: true,
        callback: (terms) => {
          this.provided = true;
          this.terms = terms;
          host.requestUpdate();
        },
      });
    }
  }

  hostConnected(): void {
    // A lang change anywhere above (the page, or a component around the widget) re-reads it.
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    this.observer ??= new MutationObserver(() => this.resolve());
    this.observer.observe(document.documentElement, options);
    const root = this.host.getRootNode();
    if (root !== document) this.observer.observe(root, options);
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private resolve(): void {
    const locale = localeOf(effectiveLang(this.host));
    if (locale === this.locale && (this.provided || this.terms === loadedTerms(locale))) return;
    this.locale = locale;
    this.dir = directionOf(locale);
    if (this.provided) return this.host.requestUpdate();
    const ready = loadedTerms(locale);
    if (ready) {
      this.terms = ready;
      return this.host.requestUpdate();
    }
    void loadTerms(locale).then((terms) => {
      if (this.locale !== locale || this.provided) return;
      this.terms = terms;
      this.host.requestUpdate();
    });
  }
}

/**
 * On a server render only (the host's willUpdate calls it under `isServer`, so a browser bundle
 * drops it): @lit-labs/ssr never connects the element nor runs controllers' hostUpdate, so the
 * terms are taken here, before render.
 */
export function settleLocaleOnServer(i18n: LocaleController): void {
  // The elements rendered inside this one ask for context and for their language up the tree,
  // which the DOM shim walks through each host's shadow root: attach it, as the browser has.
  const host = i18n.host as Host & { constructor: { shadowRootOptions?: ShadowRootInit } };
  if (!host.shadowRoot) host.attachShadow(host.constructor.shadowRootOptions ?? { mode: 'open' });
  // The widget around a sub-element answers the request at once, through the shim's events.
  i18n.consumer?.hostConnected();
  if (i18n.provided) return;
  const locale = localeOf(effectiveLang(host));
  i18n.locale = locale;
  i18n.dir = directionOf(locale);
  i18n.terms = loadedTerms(locale) ?? termsOnServer(locale) ?? en;
}

const serverTerms = new Map<string, Terms>();

/**
 * A locale's terms at once, on a server: a render is synchronous, so the locale module the
 * browser imports on demand is required instead (Node 20.19 and 22.12 on require ES modules).
 * Undefined where that cannot work (a server bundle that moved the file): English is rendered
 * then, and the browser switches to the language when it hydrates.
 */
function termsOnServer(locale: string): Terms | undefined {
  if (!isServer) return undefined;
  const known = serverTerms.get(locale);
  if (known) return known;
  try {
    type Node = { getBuiltinModule(id: string): { createRequire(url: string): (id: string) => unknown } };
    const { createRequire } = (globalThis as unknown as { process: Node }).process.getBuiltinModule('node:module');
    const make = (createRequire(import.meta.url)(`./locales/${locale}.js`) as { default: (n: Count, wait: Wait) => Terms }).default;
    const terms = make(
      (count, forms) => plural(locale, count, forms),
      (seconds) => relativeWait(locale, seconds),
    );
    serverTerms.set(locale, terms);
    return terms;
  } catch {
    void loadTerms(locale); // Ready for the next render, then.
    return undefined;
  }
}
