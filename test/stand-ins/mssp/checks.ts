import type { IncomingHttpHeaders } from 'node:http';
import { DOMParser, type Element } from '@xmldom/xmldom';

/** SOAP 1.2's envelope namespace. */
export const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
/** SOAP 1.1's, which a SOAP 1.2 node answers with VersionMismatch. */
const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
/** ETSI TS 102 204 v1.1.2. */
export const ETSI = 'http://uri.etsi.org/TS102204/v1.1.2#';
/** The only signature format the stand-in makes. */
export const PKCS7 = 'http://uri.etsi.org/TS102204/v1.1.2#PKCS7';
/** The two endpoints. */
export const PATHS = { signature: '/MSSP/services/MSS_Signature', status: '/MSSP/services/MSS_StatusPort' } as const;

/** What the stand-in expects of its AP. */
export interface Expected {
  /** `AP_ID`. */
  apId: string;
  /** `AP_PWD`. */
  apPwd: string;
  /** The one signature profile it supports. */
  signatureProfile: string;
  /** Its DNS name; a request may leave `DNSName` blank but not name another. */
  dnsName: string;
  /** Its base URL, which SOAPAction must repeat with the endpoint's path. */
  baseUrl: string;
}

/** A well-formed request. */
export type Checked =
  | { kind: 'signature'; apTransId: string; msisdn: string; data: string; timeOut: number }
  | { kind: 'status'; apTransId: string; msspTransId: string };

/** A refused request: a bare HTTP error, or a SOAP fault (with an ETSI code where the spec has one). */
export class Refusal extends Error {
  constructor(
    /** HTTP status of the answer. */
    readonly http: number,
    /** The ETSI code for the fault's Subcode, null for a plain SOAP fault, undefined for no fault at all. */
    readonly code: number | null | undefined,
    /** Why, for test assertions. */
    readonly why: string,
    /** The SOAP fault code. */
    readonly soapCode: 'Sender' | 'Receiver' | 'VersionMismatch' = 'Sender',
  ) {
    super(why);
  }
}

const E164 = /^\+[1-9]\d{6,14}$/;
const NCNAME_32 = /^[A-Za-z_][\w.-]{0,31}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Longest text a phone shows (103 WRONG_DATA_LENGTH beyond it). */
const MAX_DATA = 100;

/** Checks one request as strictly as a real MSSP; throws a Refusal naming the first problem. */
export function checkRequest(path: string, headers: IncomingHttpHeaders, body: string, expected: Expected): Checked {
  const kind = path === PATHS.signature ? 'signature' : path === PATHS.status ? 'status' : undefined;
  if (!kind) throw new Refusal(404, undefined, 'no such endpoint');
  const type = (headers['content-type'] ?? '').toLowerCase().replace(/\s+/g, '');
  if (!/^(text\/xml|application\/soap\+xml)(;charset="?utf-8"?)?$/.test(type)) throw new Refusal(415, undefined, 'content type');
  const action = (headers.soapaction ?? '').toString().replace(/^"(.*)"$/, '$1');
  if (action !== `${expected.baseUrl}${path}`) throw new Refusal(500, 101, 'SOAPAction');
  if (/<!DOCTYPE/i.test(body)) throw new Refusal(500, null, 'DOCTYPE');
  let envelope: Element | null;
  try {
    envelope = new DOMParser({ locator: false, onError: (level) => { if (level !== 'warning') throw new Error(level); } }).parseFromString(body, 'text/xml').documentElement;
  } catch {
    throw new Refusal(500, null, 'not XML');
  }
  if (!envelope || envelope.localName !== 'Envelope') throw new Refusal(500, null, 'no envelope');
  if (envelope.namespaceURI === SOAP11 || envelope.namespaceURI !== SOAP12) throw new Refusal(500, null, 'envelope namespace', 'VersionMismatch');
  const soapBody = children(envelope).find((e) => e.namespaceURI === SOAP12 && e.localName === 'Body');
  const wrapper = soapBody && children(soapBody)[0];
  const wrapperName = kind === 'signature' ? 'MSS_Signature' : 'MSS_StatusQuery';
  if (!wrapper || wrapper.namespaceURI !== null || wrapper.localName !== wrapperName) throw new Refusal(500, 101, `body must hold ${wrapperName} in no namespace`);
  const request = children(wrapper)[0];
  const requestName = kind === 'signature' ? 'MSS_SignatureReq' : 'MSS_StatusReq';
  if (!request || request.namespaceURI !== ETSI || request.localName !== requestName) throw new Refusal(500, 101, `${requestName} in the ETSI namespace`);
  if (request.getAttribute('MajorVersion') !== '1' || request.getAttribute('MinorVersion') !== '1') throw new Refusal(500, 108, 'version');
  const apTransId = checkApInfo(request, expected);
  const dns = etsi(request, 'MSSP_Info') && etsi(etsi(request, 'MSSP_Info')!, 'DNSName');
  if (!dns) throw new Refusal(500, 102, 'MSSP_Info/MSSP_ID/DNSName');
  if (text(dns) !== '' && text(dns) !== expected.dnsName) throw new Refusal(500, 101, 'DNSName');
  if (kind === 'status') {
    const msspTransId = text(etsi(request, 'MSSP_TransID'));
    if (!msspTransId) throw new Refusal(500, 102, 'MSSP_TransID');
    return { kind, apTransId, msspTransId };
  }
  if (request.getAttribute('MessagingMode') !== 'asynchClientServer') throw new Refusal(500, 101, 'MessagingMode');
  const timeOut = request.getAttribute('TimeOut') ?? '';
  if (!/^\d{1,3}$/.test(timeOut) || Number(timeOut) < 1 || Number(timeOut) > 300) throw new Refusal(500, 101, 'TimeOut');
  const msisdn = text(etsi(request, 'MSISDN'));
  if (!msisdn) throw new Refusal(500, 102, 'MSISDN');
  if (!E164.test(msisdn)) throw new Refusal(500, 101, 'MSISDN');
  const data = etsi(request, 'DataToBeSigned');
  if (!data) throw new Refusal(500, 102, 'DataToBeSigned');
  if (data.getAttribute('Encoding') !== 'UTF-8' || data.getAttribute('MimeType') !== 'text/plain') throw new Refusal(500, 101, 'DataToBeSigned attributes');
  const shown = data.textContent ?? '';
  if (shown.trim() === '') throw new Refusal(500, 102, 'DataToBeSigned empty');
  if (shown.length > MAX_DATA) throw new Refusal(500, 103, 'DataToBeSigned too long');
  const profile = text(etsi(etsi(request, 'SignatureProfile'), 'mssURI'));
  if (!profile) throw new Refusal(500, 102, 'SignatureProfile');
  if (profile !== expected.signatureProfile) throw new Refusal(500, 109, 'SignatureProfile');
  if (text(etsi(etsi(request, 'MSS_Format'), 'mssURI')) !== PKCS7) throw new Refusal(500, 101, 'MSS_Format');
  return { kind, apTransId, msisdn, data: shown, timeOut: Number(timeOut) };
}

function checkApInfo(request: Element, expected: Expected): string {
  const info = etsi(request, 'AP_Info');
  if (!info) throw new Refusal(500, 102, 'AP_Info');
  if (info.getAttribute('AP_ID') !== expected.apId || info.getAttribute('AP_PWD') !== expected.apPwd) throw new Refusal(500, 104, 'AP_ID/AP_PWD');
  const apTransId = info.getAttribute('AP_TransID') ?? '';
  if (!NCNAME_32.test(apTransId)) throw new Refusal(500, 101, 'AP_TransID');
  if (!INSTANT.test(info.getAttribute('Instant') ?? '')) throw new Refusal(500, 101, 'Instant');
  return apTransId;
}

function etsi(parent: Element | undefined, localName: string): Element | undefined {
  return parent?.getElementsByTagNameNS(ETSI, localName)[0] ?? undefined;
}

function children(element: Element): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === node.ELEMENT_NODE) out.push(node as Element);
  return out;
}

function text(element: Element | undefined): string {
  return (element?.textContent ?? '').trim();
}
