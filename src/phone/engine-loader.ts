import * as engine from './engine.js';

// Tests and the type check read the engine (libphonenumber-js and our rules around it) from the
// source at once. Every build replaces this module with `import('./engine.js')`
// (scripts/split-phone-data.ts), so the CDN file and bundlers load the engine's 16 KB on demand.

/** The phone engine: at once here, a promise in the builds. */
export function loadEngine(): typeof engine | Promise<typeof engine> {
  return engine;
}
