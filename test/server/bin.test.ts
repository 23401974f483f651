import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';

const SITE = 'http://127.0.0.1:5173';

/** Runs server/main.ts with `args` on a free port; resolves with its URL and its stderr so far. */
async function launch(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--host', '127.0.0.1', '--allow-origin', SITE, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  after(() => child.kill('SIGKILL'));
  const output = { stderr: '' };
  child.stderr!.on('data', (chunk) => (output.stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
      if (match && match[2] !== '0') resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output.stderr}`)));
  });
  const post = (path: string, body: unknown) =>
    fetch(`${url}/api/auth-valimo/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: SITE }, body: JSON.stringify(body) });
  return { child, url, output, post };
}

describe('server/main.ts', () => {
  it('starts on a free port, logs a user in through the simulated phone, and stops on SIGTERM', async () => {
    const { child, url, output, post } = await launch(['--processing-delay-ms', '50']);
    const created = await post('', { phone: '+3725123456' });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('Access-Control-Allow-Origin'), SITE);
    const login = await created.json();

    const prompts = await (await fetch(`${url}/__phone/prompts?wait=5`)).json();
    assert.deepEqual(prompts, [{ uuid: login.uuid, phone: '+3725123456', code: login.message }]);
    assert.equal((await fetch(`${url}/__phone/prompts/${login.uuid}/approve`, { method: 'POST' })).status, 204);

    let state = '';
    let token: string | null = null;
    for (let i = 0; i < 20 && state !== 'OK'; i++) ({ state, token } = await (await post('result/', { uuid: login.uuid, wait: 2 })).json());
    assert.equal(state, 'OK');
    assert.ok(token && token.length > 20);

    // A held long poll must not delay the shutdown.
    const second = await (await post('', { phone: '+3725123456' })).json();
    void post('result/', { uuid: second.uuid, wait: 30 }).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    const t0 = performance.now();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.ok(performance.now() - t0 < 3000);
    assert.ok(!output.stderr.includes('+372') && !output.stderr.includes(token), 'nothing sensitive is logged');
  });

  it('with --challenge pin, sends codes of the asked shape to the simulated inbox and logs in with one', async () => {
    const { child, url, post } = await launch(['--challenge', 'pin', '--pin-length', '8', '--pin-type', 'alpha', '--webotp-host', 'example.com']);
    const login = await (await post('', { phone: '+3725123456' })).json();
    assert.deepEqual([login.challenge, login.pin_length, login.pin_type], ['pin', 8, 'alpha']);
    const [sms] = await (await fetch(`${url}/__phone/sms`)).json();
    const code = /code is ([A-Z]{8})\./.exec(sms.body)?.[1];
    assert.ok(code, sms.body);
    assert.equal(sms.body.split('\n').at(-1), `@example.com #${code}`);
    assert.equal((await fetch(`${url}/__phone/settings`)).status, 404, 'no switch on a single-challenge server');
    const verified = await (await post('result/', { uuid: login.uuid, pin: code })).json();
    assert.equal(verified.state, 'OK');
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it('takes the per-number limits from the command line', async () => {
    const { child, post } = await launch(['--challenge', 'pin', '--resend-cooldown', '0', '--codes-per-number', '2', '--number-window', '600']);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post('', { phone: '+3725123456' })).status);
    assert.deepEqual(statuses, [201, 201, 429]);
    const refused = await post('', { phone: '+3725123456' });
    assert.ok(Number(refused.headers.get('Retry-After')) > 590, 'the window is ten minutes');
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it('refuses an unknown --challenge', async () => {
    await assert.rejects(launch(['--challenge', 'fax']), /exited with 1/);
  });

  it('with --sms twilio, sends codes through the gateway from the environment and mounts no simulated phone', async () => {
    const bodies: string[] = [];
    const gateway = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    after(() => gateway.close());
    const { url, post, output } = await launch(['--challenge', 'pin', '--sms', 'twilio', '--app-name', 'Acme'], {
      TWILIO_ACCOUNT_SID: 'AC123',
      TWILIO_AUTH_TOKEN: 'secret-token',
      SMS_FROM: '+15005550006',
      TWILIO_BASE_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`,
    });
    const login = await (await post('', { phone: '+3725123456' })).json();
    assert.equal(login.state, 'Processing');
    const sent = new URLSearchParams(bodies[0]);
    assert.equal(sent.get('To'), '+3725123456');
    assert.match(sent.get('Body')!, /^Acme: your login code is \d{6}\./);
    for (const path of ['sms', 'prompts', 'settings']) assert.equal((await fetch(`${url}/__phone/${path}`)).status, 404, path);
    assert.ok(!output.stderr.includes('secret-token'));
  });

  it('refuses --sms twilio without its secrets in the environment', async () => {
    await assert.rejects(launch(['--challenge', 'pin', '--sms', 'twilio'], { TWILIO_ACCOUNT_SID: '', TWILIO_AUTH_TOKEN: '' }), /TWILIO_ACCOUNT_SID/);
  });
});
