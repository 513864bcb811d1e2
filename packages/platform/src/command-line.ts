import { parseArgs, type ParseArgsConfig } from 'node:util';

type WithHelp<T extends ParseArgsConfig> = Omit<T, 'options' | 'strict' | 'args'> & {
  options: NonNullable<T['options']> & { help: { type: 'boolean'; short: 'h' } };
  strict: true;
  args: string[];
};
type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<WithHelp<T>>>;

export interface CommandLine<T extends ParseArgsConfig> {
  values: Parsed<T>['values'];
  positionals: Parsed<T>['positionals'];
  /** Refuses the arguments: the problem and the usage on stderr, exit code 2. */
  fail(problem: string): never;
}

const isParseArgsError = (error: unknown): error is Error => error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');

/**
 * A command's arguments, read strictly with Node's `util.parseArgs`:
 * `--help` or `-h` prints the usage and exits 0; an unknown option, a missing
 * value or an unexpected argument prints one line and the usage and exits 2.
 * Never a stack trace: a person typed these.
 */
export function readCommandLine<const T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(usage: string, config: T, args: string[] = process.argv.slice(2)): CommandLine<T> {
  const text = usage.trim();
  const fail = (problem: string): never => {
    console.error(`${problem}\n\n${text}`);
    process.exit(2);
  };
  const end = args.indexOf('--');
  const asksForHelp = (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
  let parsed: Parsed<T> | undefined;
  try {
    parsed = parseArgs<WithHelp<T>>({ ...config, args, strict: true, options: { ...config.options, help: { type: 'boolean', short: 'h' } } } as WithHelp<T>);
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    if (!asksForHelp) fail(error.message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  if (!parsed || asksForHelp || (parsed.values as { help?: boolean }).help) {
    console.log(text);
    process.exit(0);
  }
  return { values: parsed.values, positionals: parsed.positionals, fail };
}
