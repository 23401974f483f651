// Attribute types that name the serial: the keyword in any case, or its OID.
const SERIAL_TYPE = /^(?:SERIALNUMBER|2\.5\.4\.5)$/i;
// What a national identity serial looks like (`PNOEE-38001085718`, `IDCLV-…`, `PASFI-…`). Anything
// else (quotes, escapes, spaces, markup) is refused rather than trusted as a user id.
const SERIAL_VALUE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * The user's serial from the MSSP's `UserIdentifier` (e.g. `SERIALNUMBER=PNOEE-38001085718,
 * GN=MARY, CN="…"` → `PNOEE-38001085718`), or undefined when there is none worth trusting. The
 * text is split into attributes the way a DN string is (quotes and backslashes protect commas), so
 * a name like `CN="X,SERIALNUMBER=Y"` can never pass for the serial; two serials are refused as
 * ambiguous. Waldur takes everything after the first `=`, which breaks once the serial is not first.
 */
export function serialOf(userIdentifier: string | undefined): string | undefined {
  if (!userIdentifier) return undefined;
  const attributes = splitDn(userIdentifier);
  if (!attributes) return undefined;
  const serials = attributes.filter(([type]) => SERIAL_TYPE.test(type)).map(([, value]) => value);
  return serials.length === 1 && SERIAL_VALUE.test(serials[0]!) ? serials[0] : undefined;
}

/** `type=value` pairs of a DN string, split on unquoted, unescaped `,`, `;` and `+`; undefined when it does not start with one. */
function splitDn(dn: string): Array<[string, string]> | undefined {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < dn.length; i++) {
    const char = dn[i]!;
    if (char === '\\') {
      // An escaped character belongs to the value; it is kept escaped, so the value check refuses it.
      current += char + (dn[++i] ?? '');
    } else if (char === '"') {
      quoted = !quoted;
      current += char;
    } else if (!quoted && (char === ',' || char === ';' || char === '+')) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (quoted) return undefined;
  parts.push(current);
  const pairs: Array<[string, string]> = [];
  for (const part of parts) {
    const equals = part.indexOf('=');
    const last = pairs.at(-1);
    // An unescaped comma inside a value (`CN=Doe, John`) leaves a piece without `=`: it goes back to its value.
    if (equals <= 0 && last) last[1] += `,${part}`;
    else if (equals <= 0) return undefined;
    else pairs.push([part.slice(0, equals).trim(), part.slice(equals + 1).trim()]);
  }
  return pairs;
}
