// Prints the size of what a page downloads: the CDN file and its on-demand chunks, the phone part
// alone, and the npm entry's own code; raw and gzip -9.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Minified bundle of `entry` alone (all it imports included), as the CDN build would carry it. */
async function bundled(contents: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    // The on-demand landline metadata is a file of its own, not part of the phone part.
    external: ['libphonenumber-js/metadata.min'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/** One line per measured file. */
export async function sizes(): Promise<{ label: string; raw: number; gzip: number }[]> {
  const cdnFiles = readdirSync('dist/cdn').map((name) => join('dist/cdn', name));
  const own = files('dist').filter((f) => f.endsWith('.js') && !f.startsWith(join('dist', 'cdn')));
  const ownBytes = Buffer.concat(own.map((f) => readFileSync(f)));
  const phone = await bundled(`export * from './src/phone/phone.ts'; export * from './src/phone/countries.ts';`);
  return [
    ...cdnFiles.map((file) => {
      const bytes = readFileSync(file);
      const role = file.endsWith('phone-login.js') ? 'self-contained, minified' : 'loaded on demand';
      return { label: `${file} (${role})`, raw: bytes.length, gzip: gz(bytes) };
    }),
    { label: 'phone part (src/phone + libphonenumber-js core + mobile metadata)', raw: phone.length, gzip: gz(phone) },
    { label: `npm package own code (${own.length} modules, unminified, deps external)`, raw: ownBytes.length, gzip: gz(ownBytes) },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { label, raw, gzip } of await sizes()) {
    console.log(`${label}: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
  }
}
