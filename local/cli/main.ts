// First: the Forge globals must exist before anything loads @forge/api (see local/host/README.md).
import '../host/register';
import { isatty } from 'node:tty';
import { runCli } from './run-cli';

/** `npm run cli -- <command>` and `npm start`. See usage.ts and docs/cli.md. */
async function main(): Promise<void> {
  const code = await runCli({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: isatty(0) && isatty(2),
  });
  // The last line may be the JSON a script reads: let it be handed over, then end even if sockets linger.
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}

function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write('', () => {
      resolve();
    });
  });
}

void main();
