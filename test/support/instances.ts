import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';

/** One running `phone-login-server` process (from source), as an operator starts it. */
export interface Instance {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed so far (stdout JSON log lines, then stderr). */
  output(): string;
  /** POSTs JSON to `{base}path`, as a widget (or a host's backend) would; answers status, headers and parsed body. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }>;
  /** Stops it with `signal` and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Every child started here, killed should the test process end without stopping them. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Starts the bin with `env` on a free loopback port; the caller stops it (a leftover is killed when the tests end). */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/bin.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PHONE_LOGIN_PORT: '0', PHONE_LOGIN_LOG_LEVEL: 'debug', ...env },
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      stdout += `${line}\n`;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    child,
    output: () => stdout + stderr,
    async post(path, body, headers = {}) {
      const response = await fetch(`${url}/api/auth-valimo/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}

/** A loopback SMS gateway (for PHONE_LOGIN_SMS=http) that keeps every text it is asked to send. */
export async function smsGateway(): Promise<{ url: string; texts: { To: string; Body: string }[]; codeFor(to: string): string | undefined; close(): void }> {
  const texts: { To: string; Body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      texts.push(JSON.parse(body) as { To: string; Body: string });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    close: () => server.close(),
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`,
    texts,
    codeFor: (to) => [...texts].reverse().find((text) => text.To === to)?.Body.match(/(\d{6})/)?.[1],
  };
}
