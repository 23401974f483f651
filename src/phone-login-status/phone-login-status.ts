import { LitElement, html, css, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { loginContext, type LoginView } from '../context.js';
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
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  @consume({ context: loginContext, subscribe: true })
  @state()
  private view?: LoginView;

  protected override render(): TemplateResult {
    // The region exists from the start and only its text changes, so every change is announced.
    const text = this.view ? announcement(this.view) : '';
    return html`<div role="status" aria-live="polite" aria-atomic="true">${text}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'phone-login-status': PhoneLoginStatus;
  }
}
