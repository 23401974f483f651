/** sRGB bytes and alpha (0–1). */
export type Rgba = [number, number, number, number];

let context: CanvasRenderingContext2D | undefined;

/** A CSS colour as the browser paints it in sRGB, whatever syntax it is written in (rgb(), color(xyz-d65 …), oklch()). */
export function paint(color: string): Rgba {
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** The WCAG 2 relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

/** The WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The next element up the flat tree: a slotted element's slot, a shadow root's host. */
function flatParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/** What shows behind `el`: the backgrounds of it and its flat-tree ancestors, composited over a white page. */
export function backdrop(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = el; at; at = flatParent(at)) layers.push(paint(getComputedStyle(at).backgroundColor));
  let [r, g, b] = [255, 255, 255];
  for (const [lr, lg, lb, a] of layers.reverse()) [r, g, b] = [lr * a + r * (1 - a), lg * a + g * (1 - a), lb * a + b * (1 - a)];
  return [Math.round(r), Math.round(g), Math.round(b), 1];
}

/** The contrast of an element's text with what shows behind it. */
export function textContrast(el: Element): number {
  return contrast(paint(getComputedStyle(el).color), backdrop(el));
}
