// The server as deployed: real processes on loopback, one on the memory store, one and two on a
// real Redis, each beside a bare node:http server answering the same JSON (the floor on this
// machine, measured in the same run). Then Redis's own cost: commands per call and memory per
// pending login; then how many held long polls a gigabyte of server memory carries.
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import { smsGateway, startInstance, type Instance } from '../test/support/instances.js';
import { startRedis } from '../test/support/redis.js';
import { hammer } from './load.js';

const SECONDS = 4;
const SECRET = 'a-bench-server-secret-of-32-bytes-or-more';
const API_KEY = 'the-bench-api-key-0123456789abcdef';
const OPEN = {
  PHONE_LOGIN_CHALLENGE: 'simulated',
  PHONE_LOGIN_SIMULATED_METHOD: 'message',
  // Logins stay Scheduled: every poll reads a pending login, the common case.
  PHONE_LOGIN_SIMULATED_DELAY_MS: '600000',
  PHONE_LOGIN_TOKEN_SECRET: SECRET,
  PHONE_LOGIN_API_KEY: API_KEY,
  // One client plays every user here.
  PHONE_LOGIN_STARTS_PER_CLIENT: '100000000',
  PHONE_LOGIN_PENDING_PER_CLIENT: '100000000',
  PHONE_LOGIN_MAX_CONNECTIONS_PER_CLIENT: '100000',
  PHONE_LOGIN_PROMPTS_PER_CLIENT: '100000000',
};
let serial = 1_000_000;
const nextNumber = () => `+3725${serial++}`;

/** A bare node:http server in its own process that reads the body and answers a fixed AuthResult. */
async function bareServer(): Promise<{ url: string; stop(): void }> {
  const code = `
    const body = JSON.stringify({ uuid: 'x'.repeat(32), token: null, phone: '+3725123456', message: '0427', state: 'Scheduled', error_message: '', details: '', challenge: 'message' });
    require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end(body)); })
      .listen(0, '127.0.0.1', function () { console.log('listening on http://127.0.0.1:' + this.address().port); });`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).on('line', (line) => resolve(/(http:\S+)/.exec(line)![1]!)));
  return { url, stop: () => child.kill() };
}

async function startLogins(instance: Instance, count: number): Promise<string[]> {
  const uuids: string[] = [];
  for (let i = 0; i < count; i += 100) {
    const batch = await Promise.all(Array.from({ length: Math.min(100, count - i) }, () => instance.post('', { phone: nextNumber() })));
    uuids.push(...batch.map((answer) => answer.body.uuid as string));
  }
  return uuids;
}

/** Polls/s and starts/s of `instances` (round-robin), as a ratio to the bare server measured right before. */
async function throughput(label: string, instances: Instance[]): Promise<void> {
  const bare = await bareServer();
  const uuids = await startLogins(instances[0]!, 500);
  const pick = () => JSON.stringify({ uuid: uuids[Math.floor(Math.random() * uuids.length)] });
  const floor = await hammer([bare.url], { path: '/api/auth-valimo/result/', body: pick }, SECONDS);
  bare.stop();
  const urls = instances.map((instance) => instance.url);
  const polls = await hammer(urls, { path: '/api/auth-valimo/result/', body: pick }, SECONDS);
  const starts = await hammer(urls, { path: '/api/auth-valimo/', body: () => JSON.stringify({ phone: nextNumber() }) }, SECONDS);
  const ratio = (x: number) => `${((x / floor.perSecond) * 100).toFixed(0)} %`;
  console.log(
    `${label}: polls ${Math.round(polls.perSecond)}/s (${ratio(polls.perSecond)} of bare), starts ${Math.round(starts.perSecond)}/s (${ratio(starts.perSecond)}); bare node:http ${Math.round(floor.perSecond)}/s` +
      (polls.errors + starts.errors ? `; ${polls.errors + starts.errors} non-2xx` : ''),
  );
}

/** Redis commands one call costs, from INFO commandstats around `count` calls. */
async function commandsPer(redis: Redis, count: number, call: (i: number) => Promise<unknown>): Promise<number> {
  const total = async () => [...(await redis.info('commandstats')).matchAll(/calls=(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  const before = await total();
  for (let i = 0; i < count; i++) await call(i);
  // INFO itself is one command.
  return (await total()) - before - 1;
}

async function redisCosts(url: string, instance: Instance): Promise<void> {
  const redis = new Redis(url);
  const uuids = await startLogins(instance, 200);
  const perPoll = (await commandsPer(redis, 200, (i) => instance.post('result/', { uuid: uuids[i] }))) / 200;
  const perStart = (await commandsPer(redis, 200, () => instance.post('', { phone: nextNumber() }))) / 200;
  await redis.flushdb();
  const before = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
  await startLogins(instance, 20_000);
  const after = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
  console.log(`Redis commands: ${perPoll.toFixed(1)} per poll, ${perStart.toFixed(1)} per Mobile ID start; ${Math.round((after - before) / 20_000)} bytes of Redis memory per pending login (20 000 pending)`);
  redis.disconnect();
}

/** Commands per code check and per token redemption, on an SMS instance with Redis. */
async function smsCosts(url: string): Promise<void> {
  const gateway = await smsGateway();
  const instance = await startInstance({ ...OPEN, PHONE_LOGIN_CHALLENGE: 'sms', PHONE_LOGIN_REDIS_URL: url, PHONE_LOGIN_SMS: 'http', SMS_HTTP_URL: gateway.url, PHONE_LOGIN_APP_NAME: 'Bench' });
  const redis = new Redis(url);
  const logins: { uuid: unknown; phone: string }[] = [];
  for (let i = 0; i < 50; i++) {
    const phone = nextNumber();
    logins.push({ uuid: (await instance.post('', { phone })).body.uuid, phone });
  }
  const wrong = (await commandsPer(redis, 50, (i) => instance.post('result/', { uuid: logins[i]!.uuid, pin: gateway.codeFor(logins[i]!.phone) === '000000' ? '111111' : '000000' }))) / 50;
  const tokens: string[] = [];
  const right = (await commandsPer(redis, 50, async (i) => tokens.push((await instance.post('result/', { uuid: logins[i]!.uuid, pin: gateway.codeFor(logins[i]!.phone) })).body.token as string))) / 50;
  const redeem = (await commandsPer(redis, 50, (i) => instance.post('verify/', { token: tokens[i] }, { Authorization: `Bearer ${API_KEY}` }))) / 50;
  console.log(`Redis commands: ${wrong.toFixed(1)} per wrong code, ${right.toFixed(1)} per right code (to OK and its token), ${redeem.toFixed(1)} per token redeemed on verify/`);
  redis.disconnect();
  await instance.stop();
  gateway.close();
}

/** Server RSS with `count` long polls held, from two client processes (the open-file limit is per process). */
async function heldPolls(count: number): Promise<void> {
  const instance = await startInstance({ ...OPEN, PHONE_LOGIN_MAX_HELD_POLLS: String(count) });
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${instance.child.pid}/status`, 'utf8'))![1]) * 1024;
  const uuids = await startLogins(instance, count);
  const idle = rss();
  const dir = mkdtempSync(join(tmpdir(), 'held-'));
  const halves = [uuids.slice(0, count / 2), uuids.slice(count / 2)];
  const clients = halves.map((half, i) => {
    writeFileSync(join(dir, `${i}`), half.join('\n'));
    return spawn(process.execPath, ['--import', 'tsx', 'bench/held-clients.ts', instance.url, join(dir, `${i}`)], { stdio: 'ignore' });
  });
  let held = 0;
  for (let i = 0; i < 1200 && held < count; i++) {
    const metrics = await (await fetch(`${instance.url}/metrics`, { headers: { Authorization: `Bearer ${API_KEY}` } })).text();
    held = Number(/^phone_login_held_polls (\d+)/m.exec(metrics)?.[1] ?? 0);
    if (held < count) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const holding = rss();
  console.log(
    `held long polls: ${held} held by one process on the memory store; RSS ${Math.round(idle / 2 ** 20)} MB with ${count} pending logins, ${Math.round(holding / 2 ** 20)} MB holding their polls ` +
      `(${Math.round((holding - idle) / held)} bytes per held poll): ${Math.round(held / (holding / 2 ** 30))} held polls per GB of server RSS`,
  );
  for (const client of clients) client.kill();
  await instance.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}

/** Prints every figure. */
export async function clusterFigures(): Promise<void> {
  const redis = await startRedis();
  try {
    const memory = await startInstance(OPEN);
    await throughput('1 instance, memory store', [memory]);
    await memory.stop();
    const withRedis = { ...OPEN, PHONE_LOGIN_REDIS_URL: redis.url };
    const one = await startInstance(withRedis);
    await throughput('1 instance, Redis', [one]);
    const two = await startInstance(withRedis);
    await throughput('2 instances, Redis', [one, two]);
    await redisCosts(redis.url, one);
    await Promise.all([one.stop(), two.stop()]);
    await smsCosts(redis.url);
    // The server may hold only what its open files allow (20 000 here, less its own).
    await heldPolls(19_500);
  } finally {
    await redis.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await clusterFigures();
