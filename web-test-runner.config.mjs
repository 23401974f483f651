import { existsSync } from 'node:fs';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { firefoxLauncher } from './test/engines/firefox.mjs';

/** Debian's Chromium: the binary behind the /usr/bin wrapper skips a noisy shell check (TOOLCHAIN G15). */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: run `apt-get install -y chromium` or set CHROMIUM_PATH.');
  return found;
}

/**
 * The engines the suite runs in: Chromium (Playwright) and Firefox (Debian's firefox-esr through
 * puppeteer-core over WebDriver BiDi, test/engines/firefox.mjs). BROWSERS=chromium or
 * BROWSERS=firefox runs one of them, e.g. while working on a test.
 */
const engines = {
  chromium: () => playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: chromiumPath() } }),
  firefox: () => firefoxLauncher(),
};
const chosen = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim()).filter(Boolean);
for (const name of chosen) {
  if (!(name in engines)) throw new Error(`BROWSERS: unknown engine "${name}" (known: ${Object.keys(engines).join(', ')})`);
}

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  // target es2022 lowers the decorators; tsconfig makes them the legacy kind (TOOLCHAIN G2, G3).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: chosen.map((name) => engines[name]()),
  testFramework: { config: { timeout: 5000 } },
};
