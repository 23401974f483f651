import { css } from 'lit';

/** The code field's own rules; the shared ones are in theme/field.ts. */
export const styles = css`
  @layer phone-login {
    :host {
      --_box-size: var(--phone-login-pin-box-size, 2.75rem);
    }
    .boxes {
      position: relative;
      display: flex;
      gap: 0.5rem;
      width: max-content;
      max-width: 100%;
    }
    .box {
      display: grid;
      place-items: center;
      flex: 0 1 var(--_box-size);
      /* The width too: a flex row sized to its content ignores flex-basis, and empty boxes have none. */
      width: var(--_box-size);
      min-width: 1.5rem;
      height: calc(var(--_box-size) * 1.2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_field-background);
      color: var(--_text);
      font-size: 1.5rem;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .boxes:focus-within .box[data-active] {
      outline: var(--_focus-ring);
      outline-offset: 1px;
    }
    :host(:state(user-invalid)) .box {
      border-color: var(--_danger);
    }
    /* The real input lies over the boxes: it takes taps, typing, paste and autofill, and shows nothing itself. */
    input {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      margin: 0;
      padding: 0;
      border: 0;
      background: transparent;
      color: transparent;
      caret-color: transparent;
      /* 16 px at least, or iOS zooms the page on focus. */
      font-size: 16px;
      outline: none;
      letter-spacing: 1em;
    }
    input::selection {
      background: transparent;
    }
  }
`;
