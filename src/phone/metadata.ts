import type { MetadataJson } from 'libphonenumber-js/core';
import type { CallingCodes, DataChunk } from './data-chunk.js';
import type { NumberKinds } from './types.js';
import { CALLING_CODES, METADATA_VERSION, loadChunk } from './data-source.js';
import { loadEngine } from './engine-loader.js';
import type * as EngineModule from './engine.js';

/** The phone engine (libphonenumber-js and the rules around it). */
export type Engine = typeof EngineModule;

/** Every calling code and its countries: small, always at hand (the country picker needs it). */
export const callingCodes: CallingCodes = CALLING_CODES;

let engine: Engine | undefined;
let engineLoading: Promise<void> | undefined;
const chunks: Record<NumberKinds, Map<string, DataChunk>> = { mobile: new Map(), any: new Map() };
const loading: Record<NumberKinds, Map<string, Promise<void>>> = { mobile: new Map(), any: new Map() };
const merged: Partial<Record<NumberKinds, MetadataJson>> = {};

/**
 * Test hook: sees every load (`engine`, `mobile:372`, `any:44`) and may delay it.
 * @internal
 */
export const loadHooks: { around?: <T>(what: string, load: () => T | Promise<T>) => T | Promise<T> } = {};

/** The engine, once loaded. */
export function loadedEngine(): Engine | undefined {
  return engine;
}

/** Whether the engine and the data of every code in `codes` are at hand. */
export function isReady(kinds: NumberKinds, codes: readonly string[]): boolean {
  return engine !== undefined && codes.every((code) => chunks[kinds].has(code));
}

/** The data of the calling codes loaded so far, as libphonenumber-js takes it. */
export function loadedMetadata(kinds: NumberKinds): MetadataJson {
  if (!merged[kinds]) {
    const data = { version: METADATA_VERSION, country_calling_codes: {}, countries: {}, nonGeographic: {} } as MetadataJson;
    for (const [code, chunk] of chunks[kinds]) {
      if (callingCodes[code]?.length) Object.assign(data.country_calling_codes, { [code]: callingCodes[code] });
      Object.assign(data.countries, chunk.countries);
      Object.assign(data.nonGeographic, chunk.nonGeographic);
    }
    merged[kinds] = data;
  }
  return merged[kinds];
}

/**
 * Loads the engine and the data of `codes` (each once). Returns undefined when all of it is at
 * hand when this returns (in the source, loads finish at once), else a promise of it.
 */
export function load(kinds: NumberKinds, codes: readonly string[]): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  if (!engine) {
    engineLoading ??= settle('engine', loadEngine, (loaded) => (engine = loaded), () => (engineLoading = undefined));
    if (engineLoading) waits.push(engineLoading);
  }
  for (const code of codes) {
    if (chunks[kinds].has(code) || !(code in callingCodes)) continue;
    let wait = loading[kinds].get(code);
    if (!wait) {
      const done = (chunk: DataChunk) => {
        chunks[kinds].set(code, chunk);
        merged[kinds] = undefined;
      };
      wait = settle(`${kinds}:${code}`, () => loadChunk(kinds, code), done, () => loading[kinds].delete(code));
      if (wait) loading[kinds].set(code, wait);
    }
    if (wait) waits.push(wait);
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}

/** Runs `start`; applies its value now if it gave one, else when its promise does. */
function settle<T>(what: string, start: () => T | Promise<T>, apply: (value: T) => void, failed: () => void): Promise<void> | undefined {
  const result = loadHooks.around ? loadHooks.around(what, start) : start();
  if (!(result instanceof Promise)) {
    apply(result);
    return undefined;
  }
  return result.then(apply, (error: unknown) => {
    // Forgotten, so the next need tries again (offline for a moment, a CDN hiccup).
    failed();
    throw error;
  });
}

/**
 * Forgets every loaded code and the engine, as on a fresh page.
 * @internal
 */
export function forgetLoaded(): void {
  engine = undefined;
  engineLoading = undefined;
  for (const kinds of ['mobile', 'any'] as const) {
    chunks[kinds].clear();
    loading[kinds].clear();
    merged[kinds] = undefined;
  }
}
