import { errorMessage } from '../host/host-errors';
import { parseArgs } from 'node:util';
import { UsageError } from './cli-errors';

/** The command line's grammar: one command, its positional arguments and the flags it takes. */
export type CliCommand =
  | { name: 'sync'; configFile: string | null; dryRun: boolean; yes: boolean }
  | { name: 'event'; file: string; yes: boolean }
  | { name: 'sweep'; yes: boolean }
  | { name: 'invoke'; key: string; payload: string | null; yes: boolean }
  | { name: 'serve'; intervalSeconds: number; port: number; yes: boolean }
  | { name: 'status'; runs: number; json: boolean }
  | { name: 'trail'; target: string; json: boolean }
  | { name: 'help' };

export interface ParsedCommandLine {
  command: CliCommand;
  verbose: boolean;
}

const OPTIONS = {
  config: { type: 'string' },
  'dry-run': { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  interval: { type: 'string' },
  port: { type: 'string' },
  runs: { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;
type OptionName = keyof typeof OPTIONS;
type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Which flags each command takes (besides --verbose and --help), and how many positional arguments. */
const GRAMMAR: Record<
  Exclude<CliCommand['name'], 'help'>,
  { flags: OptionName[]; min: number; max: number; args: string }
> = {
  sync: { flags: ['config', 'dry-run', 'yes'], min: 0, max: 0, args: '' },
  event: { flags: ['yes'], min: 1, max: 1, args: 'FILE' },
  sweep: { flags: ['yes'], min: 0, max: 0, args: '' },
  invoke: { flags: ['yes'], min: 1, max: 2, args: 'KEY [JSON|FILE]' },
  serve: { flags: ['interval', 'port', 'yes'], min: 0, max: 0, args: '' },
  status: { flags: ['runs', 'json'], min: 0, max: 0, args: '' },
  trail: { flags: ['json'], min: 1, max: 1, args: 'TASK_ID|ISSUE_KEY' },
};

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const { values, positionals } = parseOrExplain(argv);
  const verbose = values.verbose === true;
  const [name, ...args] = positionals;
  if (name === undefined || name === 'help' || values.help === true)
    return { command: { name: 'help' }, verbose };
  if (!isCommandName(name)) throw new UsageError(`Unknown command "${name}". Run with help for the list.`);
  checkGrammar(name, values, args);
  return { command: commandOf(name, values, args), verbose };
}

function parseOrExplain(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
}

function isCommandName(name: string): name is keyof typeof GRAMMAR {
  return Object.hasOwn(GRAMMAR, name);
}

function checkGrammar(name: keyof typeof GRAMMAR, values: Values, args: string[]): void {
  const grammar = GRAMMAR[name];
  const shared: OptionName[] = ['verbose', 'help'];
  const foreign = (Object.keys(values) as OptionName[]).filter(
    (flag) => !grammar.flags.includes(flag) && !shared.includes(flag),
  );
  if (foreign.length > 0) {
    throw new UsageError(`${name} does not take ${foreign.map((flag) => `--${flag}`).join(', ')}.`);
  }
  if (args.length < grammar.min || args.length > grammar.max) {
    throw new UsageError(`Usage: npm run cli -- ${name}${grammar.args === '' ? '' : ` ${grammar.args}`}`);
  }
}

function commandOf(name: keyof typeof GRAMMAR, values: Values, args: string[]): CliCommand {
  switch (name) {
    case 'sync':
      return {
        name,
        configFile: values.config ?? null,
        dryRun: values['dry-run'] === true,
        yes: values.yes === true,
      };
    case 'event':
      return { name, file: args[0] ?? '', yes: values.yes === true };
    case 'sweep':
      return { name, yes: values.yes === true };
    case 'invoke':
      return { name, key: args[0] ?? '', payload: args[1] ?? null, yes: values.yes === true };
    case 'serve':
      return {
        name,
        intervalSeconds: wholeNumber('--interval', values.interval, 20, 1),
        port: wholeNumber('--port', values.port, 0, 0, 65_535),
        yes: values.yes === true,
      };
    case 'status':
      return { name, runs: wholeNumber('--runs', values.runs, 10, 1), json: values.json === true };
    case 'trail':
      return { name, target: args[0] ?? '', json: values.json === true };
  }
}

function wholeNumber(
  flag: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max = 86_400,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`${flag} takes a whole number from ${min} to ${max}, not "${text}".`);
  }
  return value;
}
