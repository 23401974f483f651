import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  [part='field'] {
    display: grid;
    gap: var(--_gap-s, 0.375rem);
  }
  label {
    font-weight: 600;
  }
  .control {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    min-height: var(--_control-height, 2.75rem);
    padding-inline: 0.25rem 0.75rem;
    border: 1px solid var(--_border, #6b7280);
    border-radius: var(--_radius, 0.5rem);
    background: var(--_field-bg, #fff);
    color: var(--_fg, #111827);
  }
  .control:focus-within {
    outline: var(--_focus-ring, 3px solid #2563eb);
    outline-offset: 2px;
  }
  :host(:state(user-invalid)) .control {
    border-color: var(--_danger, #b91c1c);
  }
  input {
    flex: 1;
    min-width: 0;
    border: 0;
    padding: 0;
    font: inherit;
    font-size: 1.125rem;
    color: inherit;
    background: transparent;
    outline: none;
    /* Keep the number's own order even inside right-to-left text. */
    direction: ltr;
    unicode-bidi: isolate;
  }
  input:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .hint,
  .error {
    margin: 0;
    font-size: 0.875rem;
  }
  .hint {
    color: var(--_muted, #4b5563);
  }
  .error {
    color: var(--_danger, #b91c1c);
    font-weight: 600;
  }
  [hidden] {
    display: none;
  }
`;
