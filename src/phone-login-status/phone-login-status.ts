import { LitElement, html, css, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { loginContext, type LoginView } from '../context.js';
import { prepareHydration } from '../form-control/form-control.js';
import { hiddenFromSight } from '../theme/field.js';
import { announcement } from './announcement.js';

/**
 * The widget's one live region: says what is happening and what went wrong, for screen readers.
 * It is visually hidden; the same texts are visible in the steps themselves.
 *
 * @summary Live status of a `<phone-login>`.
 */
@customElement('phone-login-status')
export class PhoneLoginStatus extends LitElement {
  static override styles = css`
    :host {
      ${hiddenFromSight}
    }
  `;

  @consume({ context: loginContext, subscribe: true })
  @state()
  private view?: LoginView;

  /** What the region says now. */
  @state() private said = '';
  private refill?: number;

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('view') || !this.view) return;
    const text = announcement(this.view, changed.get('view') as LoginView | undefined);
    if (text === undefined) return;
    cancelAnimationFrame(this.refill ?? 0);
    if (text !== '' && text === this.said) {
      // The same words again (a second wrong code): empty the region, then refill it, so it is heard.
      this.said = '';
      this.refill = requestAnimationFrame(() => (this.said = text));
    } else {
      this.said = text;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server-rendered tree is readied for the update that hydrates it.
    if (!this.hasUpdated) prepareHydration(this.shadowRoot);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.refill ?? 0);
  }

  protected override render(): TemplateResult {
    // The region exists from the start and only its text changes, so every change is announced.
    return html`<div role="status" aria-live="polite" aria-atomic="true">${this.said}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-login-status': PhoneLoginStatus;
  }
}
