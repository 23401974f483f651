import { existsSync } from 'node:fs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** Debian's Chromium: the binary behind the /usr/bin wrapper skips a noisy shell check (TOOLCHAIN G15). */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: run `apt-get install -y chromium` or set CHROMIUM_PATH.');
  return found;
}

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  // target es2022 lowers the decorators; tsconfig makes them the legacy kind (TOOLCHAIN G2, G3).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: chromiumPath() } })],
  testFramework: { config: { timeout: 5000 } },
};
