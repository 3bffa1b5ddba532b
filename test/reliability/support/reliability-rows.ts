import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SUMMARY_DIR, type SummaryRow } from '../../support/suite-summary';

/**
 * Every reliability suite writes what it tried and what it found to `test-output/reliability/<suite>.json`
 * (`SuiteSummary` collects a suite's rows scenario by scenario; `writeSuiteRows` writes rows a suite built
 * itself); the run's globalTeardown reads all of those files, parsed here, and prints them as one table.
 */
export const ReliabilityRowSchema = z.object({
  suite: z.string().min(1),
  scenario: z.string().min(1),
  cases: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  lostUpdates: z.number().int().nonnegative(),
  retries: z.number().int().nonnegative(),
  result: z.enum(['pass', 'fail']),
  note: z.string(),
});
export type ReliabilityRow = SummaryRow;

export const ReliabilityFileSchema = z.object({ rows: z.array(ReliabilityRowSchema) });

export const RELIABILITY_OUTPUT_DIR = SUMMARY_DIR;

/** Replaces the suite's file with these rows. */
export function writeSuiteRows(suite: string, rows: readonly ReliabilityRow[]): void {
  mkdirSync(RELIABILITY_OUTPUT_DIR, { recursive: true });
  const file = path.join(RELIABILITY_OUTPUT_DIR, `${suite}.json`);
  writeFileSync(file, `${JSON.stringify(ReliabilityFileSchema.parse({ rows }), null, 2)}\n`);
}

/** Every row of every suite file in `dir`; a file that does not parse becomes a failing row naming it. */
export function readAllRows(dir: string = RELIABILITY_OUTPUT_DIR): ReliabilityRow[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return files.sort().flatMap((name): ReliabilityRow[] => {
    const parsed = ReliabilityFileSchema.safeParse(safeJson(path.join(dir, name)));
    if (parsed.success) return parsed.data.rows;
    const reason = parsed.error.issues[0]?.message ?? 'unreadable';
    return [
      {
        suite: name.replace(/\.json$/, ''),
        scenario: `unreadable result file ${name}`,
        cases: 0,
        duplicates: 0,
        lostUpdates: 0,
        retries: 0,
        result: 'fail',
        note: reason,
      },
    ];
  });
}

function safeJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const COLUMNS = ['Suite', 'Scenario', 'Cases', 'Duplicates', 'Lost updates', 'Retries', 'Result', 'Note'];

/** The rows as a Markdown table (the same text goes to the terminal and into README). */
export function formatRowsTable(rows: readonly ReliabilityRow[]): string {
  const cells = rows.map((row) => [
    row.suite,
    row.scenario,
    String(row.cases),
    String(row.duplicates),
    String(row.lostUpdates),
    String(row.retries),
    row.result,
    row.note,
  ]);
  const widths = COLUMNS.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
  return [line(COLUMNS), rule, ...cells.map(line)].join('\n');
}
