// A Vite plugin that cuts libphonenumber-js's metadata into one file per calling code, from the
// package's own metadata.mobile.json and metadata.min.json, at build time (nothing generated is
// committed or written into src/). It replaces two source modules in every build:
// - src/phone/data-source.ts, which in the source cuts the whole files in memory, becomes the
//   calling-code table (the only data in the entry) and a loader of one file per calling code;
// - src/phone/engine-loader.ts, which in the source imports the engine, becomes `import('./engine.js')`.
// Layouts:
// - `cdn`: each code's data is a file beside dist/cdn/phone-login.js, `phone-<kinds>-<code>-<hash>.js`,
//   fetched with an import() of a computed name: the entry carries no table of 400 file names.
// - `modules` (the npm package, the dev server): literal imports bundlers can split,
//   data-source → data/mobile.js (a table of imports, loaded on first need) → data/mobile-44.js.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { MetadataJson } from 'libphonenumber-js/core';
import type { Plugin } from 'vite';
import { callingCodesOf, cutChunk } from '../src/phone/data-chunk.js';

/** The two kinds of numbers the field judges, and libphonenumber-js's metadata for each. */
const SETS = { mobile: 'libphonenumber-js/metadata.mobile.json', any: 'libphonenumber-js/metadata.min.json' } as const;
type Kinds = keyof typeof SETS;

/** One calling code's data as a module. */
export interface ChunkFile {
  kinds: Kinds;
  code: string;
  source: string;
}

/** Every calling code's data, for both kinds, as module sources. */
export function chunkFiles(): ChunkFile[] {
  const require = createRequire(import.meta.url);
  return (Object.keys(SETS) as Kinds[]).flatMap((kinds) => {
    const metadata = require(SETS[kinds]) as MetadataJson;
    return Object.keys(callingCodesOf(metadata)).map((code) => ({
      kinds,
      code,
      source: `export default ${JSON.stringify(cutChunk(metadata, code))};\n`,
    }));
  });
}

/** The calling-code table and the metadata version, as module code. */
function tableSource(): string {
  const mobile = createRequire(import.meta.url)(SETS.mobile) as MetadataJson;
  return `export const CALLING_CODES = ${JSON.stringify(callingCodesOf(mobile))};\nexport const METADATA_VERSION = ${JSON.stringify(mobile.version)};\n`;
}

/** Options of {@link splitPhoneData}. */
export interface SplitOptions {
  /** `cdn`: files beside the entry, loaded by computed name; `modules`: literal imports for bundlers. */
  layout: 'cdn' | 'modules';
}

/** The Vite plugin (see the top of this file). */
export function splitPhoneData({ layout }: SplitOptions): Plugin {
  const phoneDir = resolve('src/phone');
  const source = resolve(phoneDir, 'data-source.ts');
  const engineLoader = resolve(phoneDir, 'engine-loader.ts');
  const dataDir = resolve(phoneDir, 'data');
  let files: ChunkFile[] | undefined;
  const all = () => (files ??= chunkFiles());
  // One name for the whole set: a new libphonenumber-js release gets new file names (caches).
  const hash = () => createHash('sha256').update(all().map((f) => f.source).join('')).digest('hex').slice(0, 8);

  return {
    name: 'phone-login:split-phone-data',
    enforce: 'pre',
    resolveId(id, importer) {
      if (layout !== 'modules' || !importer || !id.startsWith('./')) return null;
      const from = dirname(importer.split('?')[0]!);
      const target = resolve(from, id);
      return dirname(target) === dataDir && /^(mobile|any)(-\d+)?\.js$/.test(target.slice(dataDir.length + 1)) ? target : null;
    },
    load(id) {
      const path = id.split('?')[0]!;
      if (path === engineLoader) return `export function loadEngine() { return import('./engine.js'); }\n`;
      if (path === source) {
        const load =
          layout === 'cdn'
            ? // A computed name: Vite leaves it alone, the browser resolves it beside this file.
              `import(/* @vite-ignore */ './phone-' + kinds + '-' + code + '-${hash()}.js')`
            : `(kinds === 'mobile' ? import('./data/mobile.js') : import('./data/any.js')).then((table) => table.load(code))`;
        return `${tableSource()}export function loadChunk(kinds, code) {\n  return ${load}.then((chunk) => chunk.default);\n}\n`;
      }
      if (layout !== 'modules' || dirname(path) !== dataDir) return null;
      const name = path.slice(dataDir.length + 1);
      const table = /^(mobile|any)\.js$/.exec(name)?.[1];
      if (table) {
        const entries = all()
          .filter((f) => f.kinds === table)
          .map((f) => `  ${JSON.stringify(f.code)}: () => import('./${table}-${f.code}.js'),`);
        return `const chunks = {\n${entries.join('\n')}\n};\nexport function load(code) {\n  return chunks[code] ? chunks[code]() : Promise.reject(new Error('No phone data for +' + code));\n}\n`;
      }
      const [, kinds, code] = /^(mobile|any)-(\d+)\.js$/.exec(name) ?? [];
      return all().find((f) => f.kinds === kinds && f.code === code)?.source ?? null;
    },
    generateBundle() {
      if (layout !== 'cdn') return;
      const suffix = hash();
      for (const file of all()) {
        this.emitFile({ type: 'asset', fileName: `phone-${file.kinds}-${file.code}-${suffix}.js`, source: file.source });
      }
    },
  };
}
