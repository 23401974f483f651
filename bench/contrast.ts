// Prints the WCAG 2.2 contrast ratios of the default light and dark themes, read from the token
// defaults in src/theme/tokens.ts (so the figures follow the code). AA asks 4.5:1 for text and
// 3:1 for large text, control borders and focus rings.
import { readFileSync } from 'node:fs';

type Palette = Record<string, string>;

/** The `--_name: var(--phone-login-x, #rrggbb)` defaults of one CSS block. */
function palette(block: string): Palette {
  const found: Palette = {};
  for (const [, name, hex] of block.matchAll(/--_([a-z-]+): var\(--phone-login-[a-z-]+, (#[0-9a-f]{6})\)/gi)) found[name!] = hex!;
  return found;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Foreground, background and the AA minimum, for each pair the widget draws. */
const PAIRS: [string, string, number, string][] = [
  ['text', 'background', 4.5, 'body text'],
  ['muted', 'background', 4.5, 'hints, progress'],
  ['danger', 'background', 4.5, 'errors'],
  ['success', 'background', 4.5, 'success message'],
  ['accent', 'background', 4.5, 'secondary button text, links, focus ring'],
  ['accent-text', 'accent', 4.5, 'primary button text'],
  ['text', 'field-background', 4.5, 'typed number and code'],
  ['muted', 'field-background', 4.5, 'placeholder-like text in fields'],
  ['border', 'background', 3, 'field borders (non-text, 3:1)'],
  ['border', 'field-background', 3, 'field borders on the field (non-text, 3:1)'],
];

export function contrastFigures(): { theme: string; pair: string; ratio: number; minimum: number; use: string }[] {
  const source = readFileSync('src/theme/tokens.ts', 'utf8');
  const darkBlock = source.slice(source.indexOf('const dark = css`'), source.indexOf('`;'));
  const lightBlock = source.slice(source.indexOf(':host {'), source.indexOf(":host([theme='dark'])"));
  // The light theme's background is transparent: it takes the page's, assumed white here.
  const themes: Record<string, Palette> = { light: { background: '#ffffff', ...palette(lightBlock) }, dark: palette(darkBlock) };
  return Object.entries(themes).flatMap(([theme, colours]) =>
    PAIRS.map(([fg, bg, minimum, use]) => ({ theme, pair: `${fg} on ${bg}`, ratio: contrast(colours[fg]!, colours[bg]!), minimum, use })),
  );
}

/** Prints one line per pair and theme. */
export function printContrast(): void {
  for (const { theme, pair, ratio, minimum, use } of contrastFigures()) {
    console.log(`${theme}: ${pair} ${ratio.toFixed(2)}:1 (AA ${minimum}:1 ${ratio >= minimum ? 'met' : 'NOT MET'}) - ${use}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printContrast();
