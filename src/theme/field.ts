import { css } from 'lit';

/**
 * What the number and code fields share: the host, the column of label, control and messages, the
 * label, the hint and the error. Each field adds its own control on top.
 */
export const fieldStyles = css`
  @layer phone-login {
    :host {
      display: block;
      /* As a grid or flex item, shrink with a narrow screen instead of pushing the page wider. */
      min-width: 0;
    }
    [part='field'] {
      display: grid;
      /* One column as wide as the field, never wider: the control shrinks to fit a narrow screen. */
      grid-template-columns: minmax(0, 1fr);
      gap: 0.375rem;
    }
    label {
      font-weight: 600;
    }
    input:disabled {
      cursor: not-allowed;
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

/** Out of sight but not out of the accessibility tree: the declarations, for any selector. */
export const hiddenFromSight = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/** Text for screen readers only (live regions, counts), as the class `visually-hidden`. */
export const visuallyHidden = css`
  @layer phone-login {
    .visually-hidden {
      ${hiddenFromSight}
    }
  }
`;
