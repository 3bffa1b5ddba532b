import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One line of the reliability summary table printed at the end of `npm test`. */
export interface SummaryRow {
  suite: string;
  scenario: string;
  cases: number;
  duplicates: number;
  lostUpdates: number;
  retries: number;
  result: 'pass' | 'fail';
  note: string;
}

export const SUMMARY_DIR = path.resolve(__dirname, '..', '..', 'test-output', 'reliability');

/** Collects a suite's rows and writes them to `test-output/reliability/<file>.json` (`{"rows": [...]}`). */
export class SuiteSummary {
  private readonly rows: SummaryRow[] = [];

  constructor(
    private readonly suite: string,
    private readonly file: string,
  ) {}

  /** Runs one scenario's checks; the row says "fail" (and the error is rethrown) when they throw. */
  async scenario(
    scenario: string,
    check: () => Promise<Omit<SummaryRow, 'suite' | 'scenario' | 'result'>>,
  ): Promise<void> {
    try {
      this.rows.push({ suite: this.suite, scenario, ...(await check()), result: 'pass' });
    } catch (error) {
      const note = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      this.rows.push({
        suite: this.suite,
        scenario,
        cases: 0,
        duplicates: 0,
        lostUpdates: 0,
        retries: 0,
        result: 'fail',
        note,
      });
      throw error;
    }
  }

  write(): void {
    mkdirSync(SUMMARY_DIR, { recursive: true });
    writeFileSync(
      path.join(SUMMARY_DIR, `${this.file}.json`),
      `${JSON.stringify({ rows: this.rows }, null, 2)}\n`,
    );
  }
}
