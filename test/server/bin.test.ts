import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import { SETTINGS_BY_NAME } from '../../server/config/catalogue.js';

const SITE = 'http://127.0.0.1:5173';
const SECRET = 'a-server-secret-of-at-least-thirty-two-bytes';
/** What every run gets unless a test says otherwise: a free port, our site, quiet of the machine's own PHONE_LOGIN_*. */
const BASE_ENV = { PHONE_LOGIN_PORT: '0', PHONE_LOGIN_ALLOW_ORIGINS: SITE, PHONE_LOGIN_CHALLENGE: '', PHONE_LOGIN_TOKEN_SECRET: '' };

/** Runs the bin from source with `env` and `args`; resolves once it listens, with its URL and everything it printed. */
async function launch(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/bin.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...BASE_ENV, ...env },
  });
  after(() => child.kill('SIGKILL'));
  const output = { stdout: '', stderr: '' };
  child.stderr!.on('data', (chunk) => (output.stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.stdout += `${line}\n`;
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(line);
      if (match && match[2] !== '0') resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output.stderr}`)));
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/auth-valimo/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: SITE, ...headers }, body: JSON.stringify(body) });
  return { child, url, output, post };
}

/** Runs the bin to its exit; for settings that must stop it. */
function refuse(env: Record<string, string>, args: string[] = []) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/bin.ts', ...args], { env: { ...process.env, ...BASE_ENV, ...env }, encoding: 'utf8', timeout: 20_000 });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

/** A loopback server that records the bodies POSTed to it (a Twilio stand-in). */
async function gateway() {
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"sid": "SM1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  return { bodies, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const TWILIO = (url: string) => ({
  PHONE_LOGIN_CHALLENGE: 'sms',
  PHONE_LOGIN_TOKEN_SECRET: SECRET,
  PHONE_LOGIN_SMS: 'twilio',
  PHONE_LOGIN_APP_NAME: 'Acme',
  TWILIO_ACCOUNT_SID: 'AC123',
  TWILIO_AUTH_TOKEN: 'secret-token',
  SMS_FROM: '+15005550006',
  TWILIO_BASE_URL: url,
});

describe('phone-login-server (the bin)', () => {
  it('with PHONE_LOGIN_CHALLENGE=simulated, logs a user in through the simulated phone, and answers a held long poll at once on SIGTERM', async () => {
    const { child, url, output, post } = await launch({ PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_SIMULATED_DELAY_MS: '50' });
    assert.deepEqual(await (await fetch(`${url}/healthz`)).json(), { status: 'ok' });
    assert.equal((await fetch(`${url}/readyz`)).status, 200);
    const created = await post('', { phone: '+3725123456' });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('Access-Control-Allow-Origin'), SITE);
    const login = await created.json();
    const prompts = await (await fetch(`${url}/__phone/prompts?wait=5`)).json();
    assert.deepEqual(prompts, [{ uuid: login.uuid, phone: '+3725123456', code: login.message }]);
    assert.equal((await fetch(`${url}/__phone/prompts/${login.uuid}/approve`, { method: 'POST' })).status, 204);
    const done = await (await post('result/', { uuid: login.uuid, wait: 5 })).json();
    assert.equal(done.state, 'OK');

    const second = await (await post('', { phone: '+3725123457' })).json();
    const held = post('result/', { uuid: second.uuid, wait: 30 });
    // The poll is held once the server has it: a prompt for it shows on the phone meanwhile.
    await fetch(`${url}/__phone/prompts?wait=5`);
    const t0 = performance.now();
    child.kill('SIGTERM');
    const answer = await held;
    assert.equal(answer.status, 200, 'the held poll gets an answer, not a cut connection');
    assert.equal((await answer.json()).state, 'Processing');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    const took = performance.now() - t0;
    assert.ok(took < 2000, `stopped in ${took.toFixed(0)} ms`);
    assert.match(output.stdout, /"event":"shutdown"/);
    for (const secret of ['+372', '5123456', done.token]) assert.ok(!output.stdout.includes(secret) && !output.stderr.includes(secret), 'nothing sensitive is logged');
  });

  it('sends codes through Twilio, configured from the environment, in the login\'s language and with the site\'s name; mounts no simulated phone', async () => {
    const twilio = await gateway();
    const { url, post, output } = await launch(TWILIO(twilio.url));
    const login = await (await post('', { phone: '+3725123456', locale: 'et' })).json();
    assert.deepEqual([login.state, login.challenge, login.pin_length], ['Processing', 'pin', 6]);
    const sent = new URLSearchParams(twilio.bodies[0]);
    assert.equal(sent.get('To'), '+3725123456');
    assert.match(sent.get('Body')!, /^Acme: teie sisselogimiskood on \d{6}\. Kehtib 5 min\.$/);
    for (const path of ['sms', 'prompts', 'settings']) assert.equal((await fetch(`${url}/__phone/${path}`)).status, 404, path);
    assert.ok(!output.stdout.includes('secret-token') && !output.stderr.includes('secret-token'));
  });

  it('lets a flag override the environment, and reads the per-number limits', async () => {
    const twilio = await gateway();
    const { post } = await launch({ ...TWILIO(twilio.url), PHONE_LOGIN_RESEND_COOLDOWN: '0', PHONE_LOGIN_CODES_PER_NUMBER: '5' }, ['--codes-per-number', '2', '--number-window', '600']);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post('', { phone: '+3725123456' })).status);
    assert.deepEqual(statuses, [201, 201, 429], 'the flag (2) won over the environment (5)');
    const refused = await post('', { phone: '+3725123456' });
    assert.ok(Number(refused.headers.get('Retry-After')) > 590, 'the window is ten minutes');
  });

  it('reads a secret from the file <NAME>_FILE names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phone-login-'));
    writeFileSync(join(dir, 'secret'), `${SECRET}\n`);
    const twilio = await gateway();
    const { post } = await launch({ ...TWILIO(twilio.url), PHONE_LOGIN_TOKEN_SECRET: '', PHONE_LOGIN_TOKEN_SECRET_FILE: join(dir, 'secret') });
    assert.equal((await post('', { phone: '+3725123456' })).status, 201);
  });

  it('serves Prometheus metrics behind the API key on the main port, and without it on the metrics port', async () => {
    const twilio = await gateway();
    const { url, post, output } = await launch({ ...TWILIO(twilio.url), PHONE_LOGIN_API_KEY: 'the-host-backends-api-key-0123456789', PHONE_LOGIN_METRICS_PORT: '0' });
    const login = await (await post('', { phone: '+3725123456' })).json();
    await post('result/', { uuid: login.uuid, pin: '000000' === /\d{6}/.exec(twilio.bodies[0]!)![0] ? '111111' : '000000' });
    assert.equal((await fetch(`${url}/metrics`)).status, 401);
    const metrics = await (await fetch(`${url}/metrics`, { headers: { Authorization: 'Bearer the-host-backends-api-key-0123456789' } })).text();
    assert.match(metrics, /phone_login_answers_total\{route="start",status="201"\} 1/);
    assert.match(metrics, /phone_login_provider_seconds_count\{call="start"\} 1/);
    assert.match(metrics, /phone_login_held_polls 0/);
    assert.match(metrics, /phone_login_process_open_fds \d+/);
    const port = /metrics on http:\/\/127\.0\.0\.1:(\d+)\/metrics/.exec(output.stdout)![1];
    assert.equal((await fetch(`http://127.0.0.1:${port}/metrics`)).status, 200, 'the separate port needs no key');
  });

  it('lets one address hold only so many connections, so it cannot take every socket', async () => {
    const { url } = await launch({ PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_MAX_CONNECTIONS_PER_CLIENT: '3' });
    const { connect } = await import('node:net');
    const port = Number(new URL(url).port);
    /** Opens a socket and says whether the server answers a request on it, or closes it unanswered. */
    const tryOne = () =>
      new Promise<{ socket: import('node:net').Socket; answered: Promise<boolean> }>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => resolve({ socket, answered }));
        // A refused connection is reset: that is the point, not a failure of the test.
        socket.on('error', () => {});
        const answered = new Promise<boolean>((done) => {
          socket.once('data', () => done(true));
          socket.once('close', () => done(false));
        });
      });
    const idle = await Promise.all([tryOne(), tryOne(), tryOne()]);
    const fourth = await tryOne();
    fourth.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    assert.equal(await fourth.answered, false, 'a fourth connection is closed unanswered');
    idle[0]!.socket.destroy();
    await idle[0]!.answered;
    // The server sees the close a moment after this side does: a few tries, each ended by the server.
    let answered = false;
    for (let i = 0; i < 20 && !answered; i++) {
      const next = await tryOne();
      next.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      answered = await next.answered;
      next.socket.destroy();
    }
    assert.equal(answered, true, 'one is let in once another leaves');
    for (const { socket } of idle) socket.destroy();
  });

  const misconfigured: [string, Record<string, string>, string[], RegExp][] = [
    ['no challenge', {}, [], /^phone-login-server: PHONE_LOGIN_CHALLENGE is required: one of valimo, sms, smscx, simulated\n$/],
    ['an unknown challenge', { PHONE_LOGIN_CHALLENGE: 'fax' }, [], /^phone-login-server: PHONE_LOGIN_CHALLENGE must be one of valimo, sms, smscx, simulated, not "fax"\n$/],
    ['no secret for real logins', { PHONE_LOGIN_CHALLENGE: 'sms' }, [], /PHONE_LOGIN_TOKEN_SECRET is required/],
    ['a short secret', { PHONE_LOGIN_CHALLENGE: 'sms', PHONE_LOGIN_TOKEN_SECRET: 'short' }, [], /PHONE_LOGIN_TOKEN_SECRET must be at least 32 bytes/],
    ['a secret on the command line', { PHONE_LOGIN_CHALLENGE: 'simulated' }, ['--token-secret', SECRET], /--token-secret is not accepted: PHONE_LOGIN_TOKEN_SECRET is a secret/],
    ['an unknown flag', { PHONE_LOGIN_CHALLENGE: 'simulated' }, ['--colour', 'red'], /--colour is not a setting/],
    ['the simulated phone on a public address', { PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_HOST: '0.0.0.0' }, [], /PHONE_LOGIN_HOST must be loopback/],
    ['sms without a gateway', { PHONE_LOGIN_CHALLENGE: 'sms', PHONE_LOGIN_TOKEN_SECRET: SECRET }, [], /PHONE_LOGIN_SMS is required/],
    ['twilio without its token', { ...TWILIO('http://127.0.0.1:9'), TWILIO_AUTH_TOKEN: '' }, [], /TWILIO_AUTH_TOKEN is required/],
    ['sms without the site name', { ...TWILIO('http://127.0.0.1:9'), PHONE_LOGIN_APP_NAME: '' }, [], /PHONE_LOGIN_APP_NAME is required/],
    ['a port out of range', { PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_PORT: '70000' }, [], /PHONE_LOGIN_PORT must be a whole number from 0 to 65535/],
    ['an origin with a path', { PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_ALLOW_ORIGINS: 'https://shop.example/' }, [], /PHONE_LOGIN_ALLOW_ORIGINS must list origins/],
    ['access tokens without an API key', { PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_REQUIRE_ACCESS_TOKEN: '1' }, [], /PHONE_LOGIN_API_KEY is required with PHONE_LOGIN_REQUIRE_ACCESS_TOKEN=1/],
    ['an unreadable users file', { PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_USERS: '/nonexistent/users.json' }, [], /PHONE_LOGIN_USERS names a file that cannot be read/],
    ['Redis without the shared secret', { PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_REDIS_URL: 'redis://127.0.0.1:1' }, [], /PHONE_LOGIN_TOKEN_SECRET is required with PHONE_LOGIN_REDIS_URL/],
    ['a Redis address that is no URL', { PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_TOKEN_SECRET: SECRET, PHONE_LOGIN_REDIS_URL: 'localhost:6379' }, [], /PHONE_LOGIN_REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    ['a proxy that is no address', { PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_TRUSTED_PROXIES: '10.0.0.0/8, proxy.example' }, [], /PHONE_LOGIN_TRUSTED_PROXIES must list IP addresses or CIDR ranges/],
    ['an unknown country', { PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_COUNTRIES: 'EE,XX' }, [], /PHONE_LOGIN_COUNTRIES must list ISO 3166 country codes/],
  ];
  for (const [name, env, args, message] of misconfigured) {
    it(`refuses to start with ${name}: exit code 2 and one line naming the setting`, () => {
      const { status, stderr, stdout } = refuse(env, args);
      assert.equal(status, 2);
      assert.match(stderr, message);
      assert.equal(stderr.trim().split('\n').length, 1, `one line, no stack: ${stderr}`);
      assert.equal(stdout, '', 'nothing listened');
    });
  }

  it('lists every setting in --help', () => {
    const { status, stdout } = refuse({}, ['--help']);
    assert.equal(status, 0);
    for (const name of SETTINGS_BY_NAME.keys()) assert.ok(stdout.includes(name), name);
  });
});
