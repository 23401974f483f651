import { ETSI, SOAP12 } from './checks.js';

/** How the stand-in writes the ETSI elements of its answers. */
export interface Style {
  /** Put the inner elements in no namespace instead of the ETSI one (some MSSPs answer that way). */
  unqualified: boolean;
  /** Its DNS name. */
  dnsName: string;
}

/** The stand-in's own escaping, independent of the code under test. */
export function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NAMES: Readonly<Record<number, string>> = {
  100: 'REQUEST_OK', 101: 'WRONG_PARAM', 102: 'MISSING_PARAM', 103: 'WRONG_DATA_LENGTH', 104: 'UNAUTHORIZED_ACCESS',
  105: 'UNKNOWN_CLIENT', 107: 'INAPPROPRIATE_DATA', 108: 'INCOMPATIBLE_INTERFACE', 109: 'UNSUPPORTED_PROFILE',
  208: 'EXPIRED_TRANSACTION', 209: 'OTA_ERROR', 401: 'USER_CANCEL', 402: 'PIN_NR_BLOCKED', 403: 'CARD_BLOCKED',
  404: 'NO_KEY_FOUND', 422: 'NO_CERT_FOUND', 500: 'SIGNATURE', 501: 'REVOKED_CERTIFICATE', 502: 'VALID_SIGNATURE',
  503: 'INVALID_SIGNATURE', 504: 'OUTSTANDING_TRANSACTION', 900: 'INTERNAL_ERROR',
};

const envelope = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="${SOAP12}">\n  <soapenv:Body>${body}</soapenv:Body>\n</soapenv:Envelope>\n`;

/** What both answers share. */
interface Common {
  /** The AP's transaction id, echoed. */
  apTransId: string;
  /** The number, echoed. */
  msisdn: string;
  /** The status code. */
  code: number;
}

/** `MSS_SignatureResp` with its `MSSP_TransID`. */
export function signatureAnswer(style: Style, common: Common & { msspTransId: string }): string {
  const [m, ns] = prefix(style);
  return envelope(
    `<MSS_SignatureResponse><${m}MSS_SignatureResp${ns} MajorVersion="1" MinorVersion="1" MSSP_TransID="${esc(common.msspTransId)}">` +
      `${info(style, common)}${status(style, common.code)}</${m}MSS_SignatureResp></MSS_SignatureResponse>`,
  );
}

/** `MSS_StatusResp`; with 500–503, a signature and (when given) a `UserIdentifier`. */
export function statusAnswer(style: Style, common: Common & { identity?: string }): string {
  const [m, ns] = prefix(style);
  const signed = common.code >= 500 && common.code <= 503;
  const signature = signed ? `<${m}MSS_Signature><${m}Base64Signature>MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAA==</${m}Base64Signature></${m}MSS_Signature>` : '';
  const detail = common.identity === undefined ? '' : `<${m}StatusDetail><${m}UserIdentifier>${esc(common.identity)}</${m}UserIdentifier></${m}StatusDetail>`;
  return envelope(
    `<MSS_StatusQueryResponse><${m}MSS_StatusResp${ns} MajorVersion="1" MinorVersion="1">${info(style, common)}${signature}` +
      `${status(style, common.code, detail)}</${m}MSS_StatusResp></MSS_StatusQueryResponse>`,
  );
}

/** A SOAP 1.2 fault; with an ETSI code, in the Subcode as `mss:_<code>` (Valimo's way). */
export function faultAnswer(code: number | null, text: string, soapCode = 'Receiver'): string {
  const subcode = code === null ? '' : `<soapenv:Subcode><soapenv:Value xmlns:mss="${ETSI}">mss:_${code}</soapenv:Value></soapenv:Subcode>`;
  const detail = code === null ? '' : `<soapenv:Detail><ns1:detail xmlns:ns1="${ETSI}">${NAMES[code] ?? 'UNKNOWN'}</ns1:detail></soapenv:Detail>`;
  return envelope(
    `<soapenv:Fault><soapenv:Code><soapenv:Value>soapenv:${soapCode}</soapenv:Value>${subcode}</soapenv:Code>` +
      `<soapenv:Reason><soapenv:Text xml:lang="en">${esc(text)}</soapenv:Text></soapenv:Reason>${detail}</soapenv:Fault>`,
  );
}

/** The usual text of a fault for `code`. */
export function faultText(code: number | null): string {
  return code === null ? 'Request refused.' : (NAMES[code] ?? 'UNKNOWN').replace(/_/g, ' ').toLowerCase();
}

function prefix(style: Style): [string, string] {
  return style.unqualified ? ['', ''] : ['mss:', ` xmlns:mss="${ETSI}"`];
}

function info(style: Style, common: Common): string {
  const [m] = prefix(style);
  const now = `${new Date().toISOString().slice(0, 19)}.000Z`;
  return (
    `<${m}AP_Info AP_ID="stand-in" AP_TransID="${esc(common.apTransId)}" Instant="${now}"/>` +
    `<${m}MSSP_Info><${m}MSSP_ID><${m}DNSName>${esc(style.dnsName)}</${m}DNSName></${m}MSSP_ID><${m}Instant>${now}</${m}Instant></${m}MSSP_Info>` +
    `<${m}MobileUser><${m}MSISDN>${esc(common.msisdn)}</${m}MSISDN></${m}MobileUser>`
  );
}

function status(style: Style, code: number, detail = ''): string {
  const [m] = prefix(style);
  return `<${m}Status><${m}StatusCode Value="${code}"/><${m}StatusMessage>${NAMES[code] ?? 'UNKNOWN'}</${m}StatusMessage>${detail}</${m}Status>`;
}
