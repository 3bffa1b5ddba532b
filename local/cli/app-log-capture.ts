import { format } from 'node:util';
import { z } from 'zod';

/**
 * The app's structured logger (`createForgeLog`) writes its JSON lines with `console.*`. In the command line
 * those lines must not mix with stdout, which carries the results scripts read, so every console call becomes
 * stderr output here: the app's warnings and errors always; its info and debug lines, and whatever libraries
 * print on their own (a feature-gate notice with a stack trace, say), only with --verbose. What was held back
 * is counted, so the command can say how much it did not show.
 */
const LogLineSchema = z.looseObject({ level: z.enum(['debug', 'info', 'warn', 'error']), event: z.string() });

export interface AppLogSummary {
  shown: number;
  /** App log lines at info or debug level that were not shown. */
  hiddenAppLines: number;
  /** Console output that is not an app log line (libraries, simulators) and was not shown. */
  hiddenOther: number;
  warnings: number;
  errors: number;
}

export interface AppLogCapture {
  summary(): AppLogSummary;
  restore(): void;
}

type ConsoleMethod = 'log' | 'info' | 'debug' | 'warn' | 'error';
const METHODS: readonly ConsoleMethod[] = ['log', 'info', 'debug', 'warn', 'error'];

export function captureAppLogs(options: { verbose: boolean; write: (text: string) => void }): AppLogCapture {
  // Kept only to be put back, never called: read as values so that nothing detaches a method from `console`.
  const originals = new Map(
    METHODS.map((method) => [method, Reflect.get(console, method) as unknown] as const),
  );
  const summary: AppLogSummary = { shown: 0, hiddenAppLines: 0, hiddenOther: 0, warnings: 0, errors: 0 };
  const receive = (args: unknown[]) => {
    const text = format(...args);
    const level = levelOf(text);
    if (level === 'warn') summary.warnings += 1;
    if (level === 'error') summary.errors += 1;
    if (options.verbose || level === 'warn' || level === 'error') {
      summary.shown += 1;
      options.write(text);
    } else if (level === null) {
      summary.hiddenOther += 1;
    } else {
      summary.hiddenAppLines += 1;
    }
  };
  for (const method of METHODS) {
    console[method] = (...args: unknown[]) => {
      receive(args);
    };
  }
  return {
    summary: () => ({ ...summary }),
    restore: () => {
      for (const [method, original] of originals) Reflect.set(console, method, original);
    },
  };
}

/** The level of one of the app's JSON log lines; null for anything else. */
function levelOf(text: string): 'debug' | 'info' | 'warn' | 'error' | null {
  if (!text.startsWith('{"')) return null;
  try {
    const parsed = LogLineSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.level : null;
  } catch {
    return null;
  }
}
