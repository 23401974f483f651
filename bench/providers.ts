// Requests to the real services per login, and how soon a Mobile ID approval reaches the page,
// against the stand-ins the tests use (a strict MSSP with mutual TLS, the SMS.cx API), through the
// real handler, with the default status schedule. Waldur's schedule is computed for the same
// approval moments: its first status query is 30 s after the start, then every 12 s.
import { createLoginHandler } from '../server/handler.js';
import { SmsCxProvider } from '../server/providers/smscx/index.js';
import { ValimoProvider } from '../server/providers/valimo/index.js';
import { silentLogger } from '../server/log.js';
import { StandInMssp } from '../test/stand-ins/mssp/mssp.js';
import { providerOptions } from '../test/stand-ins/mssp/harness.js';
import { makeTestPki } from '../test/stand-ins/mssp/pki.js';
import { SmsCxStandIn } from '../test/stand-ins/smscx.js';
import { spread } from './page-server.js';

const LOGINS = 8;

const post = (handler: { handle(request: Request): Promise<Response> }, path: string, body: object) =>
  handler
    .handle(new Request(`http://bench.test/api/auth-valimo/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }))
    .then((response) => response.json() as Promise<{ uuid: string; state: string }>);

/** Mobile ID: `LOGINS` logins at once, each approved between 4 and 14 s after its start, polled as the widget polls (wait 25). */
async function valimoFigures(): Promise<void> {
  const pki = makeTestPki();
  const mssp = await StandInMssp.start({ pki });
  // The default schedule: only the stand-in's address and certificates come from the test options.
  const { url, apId, apPwd, signatureProfile, dnsName, cert, key, ca } = providerOptions(pki, mssp);
  const provider = new ValimoProvider({ url, apId, apPwd, signatureProfile, dnsName, cert, key, ca });
  const handler = createLoginHandler({ provider, log: silentLogger });
  const latencies: number[] = [];
  const waldur: number[] = [];
  try {
    await Promise.all(
      Array.from({ length: LOGINS }, async (_, i) => {
        const msisdn = `+3725123${String(4000 + i)}`;
        const startedAt = performance.now();
        const { uuid } = await post(handler, '', { phone: msisdn });
        const transaction = await mssp.transaction(msisdn);
        const approveAfter = 4000 + (10_000 * i) / (LOGINS - 1);
        let approvedAt = 0;
        setTimeout(() => {
          approvedAt = performance.now();
          mssp.approve(transaction);
        }, approveAfter - (performance.now() - startedAt));
        let state = 'Scheduled';
        while (state !== 'OK') ({ state } = await post(handler, 'result/', { uuid, wait: 25 }));
        latencies.push(performance.now() - approvedAt);
        // Waldur: status at 30 s, 42 s, …; its page polls every 2 s on top.
        const approvedS = approveAfter / 1000;
        const query = approvedS <= 30 ? 30 : 30 + Math.ceil((approvedS - 30) / 12) * 12;
        waldur.push((query - approvedS + 1) * 1000);
      }),
    );
    const requests = (mssp.counts.signature + mssp.counts.status) / LOGINS;
    console.log(`Mobile ID, ${LOGINS} logins approved 4–14 s after their start, default schedule:`);
    console.log(`  MSSP requests per login: ${requests.toFixed(1)} (1 signature + ${(mssp.counts.status / LOGINS).toFixed(1)} status queries)`);
    console.log(`  approve → OK on the page's held poll, ms: ${spread(latencies)}`);
    console.log(`  Waldur's schedule for the same approvals (first query at 30 s, then every 12 s, + ~1 s of page polling), ms: ${spread(waldur)}`);
  } finally {
    provider.close();
    handler.close();
    await mssp.close();
    pki.remove();
  }
}

/** SMS.cx: requests per SMS login, right at once and after one wrong code. */
async function smsCxFigures(): Promise<void> {
  const smscx = await SmsCxStandIn.start();
  const provider = new SmsCxProvider({ apiKey: smscx.apiKey, baseUrl: smscx.url, log: silentLogger });
  const handler = createLoginHandler({ provider, log: silentLogger });
  try {
    const counts = () => smscx.count('POST /otp') + smscx.count('POST /otp/{id}') + smscx.count('DELETE /otp/{id}') + smscx.count('GET /otp/{id}');
    const login = async (phone: string, wrongFirst: boolean) => {
      const before = counts();
      const { uuid } = await post(handler, '', { phone });
      const code = /\d{6}/.exec(smscx.inbox.at(-1)!.body)![0];
      if (wrongFirst) await post(handler, 'result/', { uuid, pin: code === '000000' ? '111111' : '000000' });
      const { state } = await post(handler, 'result/', { uuid, pin: code });
      if (state !== 'OK') throw new Error(`SMS.cx login ended ${state}`);
      return counts() - before;
    };
    console.log(`SMS.cx requests per SMS login: ${await login('+37251239001', false)} (right code), ${await login('+37251239002', true)} (one wrong code first)`);
  } finally {
    await provider.close();
    handler.close();
    await smscx.close();
  }
}

/** Prints both. */
export async function providerFigures(): Promise<void> {
  await valimoFigures();
  await smsCxFigures();
}

if (import.meta.url === `file://${process.argv[1]}`) await providerFigures();
