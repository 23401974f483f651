import { createHash } from 'node:crypto';
import type { Document, Element } from '@xmldom/xmldom';
import { ETSI_NS, SOAP12_NS } from './requests.js';
import { childElements, first, parseXml, textOf, XmlRefused } from './xml.js';

/** What the MSSP said, once read. */
export type MsspAnswer = StatusAnswer | FaultAnswer;

/** A regular answer with an ETSI `StatusCode`. */
export interface StatusAnswer {
  /** A regular answer. */
  kind: 'status';
  /** The ETSI status code (100, 502, 504, …). */
  code: number;
  /** `MSSP_TransID` of a signature answer. */
  msspTransId?: string;
  /** The raw `UserIdentifier` text of a signed status answer. */
  userIdentifier?: string;
}

/** A SOAP fault; Valimo's way of reporting request errors and ended transactions. */
export interface FaultAnswer {
  /** A SOAP fault. */
  kind: 'fault';
  /** The ETSI code carried by the fault's `Subcode` (e.g. `_401` → 401), when there is one. */
  code?: number;
  /** The fault's own code without prefix (`Sender`, `Receiver`, `VersionMismatch`). */
  soapCode: string;
  /** Length of the fault's free text, which is untrusted and never kept. */
  textLength: number;
  /** A short hash of that text, so an operator can tell faults apart without the text in the log. */
  textDigest: string;
}

/** An answer that is no SOAP answer at all (treated like a transport failure: retried where that is safe). */
export class BadAnswer extends Error {
  constructor(
    /** What is wrong with it. */
    readonly why: 'doctype' | 'malformed' | 'not_soap' | 'no_status' | 'http_error',
    /** The HTTP status it came with. */
    readonly httpStatus: number,
  ) {
    super(`unusable MSSP answer: ${why}`);
    this.name = 'BadAnswer';
  }
}

/** Reads an HTTP answer of the MSSP: a SOAP fault (at any HTTP status) or, with 200, a status answer. */
export function readAnswer(httpStatus: number, body: string): MsspAnswer {
  let document: Document;
  try {
    document = parseXml(body);
  } catch (error) {
    const why = error instanceof XmlRefused && error.why === 'doctype' ? 'doctype' : httpStatus === 200 ? 'malformed' : 'http_error';
    throw new BadAnswer(why, httpStatus);
  }
  // An error page that happens to be well-formed (XHTML) is still an HTTP error, not a protocol answer.
  const notSoap = new BadAnswer(httpStatus === 200 ? 'not_soap' : 'http_error', httpStatus);
  const envelope = document.documentElement;
  if (!envelope || envelope.namespaceURI !== SOAP12_NS || envelope.localName !== 'Envelope') throw notSoap;
  const body12 = childElements(envelope).find((child) => child.namespaceURI === SOAP12_NS && child.localName === 'Body');
  if (!body12) throw notSoap;
  const fault = childElements(body12).find((child) => child.namespaceURI === SOAP12_NS && child.localName === 'Fault');
  if (fault) return readFault(fault);
  if (httpStatus !== 200) throw new BadAnswer('http_error', httpStatus);
  return readStatus(body12, httpStatus);
}

/**
 * The answer's elements are looked up in the ETSI namespace, and in no namespace only when the ETSI
 * one has none: the reference puts the body's wrapper elements in no namespace, and an MSSP that
 * answers the same way for the inner ones is tolerated. Elements in any other namespace are not ours.
 */
function etsi(root: Element, localName: string): Element | undefined {
  return first(root, ETSI_NS, localName) ?? first(root, null, localName);
}

function readStatus(body: Element, httpStatus: number): StatusAnswer {
  const value = etsi(body, 'StatusCode')?.getAttribute('Value') ?? '';
  if (!/^\d{3}$/.test(value)) throw new BadAnswer('no_status', httpStatus);
  const answer: StatusAnswer = { kind: 'status', code: Number(value) };
  const transId = etsi(body, 'MSS_SignatureResp')?.getAttribute('MSSP_TransID');
  if (transId) answer.msspTransId = transId.trim();
  const identifier = etsi(body, 'UserIdentifier');
  if (identifier) answer.userIdentifier = textOf(identifier);
  return answer;
}

function readFault(fault: Element): FaultAnswer {
  const code = soapChild(fault, 'Code');
  let etsiCode: number | undefined;
  // Subcodes nest; the first one that reads like an ETSI code (`_401`, `mss:_401`) is the answer.
  for (let subcode = code && soapChild(code, 'Subcode'); subcode; subcode = soapChild(subcode, 'Subcode')) {
    const match = /^(?:[\w.-]+:)?_(\d{3})$/.exec(textOf(soapChild(subcode, 'Value')));
    if (match) {
      etsiCode = Number(match[1]);
      break;
    }
  }
  const soapCode = textOf(code && soapChild(code, 'Value')).replace(/^[\w.-]+:/, '');
  const text = textOf(first(fault, SOAP12_NS, 'Text'));
  return {
    kind: 'fault',
    ...(etsiCode === undefined ? {} : { code: etsiCode }),
    // Only a plain name is kept: like the text, the code comes from outside and lands in the log.
    soapCode: /^[A-Za-z]{1,40}$/.test(soapCode) ? soapCode : 'other',
    textLength: text.length,
    textDigest: createHash('sha256').update(text).digest('hex').slice(0, 12),
  };
}

function soapChild(element: Element, localName: string): Element | undefined {
  return childElements(element).find((child) => child.namespaceURI === SOAP12_NS && child.localName === localName);
}
