/**
 * The language of an element: the nearest `lang` attribute up the tree, crossing shadow roots
 * (a widget inside another component still follows the page), else the document's, else none.
 */
export function effectiveLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
