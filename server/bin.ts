#!/usr/bin/env node
/**
 * `phone-login-server`: the reference backend as a process, configured from the environment
 * (`--help` lists every setting; docs/server.md explains them). Exit codes: 0 after a clean
 * shutdown, 2 for a missing or malformed setting (one line on stderr naming it), 1 when the
 * address cannot be bound.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from './app.js';
import { client, ClientAddress } from './client-address.js';
import { parseCommandLine } from './config/args.js';
import { helpText } from './config/catalogue.js';
import { ConfigError, oneOf, type Env } from './config/env.js';
import { createLogger, errorWithoutText, type Logger } from './log.js';

/** Milliseconds a shutdown may take before the last connections are cut (exit well within 2 s). */
const SHUTDOWN_GRACE_MS = 1500;

async function main(argv: readonly string[], environment: Env): Promise<number> {
  let env: Env;
  let log: Logger;
  let app: App;
  try {
    const command = parseCommandLine(argv, environment);
    if (command.kind === 'help') return print(helpText());
    if (command.kind === 'version') return print(`${version()}\n`);
    env = command.env;
    log = createLogger({ level: oneOf(env, 'PHONE_LOGIN_LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info')! });
    app = await createApp(env, log);
  } catch (error) {
    // Options a provider itself refuses (RangeError, TypeError) are settings too: one line, never a stack.
    if (error instanceof ConfigError || error instanceof RangeError || error instanceof TypeError) {
      process.stderr.write(`phone-login-server: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const server = createServer(
    {
      // A client gets 10 s for its headers and 15 s for its whole request: a slow body cannot hold a socket.
      headersTimeout: 10_000,
      requestTimeout: 15_000,
      keepAliveTimeout: 5_000,
      // Checked every second rather than every 30: the timeouts above then hold to the second.
      connectionsCheckingInterval: 1_000,
    },
    app.listener,
  );
  const { host, port } = app.settings;
  try {
    await listen(server, port, host);
  } catch (error) {
    process.stderr.write(`phone-login-server: cannot listen on ${host}:${port} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check PHONE_LOGIN_HOST and PHONE_LOGIN_PORT\n`);
    await app.close();
    return 1;
  }
  // Each held long poll is a socket: beyond the cap new connections are refused rather than
  // running the process out of file descriptors (see docs/server.md on `ulimit -n`).
  server.maxConnections = app.settings.maxConnections;
  limitConnectionsPerPeer(server, app.settings.maxConnectionsPerClient, app.settings.trustedProxies);
  let metricsServer: Server | undefined;
  if (app.settings.metricsPort !== undefined) {
    metricsServer = createServer(app.metricsListener);
    try {
      await listen(metricsServer, app.settings.metricsPort, app.settings.metricsHost);
    } catch (error) {
      process.stderr.write(`phone-login-server: cannot listen on ${app.settings.metricsHost}:${app.settings.metricsPort} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check PHONE_LOGIN_METRICS_PORT\n`);
      server.close();
      await app.close();
      return 1;
    }
    log.info({ event: 'metrics_listening' }, `metrics on ${url(metricsServer)}/metrics`);
  }
  log.info({ event: 'listening', challenge: app.settings.challenge, store: app.settings.redisUrl ? 'redis' : 'memory' }, `listening on ${url(server)}`);
  return new Promise<number>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      metricsServer?.close();
      void shutdown(server, app, log, signal).then(() => resolve(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

/**
 * Stops accepting, answers held long polls at once (their clients poll again, elsewhere), lets
 * requests in flight finish, then cuts what is left after SHUTDOWN_GRACE_MS.
 */
async function shutdown(server: Server, app: App, log: Logger, signal: NodeJS.Signals): Promise<void> {
  log.info({ event: 'shutdown', signal }, 'shutting down');
  app.drain();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections go idle as their last answer is sent; close them as they do.
  const idle = setInterval(() => server.closeIdleConnections(), 25);
  const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  try {
    await closed;
  } finally {
    clearInterval(idle);
    clearTimeout(force);
  }
  await app.close();
  log.info({ event: 'stopped' }, 'stopped');
}

/**
 * Closes a new connection at once when its peer already holds `max`: one host cannot take every
 * socket. Trusted proxies are exempt (all their clients arrive through them).
 */
function limitConnectionsPerPeer(server: Server, max: number, trustedProxies: readonly string[]): void {
  const proxies = new ClientAddress(trustedProxies);
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    if (proxies.trusts(socket.remoteAddress ?? '')) return;
    const peer = client(socket.remoteAddress ?? 'unknown');
    const count = (open.get(peer) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(peer, count);
    socket.once('close', () => {
      const left = (open.get(peer) ?? 1) - 1;
      if (left > 0) open.set(peer, left);
      else open.delete(peer);
    });
  });
}

/** `http://host:port` of a listening server. */
function url(server: Server): string {
  const address = server.address() as AddressInfo;
  return `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

/** The package's version, from the package.json above this file (in the source tree or in dist/). */
function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    dir = dirname(dir);
  }
  return 'unknown';
}

// A promise nobody awaited must not take every login of this process down with it: log it and go on.
process.on('unhandledRejection', (error) => {
  process.stderr.write(`phone-login-server: unhandled ${JSON.stringify(errorWithoutText(error))}\n`);
});

main(process.argv.slice(2), process.env).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`phone-login-server: unexpected ${JSON.stringify(errorWithoutText(error))}\n`);
    process.exit(1);
  },
);
