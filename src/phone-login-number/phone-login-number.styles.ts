import { css } from 'lit';

/** The number field's own rules; the shared ones are in theme/field.ts. */
export const styles = css`
  @layer phone-login {
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
      opacity: 0.7;
    }
  }
`;
