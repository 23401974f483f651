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
      color: var(--_accent);
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
      gap: 0.5rem;
    }
    .actions button {
      flex: 1 1 auto;
    }
    .code-label {
      font-weight: 600;
    }
    .code {
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
      color: var(--_success);
      font-weight: 600;
      font-size: 1.125rem;
    }
    ::slotted(*) {
      margin: 0;
    }
  }
`;
