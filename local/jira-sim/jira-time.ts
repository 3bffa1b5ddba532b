/** Jira's wire format for timestamps: `2024-05-01T10:00:00.000+0000` (the simulator's site runs in UTC). */
export function formatJiraTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '+0000');
}

/** A calendar date `yyyy-MM-dd` that exists, or null. */
export function parseCalendarDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const epoch = Date.UTC(year, month - 1, day);
  const date = new Date(epoch);
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? epoch : null;
}
