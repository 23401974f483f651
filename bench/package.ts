// The package as a backend team gets it: packed, installed from the tarball into an empty folder,
// its size on disk, and the cold start of `phone-login-server` to ready (a listening line, then
// /readyz 200), beside a bare `node:http` server started the same way in the same run.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { spread } from './page-server.js';

const RUNS = 7;

/** Milliseconds from spawning `command` to its `listening on http://…` line and a 200 from `readyPath`. */
async function coldStart(command: string, args: string[], cwd: string, env: Record<string, string>, readyPath: string): Promise<[number, number]> {
  const t0 = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const url = await new Promise<string>((done, fail) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const match = /listening on (http:\/\/[^\s"]+)/.exec(line);
        if (match) done(match[1]!);
      });
      child.once('exit', (code) => fail(new Error(`${command} exited with ${code}`)));
    });
    const listening = performance.now() - t0;
    while ((await fetch(url + readyPath).catch(() => undefined))?.status !== 200);
    return [listening, performance.now() - t0];
  } finally {
    child.kill('SIGKILL');
  }
}

/** Kilobytes a folder takes on disk. */
const kb = (path: string) => Number(execFileSync('du', ['-sk', path], { encoding: 'utf8' }).split('\t')[0]);

/** Prints the package's size installed and the cold start figures. */
export async function packageFigures(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'phone-login-bench-'));
  try {
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name": "host", "private": true}');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', resolve(dir, tarball)], { cwd: app, stdio: 'ignore' });
    const packages = execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: app, encoding: 'utf8' }).trim().split('\n').length - 1;
    console.log(`tarball ${Math.round(kb(join(dir, tarball)))} KB; installed: phone-login ${kb(join(app, 'node_modules/phone-login'))} KB, with its ${packages - 1} dependencies ${kb(join(app, 'node_modules'))} KB`);
    const bin = join(app, 'node_modules/.bin/phone-login-server');
    const ours: number[][] = [];
    const bare: number[][] = [];
    const baseline = "require('node:http').createServer((q, s) => s.end()).listen(0, '127.0.0.1', function () { console.log('listening on http://127.0.0.1:' + this.address().port) })";
    for (let i = 0; i < RUNS; i++) {
      ours.push(await coldStart(bin, [], app, { PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_PORT: '0' }, '/readyz'));
      bare.push(await coldStart(process.execPath, ['-e', baseline], app, {}, '/'));
    }
    console.log(`cold start, ${RUNS} runs, ms (spawn → listening line → first 200):`);
    console.log(`  phone-login-server: listening ${spread(ours.map((r) => r[0]!))}; ready ${spread(ours.map((r) => r[1]!))}`);
    console.log(`  bare node:http:     listening ${spread(bare.map((r) => r[0]!))}; ready ${spread(bare.map((r) => r[1]!))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await packageFigures();
