import { problem, quote, set, type FieldValueResult } from './field-value.types';

const DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^([1-9]\d{3})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

interface Moment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC; a time written without an offset is taken as UTC. */
  offsetMinutes: number;
}

/**
 * `YYYY-MM-DD` or an ISO date-time, as Jira's date: the calendar day as written (an offset does not move
 * it to another day), so "2026-03-31T23:30:00-05:00" stays the 31st.
 */
export function toDate(value: string, fieldName: string): FieldValueResult {
  const moment = parseMoment(value.trim());
  if (moment === null) return problem(`${fieldName}: ${quote(value)} is not a date; use the form 2026-03-31`);
  return set(`${pad(moment.year, 4)}-${pad(moment.month, 2)}-${pad(moment.day, 2)}`);
}

/** An ISO date-time (or a bare date, as midnight UTC) in the form Jira accepts: `2026-03-31T09:30:00.000+0000`. */
export function toDateTime(value: string, fieldName: string): FieldValueResult {
  const moment = parseMoment(value.trim());
  if (moment === null) {
    return problem(`${fieldName}: ${quote(value)} is not a date-time; use the form 2026-03-31T09:30:00Z`);
  }
  const utc =
    Date.UTC(
      moment.year,
      moment.month - 1,
      moment.day,
      moment.hour,
      moment.minute,
      moment.second,
      moment.millisecond,
    ) -
    moment.offsetMinutes * 60_000;
  return set(new Date(utc).toISOString().replace('Z', '+0000'));
}

/** Both forms share one regex shape: date, then optional time, fraction and offset. */
function parseMoment(value: string): Moment | null {
  const match = DATE.exec(value) ?? DATE_TIME.exec(value);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((group) =>
    Number(match[group] ?? '0'),
  );
  const offsetMinutes = parseOffset(match[8]);
  const moment = {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: second ?? 0,
    millisecond: Number((match[7] ?? '').padEnd(3, '0').slice(0, 3)),
    offsetMinutes: offsetMinutes ?? 0,
  };
  return offsetMinutes !== null && isValidMoment(moment) ? moment : null;
}

function isValidMoment({ year, month, day, hour, minute, second }: Moment): boolean {
  const dayValid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return dayValid && hour <= 23 && minute <= 59 && second <= 59;
}

function parseOffset(offset: string | undefined): number | null {
  if (offset === undefined || offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 14 || minutes > 59) return null;
  return (offset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
