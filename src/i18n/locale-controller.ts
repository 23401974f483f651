import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { termsContext } from '../context.js';
import { effectiveLang } from './lang.js';
import { directionOf, loadTerms, loadedTerms, localeOf } from './load.js';
import { en } from './locales/en.js';
import type { Terms } from './terms.js';

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
  private provided = false;
  private readonly observer = new MutationObserver(() => this.resolve());

  constructor(
    private readonly host: Host,
    { fromContext = false }: { fromContext?: boolean } = {},
  ) {
    host.addController(this);
    if (fromContext) {
      new ContextConsumer(host, {
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
    this.observer.observe(document.documentElement, options);
    const root = this.host.getRootNode();
    if (root !== document) this.observer.observe(root, options);
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
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
