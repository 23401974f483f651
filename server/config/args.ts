import { SETTINGS_BY_NAME, flagOf } from './catalogue.js';
import { ConfigError, type Env } from './env.js';

/** What the command line asks for. */
export type CommandLine = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; env: Env };

const FLAGS: ReadonlyMap<string, string> = new Map(
  [...SETTINGS_BY_NAME.values()].filter((setting) => !setting.secret).map((setting) => [flagOf(setting.name), setting.name]),
);

/**
 * Reads `--flag value`, `--flag=value` and a bare `--flag` (meaning 1) over the environment:
 * the result is the environment with the flags' settings replaced. Secrets are refused as flags,
 * because every user of the machine can read a command line.
 */
export function parseCommandLine(argv: readonly string[], env: Env): CommandLine {
  const overrides: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version') return { kind: 'version' };
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = FLAGS.get(flag);
    if (!name) {
      const secretFlag = [...SETTINGS_BY_NAME.values()].find((s) => s.secret && flagOf(s.name) === flag);
      if (secretFlag) throw new ConfigError(flag, `is not accepted: ${secretFlag.name} is a secret, so set it in the environment or in a file named by ${secretFlag.name}_FILE, never on the command line`);
      throw new ConfigError(flag.slice(0, 60), 'is not a setting (see --help)');
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      value = next === undefined || next.startsWith('--') ? '1' : next;
      if (value === next) i++;
    }
    overrides[name] = value;
  }
  return { kind: 'run', env: { ...env, ...overrides } };
}
