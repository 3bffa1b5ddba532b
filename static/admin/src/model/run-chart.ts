import type { RunRecord } from '../../../../src/config/records';

export interface RunChartRow {
  runId: string;
  label: string;
  created: number;
  updated: number;
  transitioned: number;
  failed: number;
}

/** History comes newest first; the chart reads left to right, oldest first. */
export function runChartRows(runs: readonly RunRecord[], formatTime: (iso: string) => string): RunChartRow[] {
  return [...runs].reverse().map((run) => ({
    runId: run.runId,
    label: formatTime(run.startedAt),
    created: run.counts.created,
    updated: run.counts.updated,
    transitioned: run.counts.transitioned,
    failed: run.counts.failed,
  }));
}

/** Short axis labels: "14:05", or "3 Mar 14:05" when the runs span more than one day. */
export function axisTimeFormatter(runs: readonly RunRecord[], locale?: string): (iso: string) => string {
  const days = new Set(runs.map((run) => run.startedAt.slice(0, 10)));
  const options: Intl.DateTimeFormatOptions =
    days.size > 1
      ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }
      : { hour: '2-digit', minute: '2-digit' };
  return (iso) => {
    const time = new Date(iso);
    return Number.isNaN(time.getTime()) ? iso : time.toLocaleString(locale, options);
  };
}
