import { formatRowsTable, readAllRows } from '../support/reliability-rows';

/**
 * Jest globalTeardown (it runs after the reporters' own summary): prints every row the reliability suites wrote
 * to test-output/reliability as one table.
 */
export default function printReliabilitySummary(): void {
  const rows = readAllRows();
  if (rows.length === 0) return;
  const failed = rows.filter((row) => row.result === 'fail').length;
  process.stdout.write(
    `\nReliability summary (${rows.length} scenarios, ${failed} failed):\n${formatRowsTable(rows)}\n\n`,
  );
}
