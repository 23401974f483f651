import type { MetadataJson } from 'libphonenumber-js/core';

/**
 * The metadata of one calling code: the numbering plans of every country that shares it (+1 is the
 * US and 24 others, +44 the UK, Guernsey, Jersey and Man), or its non-geographic plan (+800).
 * libphonenumber-js needs a code's countries together: the others take their formats from the
 * main one, and a "+1…" number tells its country only against all of them.
 */
export interface DataChunk {
  countries: MetadataJson['countries'];
  nonGeographic?: MetadataJson['nonGeographic'];
}

/** Calling code → its countries, the main one first; a non-geographic code (+800) has none. */
export type CallingCodes = Readonly<Record<string, readonly string[]>>;

/** Every calling code of `metadata`, non-geographic ones included. */
export function callingCodesOf(metadata: MetadataJson): Record<string, string[]> {
  const codes: Record<string, string[]> = {};
  for (const [code, countries] of Object.entries(metadata.country_calling_codes)) codes[code] = [...countries];
  for (const code of Object.keys(metadata.nonGeographic ?? {})) codes[code] ??= [];
  return codes;
}

/** The part of `metadata` that numbers with calling code `code` need. */
export function cutChunk(metadata: MetadataJson, code: string): DataChunk {
  const chunk: DataChunk = { countries: {} };
  for (const country of metadata.country_calling_codes[code] ?? []) {
    chunk.countries[country as keyof DataChunk['countries']] = metadata.countries[country as keyof DataChunk['countries']];
  }
  const plan = metadata.nonGeographic?.[code];
  if (plan) chunk.nonGeographic = { [code]: plan };
  return chunk;
}
