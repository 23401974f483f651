import { css } from 'lit';

export const styles = css`
  :host {
    /* Public knobs map to private variables; the parts below use only the private ones. */
    --_accent: var(--phone-login-accent, #1d4ed8);
    --_accent-fg: var(--phone-login-accent-text, #fff);
    --_radius: var(--phone-login-radius, 0.5rem);
    --_fg: var(--phone-login-text, #111827);
    --_muted: var(--phone-login-muted, #4b5563);
    --_danger: var(--phone-login-danger, #b91c1c);
    --_success: var(--phone-login-success, #047857);
    --_focus-ring: 3px solid var(--_accent);
    display: block;
    position: relative;
    max-width: 24rem;
    font-family: var(--phone-login-font, system-ui, sans-serif);
    color: var(--_fg);
    line-height: 1.4;
  }
  .step {
    display: grid;
    gap: 1rem;
    margin: 0;
  }
  p {
    margin: 0;
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
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
  .progress {
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
`;
