import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

// Only this module holds the key, so no caller can wrap raw text as Xml and skip escaping.
const MADE_HERE: unique symbol = Symbol('xml');

/** A piece of XML whose text is already safe to place in a document (made only by `xml`). */
export class Xml {
  /** Not for callers: use the `xml` tag. */
  constructor(
    /** The markup. */
    readonly text: string,
    key: typeof MADE_HERE,
  ) {
    if (key !== MADE_HERE) throw new TypeError('Xml is made by the xml tag only');
  }
}

/** What a template may hold: text and numbers are escaped, `Xml` pieces are placed as they are. */
export type XmlValue = string | number | Xml;

// XML 1.0 has no way to write these at all (not even as character references), so escaping cannot help.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const SPECIAL = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an element's content or a double- or single-quoted attribute; throws on characters XML cannot carry. */
export function escapeXml(value: string): string {
  if (NOT_XML.test(value)) throw new TypeError('text holds a character XML cannot carry');
  return value.replace(SPECIAL, (char) => ENTITIES[char]!);
}

/** Whether `value` can be placed in XML at all (no control characters, no lone surrogates). */
export function isXmlText(value: string): boolean {
  return !NOT_XML.test(value);
}

/** Tagged template for markup: every interpolated value is escaped unless it is itself `Xml`. */
export function xml(strings: TemplateStringsArray, ...values: readonly XmlValue[]): Xml {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += value instanceof Xml ? value.text : escapeXml(String(value));
    out += strings[index + 1]!;
  });
  return new Xml(out, MADE_HERE);
}

/** Why a document was not read. */
export class XmlRefused extends Error {
  constructor(
    /** `doctype`: a DTD (forbidden in SOAP 1.2, and the door to entity expansion); `malformed`: not well-formed XML. */
    readonly why: 'doctype' | 'malformed',
  ) {
    super(`XML refused: ${why}`);
    this.name = 'XmlRefused';
  }
}

// A DTD can only be declared with this keyword; refusing it before parsing rules out every entity trick.
const DOCTYPE = /<!DOCTYPE/i;

/** Parses a document with namespaces; refuses a DOCTYPE before parsing and anything not well-formed. */
export function parseXml(text: string): Document {
  if (DOCTYPE.test(text)) throw new XmlRefused('doctype');
  const parser = new DOMParser({
    locator: false,
    // Warnings are harmless oddities; errors (an undefined entity, a mismatched tag) make the answer unusable.
    onError: (level) => {
      if (level !== 'warning') throw new XmlRefused('malformed');
    },
  });
  try {
    return parser.parseFromString(text, 'text/xml');
  } catch {
    throw new XmlRefused('malformed');
  }
}

/** The first descendant named `localName` in `namespace` (null: in no namespace). */
export function first(root: Document | Element, namespace: string | null, localName: string): Element | undefined {
  return root.getElementsByTagNameNS(namespace, localName)[0] ?? undefined;
}

/** The element's direct element children. */
export function childElements(element: Element): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === node.ELEMENT_NODE) out.push(node as Element);
  return out;
}

/** The element's text, trimmed. */
export function textOf(element: Element | undefined): string {
  return (element?.textContent ?? '').trim();
}
