import mobile from 'libphonenumber-js/metadata.mobile';
import { callingCodesOf, cutChunk, type CallingCodes, type DataChunk } from './data-chunk.js';

// Where the phone metadata comes from, as the source has it: libphonenumber-js's whole files, cut
// per calling code on request, so tests and the type check need nothing generated. Every build
// (the CDN file, the npm package, the dev server) replaces this module with one that fetches one
// small file per calling code, generated from the same files (scripts/split-phone-data.ts), and
// keeps only the calling codes below in the entry.

/** Calling code → countries (main one first), for every calling code. */
export const CALLING_CODES: CallingCodes = callingCodesOf(mobile);

/** The format version of libphonenumber-js's metadata. */
export const METADATA_VERSION: number = mobile.version;

/**
 * The data of calling code `code`: mobile-only (`mobile`) or every kind of number (`any`,
 * libphonenumber-js's `min` set). Returned at once when it is at hand, else a promise.
 */
export function loadChunk(kinds: 'mobile' | 'any', code: string): DataChunk | Promise<DataChunk> {
  if (kinds === 'mobile') return cutChunk(mobile, code);
  return import('libphonenumber-js/metadata.min').then((min) => cutChunk(min.default, code));
}
