import { errorMessage } from '../host/host-errors';
import { captureAppLogs } from './app-log-capture';
import { parseCommandLine, type CliCommand } from './cli-args';
import { CliError, EXIT_CODES, type ExitCode } from './cli-errors';
import type { CommandContext } from './command-context';
import { eventCommand } from './commands/event-command';
import { invokeCommand } from './commands/invoke-command';
import { serveCommand } from './commands/serve-command';
import { statusCommand } from './commands/status-command';
import { sweepCommand } from './commands/sweep-command';
import { syncCommand } from './commands/sync-command';
import { trailCommand } from './commands/trail-command';
import { readEnvironment, secretsOf } from './environment';
import { createCliOutput, type CliOutput, type OutputStreams } from './output';
import { Redactor } from './redactor';
import { USAGE } from './usage';

/**
 * One run of the command line, from arguments to exit code. Every failure ends here as one line (and, for a
 * configuration problem, one line per problem); a stack trace only with --verbose.
 */
export interface CliProcess extends OutputStreams {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: NodeJS.ReadableStream;
  interactive: boolean;
}

export async function runCli(io: CliProcess): Promise<ExitCode> {
  let out = createCliOutput(io, new Redactor([]));
  let verbose = io.argv.includes('--verbose') || io.argv.includes('-v');
  try {
    const parsed = parseCommandLine(io.argv);
    const { command } = parsed;
    verbose = parsed.verbose;
    if (command.name === 'help') {
      out.line(USAGE);
      return EXIT_CODES.done;
    }
    const env = readEnvironment(io.env, io.cwd);
    out = createCliOutput(io, new Redactor(secretsOf(env)));
    for (const name of env.ignored) out.note(`${name} is ignored: it only applies with JIRA_URL.`);
    const ctx: CommandContext = { env, out, verbose, input: io.stdin, interactive: io.interactive };
    return await withCapturedLogs(ctx, () => dispatch(ctx, command));
  } catch (error) {
    return reportFailure(out, error, verbose);
  }
}

async function withCapturedLogs(ctx: CommandContext, work: () => Promise<ExitCode>): Promise<ExitCode> {
  const capture = captureAppLogs({
    verbose: ctx.verbose,
    write: (line) => {
      ctx.out.note(line);
    },
  });
  try {
    return await work();
  } finally {
    capture.restore();
    const { hiddenAppLines, hiddenOther } = capture.summary();
    if (hiddenAppLines + hiddenOther > 0) {
      const other = hiddenOther > 0 ? ` and ${hiddenOther} other console messages` : '';
      ctx.out.note(`Not shown: ${hiddenAppLines} app log lines (info, debug)${other}; --verbose shows them.`);
    }
  }
}

function dispatch(ctx: CommandContext, command: Exclude<CliCommand, { name: 'help' }>): Promise<ExitCode> {
  switch (command.name) {
    case 'sync':
      return syncCommand(ctx, command);
    case 'event':
      return eventCommand(ctx, command.file, command.yes);
    case 'sweep':
      return sweepCommand(ctx, command.yes);
    case 'invoke':
      return invokeCommand(ctx, command);
    case 'serve':
      return serveCommand(ctx, command);
    case 'status':
      return statusCommand(ctx, command);
    case 'trail':
      return trailCommand(ctx, command);
  }
}

function reportFailure(out: CliOutput, error: unknown, verbose: boolean): ExitCode {
  if (error instanceof CliError) {
    out.note(error.message);
    for (const detail of error.details) out.note(`  ${detail}`);
    return error.exitCode;
  }
  out.note(`The command failed: ${errorMessage(error)}`);
  if (verbose && error instanceof Error && error.stack !== undefined) out.note(error.stack);
  return EXIT_CODES.runFailures;
}
