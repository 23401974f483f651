import { css } from 'lit';

/** The dark defaults, used by `theme="dark"` and, without a `theme`, by a dark system setting. */
const dark = css`
  --_accent: var(--phone-login-accent, #93c5fd);
  --_text: var(--phone-login-text, #f3f4f6);
  --_muted: var(--phone-login-muted, #b6bcc6);
  --_background: var(--phone-login-background, #111827);
  --_field-background: var(--phone-login-field-background, #1f2937);
  --_border: var(--phone-login-border, #9ca3af);
  --_danger: var(--phone-login-danger, #fca5a5);
  --_success: var(--phone-login-success, #6ee7b7);
  /* A dark widget may sit on a light page: it brings its own box. */
  --_padding: var(--phone-login-padding, 1rem);
  /* Accent as text on a dark background: lightened until its luminance is at least 0.25 (5.1:1 on #111827). */
  --_link-min: 0.25;
  --_link-max: 1;
  --_accent-text-fallback: #0b1220;
  color-scheme: dark;
`;

/**
 * The colour that reads best on the accent: white or black, whichever contrasts more by WCAG 2.
 * In XYZ-D65 `y` is the WCAG relative luminance (the same matrix row as WCAG's 0.2126 R + 0.7152 G +
 * 0.0722 B on linear sRGB). At y = 0.1791 black and white contrast equally with it, both 4.58:1, so
 * picking by that threshold gives at least 4.58:1 on ANY accent. `on` is 1 below it (white) and 0
 * above (black); the D65 white point is X 0.9505, Y 1, Z 1.089.
 */
const onAccent = css`color(
  from var(--_accent) xyz-d65 calc(0.9505 * clamp(0, (0.1791 - y) * 100000, 1)) clamp(0, (0.1791 - y) * 100000, 1)
    calc(1.089 * clamp(0, (0.1791 - y) * 100000, 1))
)`;

/**
 * The accent as text on the scheme's background: darkened (scaled in linear light, so the hue stays)
 * until its luminance is at most `--_link-max`, then mixed with white in linear light until it is at
 * least `--_link-min`. Each scheme sets one of the two; the defaults pass through unchanged.
 */
const link = css`color(
  from color(
      from var(--_accent) xyz-d65 calc(x * min(1, var(--_link-max) / max(y, 0.0001)))
        calc(y * min(1, var(--_link-max) / max(y, 0.0001))) calc(z * min(1, var(--_link-max) / max(y, 0.0001)))
    )
    xyz-d65 calc(x + (0.9505 - x) * max(0, (var(--_link-min) - y) / max(1 - y, 0.0001)))
    calc(y + (1 - y) * max(0, (var(--_link-min) - y) / max(1 - y, 0.0001)))
    calc(z + (1.089 - z) * max(0, (var(--_link-min) - y) / max(1 - y, 0.0001)))
)`;

/**
 * The design tokens every element of the widget shares. Public knobs are `--phone-login-*`; each
 * maps to a private `--_*` variable with a light and a dark default, and styles use only the
 * private ones. Dark follows `prefers-color-scheme` unless the `theme` attribute says otherwise.
 * Text on the accent and accent-coloured text are derived from the accent, so one accent works in
 * both schemes. Everything sits in the `phone-login` cascade layer, so page CSS wins ties.
 */
export const tokens = css`
  @layer phone-login {
    :host {
      --_accent: var(--phone-login-accent, #1d4ed8);
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
      /* Accent as text on a light background: darkened until its luminance is at most 0.15 (5.25:1 on white). */
      --_link-min: 0;
      --_link-max: 0.15;
      /* Browsers without relative colours keep fixed defaults: white on the light accent, near-black on the dark. */
      --_accent-text-fallback: #ffffff;
      --_accent-text: var(--phone-login-accent-text, var(--_accent-text-fallback));
      --_link: var(--_accent);
      --_focus-ring-width: var(--phone-login-focus-ring-width, 3px);
      --_focus-ring: var(--_focus-ring-width) solid var(--phone-login-focus-ring-color, var(--_link));
      /* Focus rings sit 2px outside their control; the widget's box keeps this much room so none is cut off. */
      --_focus-room: calc(var(--_focus-ring-width) + 2px);
      color-scheme: light;
    }
    /* The same specificity as the rule above and later, so the derived colours win where supported. */
    @supports (color: color(from red xyz-d65 calc(x * min(1, 0.5 / max(y, 0.0001))) clamp(0, (0.5 - y) * 10, 1) z)) {
      :host {
        --_accent-text: var(--phone-login-accent-text, ${onAccent});
        --_link: ${link};
      }
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
