import { css } from 'lit';

export const styles = css`
  @layer phone-login {
    :host {
      display: block;
    }
    [part='field'] {
      display: grid;
      /* Never wider than the field: the input shrinks on a narrow screen instead of overflowing it. */
      grid-template-columns: minmax(0, 1fr);
      gap: 0.375rem;
    }
    label {
      font-weight: 600;
    }
    .control {
      display: flex;
      align-items: center;
      gap: 0.25rem;
      min-height: var(--_control-height);
      padding-inline: 0.25rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_field-background);
      color: var(--_text);
    }
    .control:focus-within {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }
    :host(:state(user-invalid)) .control {
      border-color: var(--_danger);
    }
    input {
      /* A zero basis: an input's natural width (20 characters) would otherwise set the field's minimum. */
      flex: 1 1 0;
      width: 0;
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
      color: var(--_muted);
    }
    .error {
      color: var(--_danger);
      font-weight: 600;
    }
    [hidden] {
      display: none;
    }
  }
`;
