import { createHash } from 'node:crypto';
import { pino, type DestinationStream, type LevelWithSilent } from 'pino';

/**
 * The structured logger the server writes to: pino's interface, so a host can pass its own pino
 * logger (or anything with these four levels and `child`). Fields first, then a fixed message.
 */
export interface Logger {
  /** Details for debugging. */
  debug(fields: object, message: string): void;
  /** Normal events: starts, verifies, a server that listens. */
  info(fields: object, message: string): void;
  /** Refusals and limits: wrong codes, lockouts, 429s. */
  warn(fields: object, message: string): void;
  /** Failures that need an operator: provider errors, bad configuration. */
  error(fields: object, message: string): void;
  /** A logger that adds `bindings` to every line. */
  child(bindings: object): Logger;
}

/** Settings of the default logger. */
export interface LoggerOptions {
  /** Lowest level written (default `info`); `silent` writes nothing. */
  level?: LevelWithSilent;
  /** Where lines go (default stdout). */
  destination?: DestinationStream;
}

/**
 * Field names that would carry a secret or a number if a caller ever passed one. The server never
 * logs them on purpose; this is the net under that rule, not the rule.
 */
const REDACT = ['phone', 'token', 'pin', 'code', 'secret', 'password', 'authorization', '*.phone', '*.token', '*.pin', '*.authorization'];

/** A pino logger writing JSON lines, with secrets and numbers redacted. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      name: 'phone-login',
      level: options.level ?? 'info',
      redact: { paths: REDACT, censor: '[redacted]' },
      // Errors are logged by name and stack frames only: their messages may quote a number or an upstream URL.
      serializers: { err: errorWithoutText },
    },
    options.destination,
  );
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};

/** An error as a log field: its type and where it was thrown, never its message. */
export function errorWithoutText(error: unknown): { type: string; stack: string[] } {
  const type = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  return { type, stack: frames.slice(0, 8).map((line) => line.trim()) };
}

/** A short, non-secret label of a login for log lines: a hash prefix, so the log is no key to `result/`. */
export function loginLabel(uuid: string): string {
  return createHash('sha256').update(uuid).digest('hex').slice(0, 10);
}
