// Prints the size of what a page downloads: the CDN file, raw and gzip -9, and the npm entry's own code.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Sizes of the built CDN file and of the npm package's own modules (dependencies excluded). */
export function sizes(): { label: string; raw: number; gzip: number }[] {
  const cdn = readFileSync('dist/cdn/phone-login.js');
  const own = files('dist').filter((f) => f.endsWith('.js') && !f.startsWith(join('dist', 'cdn')));
  const ownBytes = Buffer.concat(own.map((f) => readFileSync(f)));
  return [
    { label: 'dist/cdn/phone-login.js (self-contained, minified)', raw: cdn.length, gzip: gz(cdn) },
    { label: `npm package own code (${own.length} modules, unminified, deps external)`, raw: ownBytes.length, gzip: gz(ownBytes) },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { label, raw, gzip } of sizes()) console.log(`${label}: ${kb(raw)} raw, ${kb(gzip)} gzip`);
}
