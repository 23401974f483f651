import type { MetadataJson } from 'libphonenumber-js/core';
import mobile from 'libphonenumber-js/metadata.mobile';

/**
 * Which numbers the field accepts decides which metadata it needs (sizes gzip -9, see README):
 * - mobile only (the default: SMS and Mobile ID reach mobiles only): metadata.mobile, 23.6 KB,
 *   bundled. It validates mobile numbers and nothing else, which is what "not a mobile" needs.
 * - landlines too (`allow-landline`): metadata.min, 18.9 KB, loaded on demand as its own file.
 * metadata.max (38.9 KB) would add number types for both, but costs more than the two together.
 */
export type NumberKinds = 'mobile' | 'any';

let anyKind: MetadataJson | undefined;
let loading: Promise<MetadataJson> | undefined;

/** The metadata for `kinds` if it is at hand; landline metadata may still be loading (then undefined). */
export function metadataFor(kinds: NumberKinds): MetadataJson | undefined {
  return kinds === 'mobile' ? mobile : anyKind;
}

/** The mobile-only metadata, always at hand, also used to format while other metadata loads. */
export const mobileMetadata: MetadataJson = mobile;

/** Loads the metadata for landlines too, once. */
export function loadAnyKind(): Promise<MetadataJson> {
  loading ??= import('libphonenumber-js/metadata.min').then((module) => (anyKind = module.default));
  return loading;
}
