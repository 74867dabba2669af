/** A usage mistake: the CLI prints it with a pointer to the help and exits with status 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  /** `--name VALUE` (string) or a bare `--name` (flag). */
  [name: string]: 'string' | 'flag';
}

export interface ParsedArgs {
  options: Record<string, string | true>;
  positionals: string[];
}

/**
 * A small parser with Chinese messages: `--name VALUE`, `--name=VALUE`, bare flags, `-h`, and
 * `--` to end the options.
 */
export function parseArgs(args: readonly string[], spec: OptionSpec): ParsedArgs {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`未知选项 ${arg}`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq >= 0 ? eq : undefined);
    const kind = name === 'help' ? 'flag' : spec[name];
    if (!kind) throw new UsageError(`未知选项 --${name}`);
    if (name in options) throw new UsageError(`选项 --${name} 重复出现`);
    if (kind === 'flag') {
      if (eq >= 0) throw new UsageError(`选项 --${name} 不带值`);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      value = args[i + 1];
      i++;
    }
    if (value === undefined || value === '') throw new UsageError(`选项 --${name} 需要一个值`);
    options[name] = value;
  }
  return { options, positionals };
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options[name];
  return typeof value === 'string' ? value : undefined;
}
