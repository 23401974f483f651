import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first of `candidates` that exists, or `command` found on PATH; else an error naming the Debian package. */
export function findBinary(what: string, debianPackage: string, candidates: (string | undefined)[], command?: string): string {
  for (const path of candidates) if (path && existsSync(path)) return path;
  if (command) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      const path = join(dir, command);
      if (dir && existsSync(path)) return path;
    }
  }
  throw new Error(`No ${what} found: run \`apt-get install -y ${debianPackage}\` (Debian).`);
}

/** Rejects after `ms` with `message`, else settles as `promise` does. */
export async function within<T>(ms: number, message: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Children we started and have not stopped: killed when this process exits, so none outlives a crashed test. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Notes a child we started, until it exits. */
export function track(child: ChildProcess): ChildProcess {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Stops a child we started (by its own handle, never by name) and waits for it to go. */
export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await gone;
  clearTimeout(timer);
}

/** A virtual X display of our own: Xvfb picks a free display number and tells it on a pipe (-displayfd). */
export interface Display {
  /** The DISPLAY value, e.g. ":3". */
  name: string;
  close(): Promise<void>;
}

export async function startXvfb(): Promise<Display> {
  const xvfb = findBinary('Xvfb (a virtual X server)', 'xvfb', [process.env.XVFB_PATH, '/usr/bin/Xvfb'], 'Xvfb');
  const child = track(
    spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    }),
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const number = await within(
    15_000,
    'Xvfb did not report a display within 15 s (package xvfb)',
    new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdio[3]!.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(out.trim());
      });
      child.once('error', (error) => reject(new Error(`Xvfb (${xvfb}) could not start: ${error.message}; \`apt-get install -y xvfb\` (Debian) installs it.`)));
      child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`)));
    }),
  ).catch(async (error) => {
    await stop(child);
    throw error;
  });
  return { name: `:${number}`, close: () => stop(child) };
}
