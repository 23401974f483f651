import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createInterface } from 'node:readline';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A running server and how to stop it. */
export interface Running {
  url: string;
  close(): Promise<void>;
}

/** Serves files from `roots` (first match wins) on loopback, as any static host would. */
export async function serveStatic(roots: Record<string, string>, headers: Record<string, string> = {}): Promise<Running> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!path.startsWith(prefix)) continue;
      const file = join(dir, path.slice(prefix.length) || 'index.html');
      if (existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
        createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Starts the reference server (the bin, from source) on a free loopback port with `env`, and waits until it listens. */
export async function startReferenceServer(env: Record<string, string>, args: string[] = []): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/bin.ts', '--port', '0', '--host', '127.0.0.1', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PHONE_LOGIN_LOG_LEVEL: 'info', ...env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /listening on (http:\/\/[^\s"]+)/.exec(line);
      if (match) resolve(match[1]!.replace(/\/$/, ''));
    });
    child.once('exit', (code) => reject(new Error(`reference server exited with ${code}`)));
  });
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Waits until the simulated phone holds a prompt with `code`, as a person would wait for it to ring. */
export async function waitForPrompt(api: string, code: string): Promise<{ uuid: string }> {
  for (let i = 0; i < 100; i++) {
    const prompts = (await (await fetch(`${api}/__phone/prompts`)).json()) as { uuid: string; code: string }[];
    const found = prompts.find((p) => p.code === code);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no prompt with code ${code}`);
}
