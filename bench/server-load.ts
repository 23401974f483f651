// The reference server under many pending logins, in process (no sockets, so the handler's own
// cost is what shows): start and poll throughput, and memory per pending login.
import { LocalOtpProvider, MobileIdSimulator, SimulatedInbox, createLoginHandler, createSignedTokens, type ChallengeProvider } from '../server/index.js';

const PENDING = 20_000;
const BASE = 'http://bench.test/api/auth-valimo/';

const post = (path: string, body: unknown) =>
  new Request(BASE + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function measure(label: string, provider: ChallengeProvider & { close(): void }): Promise<void> {
  const login = createLoginHandler({ provider, tokens: createSignedTokens() });
  const before = heapMb();
  const uuids: string[] = [];
  let t0 = performance.now();
  for (let i = 0; i < PENDING; i++) {
    const response = await login.handle(post('', { phone: `+3725${String(1_000_000 + i)}` }));
    uuids.push(((await response.json()) as { uuid: string }).uuid);
  }
  const startRate = PENDING / ((performance.now() - t0) / 1000);
  const perLogin = ((heapMb() - before) * 1024 * 1024) / PENDING;
  t0 = performance.now();
  for (const uuid of uuids) await (await login.handle(post('result/', { uuid }))).json();
  const pollRate = PENDING / ((performance.now() - t0) / 1000);
  console.log(`${label}: ${PENDING} pending logins; starts ${Math.round(startRate)}/s, polls ${Math.round(pollRate)}/s, heap ${Math.round(perLogin)} bytes per pending login`);
  provider.close();
  login.close();
}

/** Prints one line per provider. */
export async function serverLoadFigures(): Promise<void> {
  // The phone never rings within the run, so every login stays pending, as under a slow provider.
  await measure('Mobile ID simulator', new MobileIdSimulator({ processingDelayMs: 3_600_000 }));
  // Codes to an inbox that keeps only the newest 20, so the heap counts the logins, not the SMS.
  await measure('local OTP codes', new LocalOtpProvider({ sender: new SimulatedInbox(), resendCooldownSeconds: 0 }));
}

if (import.meta.url === `file://${process.argv[1]}`) await serverLoadFigures();
