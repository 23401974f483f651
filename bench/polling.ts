// Requests per Mobile ID login and the delay from the server's OK to the widget's `success` event,
// against the reference server (long polling) and against the same server ignoring `wait`, as plain
// Waldur does. The real CDN build in headless Chromium, the real server on loopback.
import { launch } from '../test/e2e/browser.js';
import { MobileIdSimulator, createLoginHandler, createSignedTokens, type WebHandler } from '../server/index.js';
import { servePage, spread, successTimes } from './page-server.js';

/** When the simulated user approves, after the phone rings: spread so polls are caught at every phase. */
const APPROVE_AFTER_MS = [1000, 1700, 2400, 3100, 3800, 4500, 5200, 5900];

interface Figures {
  polls: number[];
  latency: number[];
}

/** Serves the page, the CDN file and the API; `ignoreWait` strips "wait" from polls before the handler sees them. */
async function serve(ignoreWait: boolean) {
  const simulator = new MobileIdSimulator({ processingDelayMs: 2000 });
  const login = createLoginHandler({ provider: simulator, tokens: createSignedTokens() });
  const polls = new Map<string, number>();
  const counting: WebHandler = {
    owns: login.owns,
    async handle(request) {
      if (!new URL(request.url).pathname.endsWith('/result/')) return login.handle(request);
      const body = (await request.json()) as Record<string, unknown>;
      polls.set(String(body.uuid), (polls.get(String(body.uuid)) ?? 0) + 1);
      if (ignoreWait) delete body.wait;
      return login.handle(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body), signal: request.signal }));
    },
  };
  const page = await servePage(counting);
  const close = async () => {
    simulator.close();
    login.close();
    await page.close();
  };
  const { url } = page;
  return { url, simulator, polls, close };
}

async function measure(ignoreWait: boolean): Promise<Figures> {
  const { url, simulator, polls, close } = await serve(ignoreWait);
  const browser = await launch();
  const figures: Figures = { polls: [], latency: [] };
  try {
    for (const approveAfter of APPROVE_AFTER_MS) {
      const page = await browser.newPage();
      await page.goto(url);
      const input = page.locator('phone-login input');
      await input.pressSequentially('5123 4567');
      await input.press('Enter');
      while (simulator.pending().length === 0) await new Promise((r) => setTimeout(r, 10));
      const [prompt] = simulator.pending();
      await new Promise((r) => setTimeout(r, approveAfter));
      await simulator.approve(prompt.uuid);
      const okAt = Date.now();
      await page.waitForFunction(() => (window as unknown as { successAt: number[] }).successAt.length > 0);
      const [successAt] = await successTimes(page);
      figures.latency.push(successAt - okAt);
      figures.polls.push(polls.get(prompt.uuid) ?? 0);
      await page.close();
    }
  } finally {
    await browser.close();
    await close();
  }
  return figures;
}

/** Runs both servers and prints one line per figure. */
export async function pollingFigures(): Promise<void> {
  for (const [label, ignoreWait] of [['reference server (long polling)', false], ['server ignoring "wait" (plain Waldur)', true]] as const) {
    const f = await measure(ignoreWait);
    console.log(`${label}, ${f.polls.length} logins, approved 1.0–5.9 s after the phone rang (rings 2 s after start):`);
    console.log(`  result polls per login: ${spread(f.polls)}`);
    console.log(`  OK to success event, ms: ${spread(f.latency)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await pollingFigures();
