import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';

const SITE = 'http://127.0.0.1:5173';

describe('server/main.ts', () => {
  it('starts on a free port, logs a user in through the simulated phone, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', '--port', '0', '--host', '127.0.0.1', '--allow-origin', SITE, '--processing-delay-ms', '50'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    after(() => child.kill('SIGKILL'));
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
        if (match && match[2] !== '0') resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    });

    const api = `${url}/api/auth-valimo/`;
    const post = (path: string, body: unknown) =>
      fetch(api + path, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: SITE }, body: JSON.stringify(body) });
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
    assert.ok(!stderr.includes('+372') && !stderr.includes(token), 'nothing sensitive is logged');
  });
});
