import type { RunOutcome, RunTrigger } from '../../../../src/config/records';

export type OutcomeAppearance = 'success' | 'inprogress' | 'removed' | 'moved' | 'default';

export const outcomeLabels: Record<RunOutcome, { label: string; appearance: OutcomeAppearance }> = {
  success: { label: 'Succeeded', appearance: 'success' },
  partial: { label: 'Partly failed', appearance: 'moved' },
  failed: { label: 'Failed', appearance: 'removed' },
  locked: { label: 'Skipped: another run was busy', appearance: 'default' },
  paused: { label: 'Skipped: paused', appearance: 'default' },
  continued: { label: 'Continues in the background', appearance: 'inprogress' },
};

export const triggerLabels: Record<RunTrigger, string> = {
  schedule: 'Schedule',
  manual: 'Sync now',
  event: 'Jira event',
  sweep: 'Sweep',
  retry: 'Retry',
};

/** "1.2 s", "3 min 5 s": durations as people say them. */
export function durationText(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 100) / 10;
  if (seconds < 60) return `${seconds} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** A stored ISO time in the admin's locale; text that is not a time is shown as it came. */
export function timeText(iso: string | null, locale?: string): string {
  if (iso === null) return '—';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return timeFormat(locale).format(time);
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale: `toLocaleString` builds a new one per call, a millisecond each down a long trail. */
function timeFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    timeFormats.set(key, format);
  }
  return format;
}
