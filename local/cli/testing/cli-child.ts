import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../app/local-app';

/**
 * Runs the command line as its own process, the way `npm run cli` does (`node --import tsx local/cli/main.ts`),
 * for the integration tests: the environment is exactly what the test gives (the CLI's variables of the test
 * process itself never leak in), and stdout, stderr and the exit code are collected.
 */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface CliChild {
  process: ChildProcessWithoutNullStreams;
  /** Everything written to stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout has a line matching `pattern` (rejects after `timeoutMs`). */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  result: Promise<CliResult>;
}

const CLI_VARIABLES = [
  'PEOPLEFORCE_URL',
  'PEOPLEFORCE_API_KEY',
  'JIRA_URL',
  'JIRA_EMAIL',
  'JIRA_API_TOKEN',
  'LOCAL_STATE_DIR',
];

export function startCli(args: readonly string[], env: Record<string, string> = {}): CliChild {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !CLI_VARIABLES.includes(name)),
  );
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('local', 'cli', 'main.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...inherited, ...env },
  });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    for (const wake of waiters) wake();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const result = new Promise<CliResult>((resolve) => {
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr, durationMs: Date.now() - started });
      for (const wake of waiters) wake();
    });
  });
  return {
    process: child,
    stdout: () => stdout,
    stderr: () => stderr,
    result,
    waitForLine: (pattern, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = stdout
            .split('\n')
            .map((line) => line.match(pattern))
            .find((found) => found !== null);
          if (match) {
            cleanup();
            resolve(match);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            cleanup();
            reject(
              new Error(
                `The CLI ended before printing ${String(pattern)}.\nstdout:\n${stdout}\nstderr:\n${stderr}`,
              ),
            );
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `No line matching ${String(pattern)} within ${timeoutMs} ms.\nstdout:\n${stdout}\nstderr:\n${stderr}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
  };
}

export function runCliProcess(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  const child = startCli(args, env);
  child.process.stdin.end();
  return child.result;
}

/** The last stdout line, parsed: `sync`, `event` and `sweep` end with one JSON object. */
export function lastJsonLine(result: CliResult): Record<string, unknown> {
  const lines = result.stdout.trimEnd().split('\n');
  return JSON.parse(lines.at(-1) ?? '') as Record<string, unknown>;
}

/** Every file under `dir` with its exact content, to tell whether a command changed the folder at all. */
export async function folderContents(dir: string): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    contents.set(path.relative(dir, file), await readFile(file, 'utf8'));
  }
  return contents;
}
