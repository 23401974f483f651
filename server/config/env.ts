import { accessSync, constants, readFileSync } from 'node:fs';

/** The environment as the settings read it (process.env, or a test's own object). */
export type Env = Readonly<Record<string, string | undefined>>;

/** A setting that is missing or malformed: the server refuses to start with this one line. */
export class ConfigError extends Error {
  constructor(
    /** The environment variable (or flag) at fault. */
    readonly setting: string,
    /** What is wrong, as a predicate that follows the name: "must be…", "is required…". */
    problem: string,
  ) {
    super(`${setting} ${problem}`);
    this.name = 'ConfigError';
  }
}

/** A text setting; '' counts as unset. */
export function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** A text setting that must be present. */
export function requiredText(env: Env, name: string, why = 'is required'): string {
  const value = text(env, name);
  if (value === undefined) throw new ConfigError(name, why);
  return value;
}

/**
 * A secret: from `NAME`, or from the file `NAME_FILE` names (Docker and Kubernetes secrets), never
 * from a flag, since other users of the machine can read command lines.
 */
export function secret(env: Env, name: string): string | undefined {
  const direct = text(env, name);
  const file = text(env, `${name}_FILE`);
  if (direct !== undefined && file !== undefined) throw new ConfigError(name, `must not be set together with ${name}_FILE: use one`);
  if (file === undefined) return direct;
  let content: string;
  try {
    content = readFileSync(file, 'utf8').trim();
  } catch {
    throw new ConfigError(`${name}_FILE`, `names a file that cannot be read: ${file}`);
  }
  if (content === '') throw new ConfigError(`${name}_FILE`, `names an empty file: ${file}`);
  return content;
}

/** A secret that must be present. */
export function requiredSecret(env: Env, name: string, why = 'is required'): string {
  const value = secret(env, name);
  if (value === undefined) throw new ConfigError(name, `${why} (or ${name}_FILE naming a file that holds it)`);
  return value;
}

/** A whole number within bounds, or the fallback when unset. */
export function integer(env: Env, name: string, bounds: { min?: number; max?: number }, fallback: number): number;
export function integer(env: Env, name: string, bounds: { min?: number; max?: number }): number | undefined;
export function integer(env: Env, name: string, { min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number }, fallback?: number): number | undefined {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max === Number.MAX_SAFE_INTEGER ? 'up' : max}, not "${value.slice(0, 40)}"`);
  }
  return number;
}

/** One of `choices`, or the fallback when unset. */
export function oneOf<T extends string>(env: Env, name: string, choices: readonly T[], fallback?: T): T | undefined {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) throw new ConfigError(name, `must be one of ${choices.join(', ')}, not "${value.slice(0, 40)}"`);
  return value as T;
}

/** A yes/no setting: 1, true, yes, on or 0, false, no, off. */
export function flag(env: Env, name: string, fallback = false): boolean {
  const value = text(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(name, `must be 1 or 0 (true/false), not "${value.slice(0, 40)}"`);
}

/** A comma-separated list, without empty items. */
export function list(env: Env, name: string): string[] {
  return (text(env, name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** An absolute http(s) URL; `https` demands TLS. */
export function url(env: Env, name: string, options: { https?: boolean; fallback?: string } = {}): URL | undefined {
  const value = text(env, name) ?? options.fallback;
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, `must be an absolute URL, not "${value.slice(0, 60)}"`);
  }
  if (parsed.protocol !== 'https:' && (options.https || parsed.protocol !== 'http:')) {
    throw new ConfigError(name, options.https ? 'must be an https:// URL' : 'must be an http:// or https:// URL');
  }
  if (parsed.username || parsed.password) throw new ConfigError(name, 'must not carry credentials; use the setting meant for them');
  return parsed;
}

/** A path to a file the server can read. */
export function readableFile(env: Env, name: string): string | undefined {
  const path = text(env, name);
  if (path === undefined) return undefined;
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new ConfigError(name, `names a file that cannot be read: ${path}`);
  }
  return path;
}
