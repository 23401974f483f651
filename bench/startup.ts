// Time from loading the CDN file to a widget ready for typing, cold (no cache, a new browser
// context each run), in headless Chromium on loopback: what a page pays before the user can start.
import { launch } from '../test/e2e/browser.js';
import { servePage, spread } from './page-server.js';

const RUNS = 10;

/** Prints the script's download end, its evaluation to a rendered widget, and the total from navigation. */
export async function startupFigures(): Promise<void> {
  // No login happens here, so the API answers nothing.
  const server = await servePage({ owns: () => true, handle: async () => new Response(null, { status: 404 }) });
  const browser = await launch();
  const afterScript: number[] = [];
  const total: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => 'readyAt' in window);
      const [scriptEnd, readyAt] = await page.evaluate(() => {
        const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/phone-login.js')) as PerformanceResourceTiming;
        return [entry.responseEnd, (window as unknown as { readyAt: number }).readyAt];
      });
      afterScript.push(readyAt - scriptEnd);
      total.push(readyAt);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${RUNS} cold loads of the CDN file on loopback:`);
  console.log(`  script downloaded to widget ready, ms: ${spread(afterScript)}`);
  console.log(`  navigation start to widget ready, ms: ${spread(total)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await startupFigures();
