/**
 * The built package by its own name (dist/, resolved as an installed app resolves it), typed as
 * its source. The name is a variable so the type check does not need dist/ to exist: `npm run
 * typecheck` runs before the build on a fresh clone.
 */
export async function importBuiltPackage(): Promise<typeof import('../../src/index.js')> {
  const name = 'phone-login';
  return (await import(name)) as typeof import('../../src/index.js');
}
