import type { LogLevel, LogPort } from './ports';

/** Field names whose values must never reach a log line. */
const SECRET_FIELD = /api[-_]?key|token|secret|passw(or)?d|authori[sz]ation|cookie|credential/i;
const MAX_STRING_LENGTH = 500;
const MAX_DEPTH = 4;
const REDACTED = '[redacted]';
/** The line's own keys; a field of the same name would overwrite them, so it is left out. */
const RESERVED_FIELDS = new Set(['level', 'event', 'time']);

export type LogSink = (level: LogLevel, line: string) => void;

const LEVEL_RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * Forge keeps 100 log lines per runtime minute: request-level debug lines are off unless the environment
 * variable LOG_LEVEL asks for them (`forge variables set LOG_LEVEL debug`).
 */
function minimumLevel(): LogLevel {
  const wanted = process.env.LOG_LEVEL?.toLowerCase();
  return wanted === 'debug' || wanted === 'warn' || wanted === 'error' ? wanted : 'info';
}

/**
 * The log port: one JSON line per call (`level`, `event`, `time`, then the fields), which is what `forge logs`
 * shows. Fields named like credentials are replaced by "[redacted]" at any depth, and long strings are cut.
 */
export function createForgeLog(
  options: { sink?: LogSink; now?: () => Date; minLevel?: LogLevel } = {},
): LogPort {
  const sink = options.sink ?? writeToConsole;
  const now = options.now ?? (() => new Date());
  const threshold = LEVEL_RANK[options.minLevel ?? minimumLevel()];
  return {
    log(level, event, fields = {}) {
      if (LEVEL_RANK[level] < threshold) return;
      sink(level, JSON.stringify({ level, event, time: now().toISOString(), ...sanitiseFields(fields, 0) }));
    },
  };
}

function sanitise(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return truncate(value);
  if (value instanceof Error) return { name: value.name, message: truncate(value.message) };
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) return value.map((item) => sanitise(item, depth + 1));
  return sanitiseFields(value, depth + 1);
}

function sanitiseFields(fields: object, depth: number): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([name]) => depth > 0 || !RESERVED_FIELDS.has(name))
      .map(([name, field]) => [name, SECRET_FIELD.test(name) ? REDACTED : sanitise(field, depth)]),
  );
}

function truncate(text: string): string {
  if (text.length <= MAX_STRING_LENGTH) return text;
  return `${text.slice(0, MAX_STRING_LENGTH)}… (${text.length - MAX_STRING_LENGTH} more chars)`;
}

function writeToConsole(level: LogLevel, line: string): void {
  if (level === 'error') {
    // eslint-disable-next-line no-console
    console.error(line);
  } else if (level === 'warn') {
    // eslint-disable-next-line no-console
    console.warn(line);
  } else {
    // eslint-disable-next-line no-console
    console.log(line);
  }
}
