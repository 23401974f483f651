import { css } from 'lit';

export const styles = css`
  @layer phone-login {
    :host {
      display: inline-block;
      position: relative;
    }
    [part~='trigger'] {
      display: flex;
      align-items: center;
      gap: 0.25rem;
      min-height: 2.5rem;
      min-width: 2.75rem;
      padding: 0 0.5rem;
      border: 0;
      border-radius: var(--_radius);
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    [part~='trigger']:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 1px;
    }
    [part~='flag'] {
      font-size: 1.25rem;
      line-height: 1;
    }
    .chevron {
      width: 0.4rem;
      height: 0.4rem;
      border-right: 2px solid currentColor;
      border-bottom: 2px solid currentColor;
      transform: rotate(45deg);
      margin-inline-start: 0.25rem;
    }
    .popup {
      position: absolute;
      z-index: 10;
      inset-block-start: calc(100% + 0.25rem);
      inset-inline-start: 0;
      width: min(20rem, 90vw);
      display: grid;
      gap: 0.5rem;
      padding: 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_field-background);
      color: var(--_text);
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
    }
    /* On a phone the list takes the screen, as native pickers do. */
    @media (max-width: 480px) {
      .popup {
        position: fixed;
        inset: 0;
        width: auto;
        border-radius: 0;
        grid-template-rows: auto 1fr;
      }
    }
    [part~='search'] {
      min-height: 2.5rem;
      padding: 0 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      font: inherit;
      color: inherit;
      background: transparent;
    }
    [part~='search']:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 1px;
    }
    [part~='list'] {
      list-style: none;
      margin: 0;
      padding: 0;
      max-height: 16rem;
      overflow-y: auto;
    }
    @media (max-width: 480px) {
      [part~='list'] {
        max-height: none;
      }
    }
    [part~='option'] {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      min-height: 2.5rem;
      padding: 0 0.5rem;
      border-radius: 0.25rem;
      cursor: pointer;
    }
    [part~='option'] .name {
      flex: 1;
    }
    [part~='option'] .dial {
      color: var(--_muted);
    }
    [part~='option'][data-active] {
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
    }
    [part~='option'][aria-selected='true'] {
      font-weight: 600;
    }
    [part~='option'][data-preferred-end] {
      border-bottom: 1px solid var(--_border);
    }
  }
`;
