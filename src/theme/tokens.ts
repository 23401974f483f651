import { css } from 'lit';

/** The dark defaults, used by `theme="dark"` and, without a `theme`, by a dark system setting. */
const dark = css`
  --_accent: var(--phone-login-accent, #93c5fd);
  --_accent-text: var(--phone-login-accent-text, #0b1220);
  --_text: var(--phone-login-text, #f3f4f6);
  --_muted: var(--phone-login-muted, #b6bcc6);
  --_background: var(--phone-login-background, #111827);
  --_field-background: var(--phone-login-field-background, #1f2937);
  --_border: var(--phone-login-border, #9ca3af);
  --_danger: var(--phone-login-danger, #fca5a5);
  --_success: var(--phone-login-success, #6ee7b7);
  /* A dark widget may sit on a light page: it brings its own box. */
  --_padding: var(--phone-login-padding, 1rem);
  color-scheme: dark;
`;

/**
 * The design tokens every element of the widget shares. Public knobs are `--phone-login-*`; each
 * maps to a private `--_*` variable with a light and a dark default, and styles use only the
 * private ones. Dark follows `prefers-color-scheme` unless the `theme` attribute says otherwise.
 * Everything sits in the `phone-login` cascade layer, so page CSS wins ties.
 */
export const tokens = css`
  @layer phone-login {
    :host {
      --_accent: var(--phone-login-accent, #1d4ed8);
      --_accent-text: var(--phone-login-accent-text, #ffffff);
      --_text: var(--phone-login-text, #111827);
      --_muted: var(--phone-login-muted, #4b5563);
      --_background: var(--phone-login-background, transparent);
      --_field-background: var(--phone-login-field-background, #ffffff);
      --_border: var(--phone-login-border, #6b7280);
      --_danger: var(--phone-login-danger, #b91c1c);
      --_success: var(--phone-login-success, #047857);
      --_font: var(--phone-login-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      --_font-size: var(--phone-login-font-size, 1rem);
      --_radius: var(--phone-login-radius, 0.5rem);
      --_gap: var(--phone-login-gap, 1rem);
      --_padding: var(--phone-login-padding, 0);
      --_control-height: var(--phone-login-control-height, 2.75rem);
      --_focus-ring: var(--phone-login-focus-ring-width, 3px) solid var(--phone-login-focus-ring-color, var(--_accent));
      color-scheme: light;
    }
    :host([theme='dark']) {
      ${dark}
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${dark}
      }
    }
  }
`;
