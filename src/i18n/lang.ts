import { isServer } from 'lit';

/**
 * The language of an element: the nearest `lang` attribute up the tree, crossing shadow roots
 * (a widget inside another component still follows the page), else the document's, else none.
 */
export function effectiveLang(element: Element): string | undefined {
  if (isServer) return serverLang(element);
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * The same in a server render, where @lit-labs/ssr's DOM shim has no `closest`, no `ShadowRoot`
 * and no parents: the element's own `lang`, else its shadow host's, and so on up. So a server
 * render takes the language from the `lang` on the tag.
 */
function serverLang(element: Element): string | undefined {
  let node: Element | undefined = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang || undefined;
    const root = node.getRootNode() as Node & { host?: Element };
    node = root.host;
  }
  return undefined;
}
