// Prints the WCAG 2.2 contrast ratios of the default light and dark themes, read from the token
// defaults in src/theme/tokens.ts (so the figures follow the code), then those of colours the
// widget derives from an accent: the text on accent buttons (white or black by the accent's
// luminance) and the accent as text and focus ring (darkened or lightened in linear light until it
// reads on the scheme's background), for a range of accents, as src/theme/tokens.ts computes them
// in CSS. AA asks 4.5:1 for text and 3:1 for large text, control borders and focus rings.
import { readFileSync } from 'node:fs';

type Palette = Record<string, string>;
type Linear = [number, number, number];

/** The `--_name: var(--phone-login-x, #rrggbb)` defaults of one CSS block. */
function palette(block: string): Palette {
  const found: Palette = {};
  for (const [, name, hex] of block.matchAll(/--_([a-z-]+): var\(--phone-login-[a-z-]+, (#[0-9a-f]{6})\)/gi)) found[name!] = hex!;
  return found;
}

/** The `--_name: 0.15;` numbers of one CSS block. */
function numbers(block: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const [, name, value] of block.matchAll(/--_([a-z-]+): ([0-9.]+);/g)) found[name!] = Number(value);
  return found;
}

function linear(hex: string): Linear {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Linear;
}

function hex(rgb: Linear): string {
  const byte = (c: number) => {
    const v = c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
    return Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0');
  };
  return `#${rgb.map(byte).join('')}`;
}

/** WCAG 2 relative luminance: CIE Y of XYZ-D65, which the CSS derivation reads as `y`. */
function luminance(color: string): number {
  const [r, g, b] = linear(color);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text on the accent, as tokens.ts derives it: white below luminance 0.1791, where both contrast 4.58:1, else black. */
export function onAccent(accent: string): string {
  return luminance(accent) < 0.1791 ? '#ffffff' : '#000000';
}

/** The accent as text on the background, as tokens.ts derives it: scaled down to luminance `max`, then mixed with white up to `min`. */
export function accentAsText(accent: string, { min, max }: { min: number; max: number }): string {
  let rgb = linear(accent);
  const y = luminance(accent);
  const k = Math.min(1, max / Math.max(y, 0.0001));
  rgb = rgb.map((c) => c * k) as Linear;
  const y2 = y * k;
  const t = Math.max(0, (min - y2) / Math.max(1 - y2, 0.0001));
  return hex(rgb.map((c) => c + (1 - c) * t) as Linear);
}

/** Foreground, background and the AA minimum, for each pair the widget draws. */
const PAIRS: [string, string, number, string][] = [
  ['text', 'background', 4.5, 'body text'],
  ['muted', 'background', 4.5, 'hints, progress'],
  ['danger', 'background', 4.5, 'errors'],
  ['success', 'background', 4.5, 'success message'],
  ['link', 'background', 4.5, 'link-style and outline button text, focus ring (the accent as text)'],
  ['accent-text', 'accent', 4.5, 'primary button text (derived)'],
  ['text', 'field-background', 4.5, 'typed number and code'],
  ['muted', 'field-background', 4.5, 'placeholder-like text in fields'],
  ['border', 'background', 3, 'field borders (non-text, 3:1)'],
  ['border', 'field-background', 3, 'field borders on the field (non-text, 3:1)'],
];

interface Scheme {
  colours: Palette;
  link: { min: number; max: number };
}

/** The light and dark defaults, as tokens.ts writes them. */
function schemes(): Record<'light' | 'dark', Scheme> {
  const source = readFileSync('src/theme/tokens.ts', 'utf8');
  const darkBlock = source.slice(source.indexOf('const dark = css`'), source.indexOf('`;'));
  const lightBlock = source.slice(source.indexOf(':host {'), source.indexOf('@supports'));
  const limits = (block: string) => ({ min: numbers(block)['link-min']!, max: numbers(block)['link-max']! });
  // The light theme's background is transparent: it takes the page's, assumed white here.
  const light = { colours: { background: '#ffffff', ...palette(lightBlock) }, link: limits(lightBlock) };
  return { light, dark: { colours: { ...light.colours, ...palette(darkBlock) }, link: limits(darkBlock) } };
}

/** Every pair's ratio in a scheme whose colours a page may have replaced. */
function figures(scheme: Scheme, page: Palette = {}) {
  const colours: Palette = { ...scheme.colours, ...page };
  colours['accent-text'] = page['accent-text'] ?? onAccent(colours.accent!);
  colours.link = accentAsText(colours.accent!, scheme.link);
  return PAIRS.map(([fg, bg, minimum, use]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(colours[fg]!, colours[bg]!), minimum, use }));
}

export function contrastFigures(): { theme: string; pair: string; ratio: number; minimum: number; use: string }[] {
  return Object.entries(schemes()).flatMap(([theme, scheme]) => figures(scheme).map((f) => ({ theme, ...f })));
}

/** The accents issue 12 was checked with, and a few more at the edges (mid grey sits at the threshold). */
export const ACCENTS = ['#7c3aed', '#facc15', '#16a34a', '#0ea5e9', '#111827', '#ffffff', '#ef4444', '#767676', '#6d28d9', '#c4b5fd'];

const fmt = (ratio: number) => `${ratio.toFixed(2)}:1`;

/** Prints one line per pair and theme, the derived colours per accent, and the issue's before/after. */
export function printContrast(): void {
  for (const { theme, pair, ratio, minimum, use } of contrastFigures()) {
    console.log(`${theme}: ${pair} ${fmt(ratio)} (AA ${minimum}:1 ${ratio >= minimum ? 'met' : 'NOT MET'}) - ${use}`);
  }
  const { light, dark } = schemes();
  console.log('\nderived from --phone-login-accent alone (button text on the accent; the accent as text on the default background):');
  console.log('accent  | button text | light: on accent | dark: on accent | light link        | dark link');
  for (const accent of ACCENTS) {
    const text = onAccent(accent);
    const [lightLink, darkLink] = [accentAsText(accent, light.link), accentAsText(accent, dark.link)];
    console.log(
      `${accent} | ${text}     | ${fmt(contrast(text, accent)).padEnd(16)} | ${fmt(contrast(text, accent)).padEnd(15)} | ` +
        `${lightLink} ${fmt(contrast(lightLink, light.colours.background!)).padEnd(9)} | ${darkLink} ${fmt(contrast(darkLink, dark.colours.background!))}`,
    );
  }
  // Before: a fixed text colour per scheme (light #ffffff, dark #0b1220), whatever the accent.
  const readme = '#7c3aed';
  console.log(`\nREADME accent ${readme}, button text: before light ${fmt(contrast('#ffffff', readme))}, dark ${fmt(contrast('#0b1220', readme))}; ` +
    `after ${onAccent(readme)} in both, ${fmt(contrast(onAccent(readme), readme))}`);
  const brand = readFileSync('demo/public/themes/brand.css', 'utf8');
  const brandLight = palette(brand.slice(0, brand.indexOf('@media')).replace(/--phone-login-([a-z-]+): (#[0-9a-f]{6})/gi, '--_$1: var(--phone-login-$1, $2)'));
  const brandDark = palette(brand.slice(brand.indexOf('@media')).replace(/--phone-login-([a-z-]+): (#[0-9a-f]{6})/gi, '--_$1: var(--phone-login-$1, $2)'));
  const before = { ...dark.colours, ...brandLight };
  console.log(`brand preset under a dark system setting, before (light colours only): body text ${fmt(contrast(before.text!, before.background!))}, ` +
    `legal line ${fmt(contrast(before.text!, before.background!))}, hints ${fmt(contrast(before.muted!, before.background!))}`);
  for (const [name, scheme, page] of [['light', light, brandLight], ['dark', dark, brandDark]] as const) {
    const rows = figures(scheme, page).filter((f) => f.minimum === 4.5);
    console.log(`brand preset ${name}, after: ${rows.map((f) => `${f.pair} ${fmt(f.ratio)}`).join(', ')}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printContrast();
