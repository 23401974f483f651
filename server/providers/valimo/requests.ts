import { xml, type Xml } from './xml.js';

/** The SOAP 1.2 envelope namespace. */
export const SOAP12_NS = 'http://www.w3.org/2003/05/soap-envelope';
/** The ETSI TS 102 204 v1.1.2 namespace of the request and answer elements. */
export const ETSI_NS = 'http://uri.etsi.org/TS102204/v1.1.2#';
/** The signature format asked for: PKCS#7, as Waldur asks. */
export const PKCS7_FORMAT = 'http://uri.etsi.org/TS102204/v1.1.2#PKCS7';

/** Who is asking: the application provider's credentials and this message's id and time. */
export interface ApInfo {
  /** The AP's id at the MSSP. */
  apId: string;
  /** The AP's password at the MSSP. */
  apPwd: string;
  /** Our id of the transaction (see `apTransId`). */
  apTransId: string;
  /** When the message is sent, epoch milliseconds. */
  sentAt: number;
  /** The MSSP's DNS name (`MSSP_ID/DNSName`), possibly blank. */
  dnsName: string;
}

/** What the phone is asked to sign. */
export interface SignatureAsk {
  /** The phone number in E.164. */
  msisdn: string;
  /** The text the phone shows, e.g. "Login code: 0427". */
  text: string;
  /** The signature profile (an mssURI). */
  signatureProfile: string;
  /** Seconds the MSSP gives the user (`TimeOut`). */
  timeoutSeconds: number;
}

/**
 * Our transaction id: "_" and the login's uuid, cut to 32 characters, as Waldur makes it. The
 * schema types it as an XML NCName, which may not start with a digit, hence the underscore.
 */
export function apTransId(uuid: string): string {
  return `_${uuid}`.slice(0, 32);
}

/** The `Instant` format the MSSP expects: UTC with exactly `.000` milliseconds (`2024-05-01T10:00:00.000Z`). */
export function instant(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}.000Z`;
}

/** `MSS_Signature` in asynchClientServer mode: the MSSP answers at once and the phone is asked meanwhile. */
export function signatureRequest(ap: ApInfo, ask: SignatureAsk): string {
  return envelope(xml`<MSS_Signature><mss:MSS_SignatureReq xmlns:mss="${ETSI_NS}" MajorVersion="1" MinorVersion="1" MessagingMode="asynchClientServer" TimeOut="${ask.timeoutSeconds}">${common(ap)}<mss:MobileUser><mss:MSISDN>${ask.msisdn}</mss:MSISDN></mss:MobileUser><mss:DataToBeSigned Encoding="UTF-8" MimeType="text/plain">${ask.text}</mss:DataToBeSigned><mss:SignatureProfile><mss:mssURI>${ask.signatureProfile}</mss:mssURI></mss:SignatureProfile><mss:MSS_Format><mss:mssURI>${PKCS7_FORMAT}</mss:mssURI></mss:MSS_Format></mss:MSS_SignatureReq></MSS_Signature>`);
}

/** `MSS_StatusQuery` for a transaction the MSSP accepted. */
export function statusRequest(ap: ApInfo, msspTransId: string): string {
  return envelope(xml`<MSS_StatusQuery><mss:MSS_StatusReq xmlns:mss="${ETSI_NS}" MajorVersion="1" MinorVersion="1">${common(ap)}<mss:MSSP_TransID>${msspTransId}</mss:MSSP_TransID></mss:MSS_StatusReq></MSS_StatusQuery>`);
}

/** `AP_Info` and `MSSP_Info`, the same in both requests. */
function common(ap: ApInfo): Xml {
  return xml`<mss:AP_Info AP_ID="${ap.apId}" AP_PWD="${ap.apPwd}" AP_TransID="${ap.apTransId}" Instant="${instant(ap.sentAt)}"/><mss:MSSP_Info><mss:MSSP_ID><mss:DNSName>${ap.dnsName}</mss:DNSName></mss:MSSP_ID></mss:MSSP_Info>`;
}

/** The SOAP 1.2 envelope; the wrapper elements (`MSS_Signature`, `MSS_StatusQuery`) stay in no namespace, as Waldur sends them. */
function envelope(body: Xml): string {
  return xml`<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${SOAP12_NS}"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`.text;
}
