import { css } from 'lit';

export const styles = css`
  @layer phone-login {
    :host {
      display: block;
      max-width: 24rem;
      font-family: var(--_font);
      font-size: var(--_font-size);
      color: var(--_text);
      line-height: 1.4;
    }
    .base {
      position: relative;
      display: grid;
      /* minmax(0, 1fr): a column never wider than the widget, whatever its content's natural width. */
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_gap);
      padding: var(--_padding);
      /* Room for a focus ring around a control that spans the box, inside the box: a page that clips the
         widget (overflow: hidden, a screenshot of it) still shows the whole ring. A transparent border
         rather than more padding, as calc() with a unitless --phone-login-padding: 0 would be invalid. */
      border: var(--_focus-room) solid transparent;
      background: var(--_background);
      border-radius: var(--_radius);
    }
    .step {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_gap);
      margin: 0;
    }
    p {
      margin: 0;
    }
    button {
      min-height: var(--_control-height);
      min-width: 2.75rem;
      padding: 0.5rem 1.25rem;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--_accent-text);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    button.secondary {
      background: transparent;
      color: var(--_link);
    }
    /* Lesser actions read as links, as peers draw them, yet stay real buttons with a 24 px target. */
    button.link {
      min-height: max(24px, 1.75rem);
      min-width: 24px;
      /* No inline padding: the link lines up with the text above it, and its ring hugs the words. */
      padding: 0;
      border: 0;
      background: transparent;
      color: var(--_link);
      font-weight: 400;
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
    button[aria-disabled='true'] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    button:focus-visible,
    [tabindex='-1']:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.25rem 1rem;
    }
    .sent-to {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: 0.5rem;
    }
    /* The link keeps its target size, yet a line of text needs no taller row for it. */
    .sent-to .link {
      margin-block: -0.25rem;
    }
    .code-label {
      font-weight: 600;
    }
    .code {
      /* As wide as the code, so its focus ring hugs it; the trailing letter-spacing is matched before it. */
      justify-self: start;
      padding: 0 0 0 0.3em;
      font-size: 2.5rem;
      font-weight: 700;
      letter-spacing: 0.3em;
      font-variant-numeric: tabular-nums;
      unicode-bidi: isolate;
    }
    .progress,
    [part~='countdown'] {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      color: var(--_muted);
    }
    .spinner {
      width: 1rem;
      height: 1rem;
      border: 2px solid currentColor;
      border-right-color: transparent;
      border-radius: 50%;
      animation: spin 0.9s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
        border-right-color: currentColor;
        opacity: 0.5;
      }
    }
    .error {
      color: var(--_danger);
      font-weight: 600;
    }
    .success {
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }
    .check {
      flex: none;
      width: 2.5rem;
      height: 2.5rem;
      color: var(--_success);
    }
    .success-text {
      display: grid;
      justify-items: start;
      gap: 0.125rem;
    }
    .success-title {
      color: var(--_success);
      font-weight: 600;
      font-size: 1.125rem;
    }
    .success-phone {
      color: var(--_muted);
    }
    ::slotted(*) {
      margin: 0;
    }
  }
`;
