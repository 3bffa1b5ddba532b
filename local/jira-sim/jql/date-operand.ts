import type { JqlSingleOperand } from './ast';
import { JqlError } from './jql-error';

const MINUTE = 60_000;
const UNIT_MS: Record<string, number> = {
  m: MINUTE,
  h: 60 * MINUTE,
  d: 24 * 60 * MINUTE,
  w: 7 * 24 * 60 * MINUTE,
};
const DAY = 24 * 60 * MINUTE;

function invalidDate(text: string, fieldName: string): JqlError {
  return new JqlError(
    `Date value '${text}' for field '${fieldName}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', ` +
      `'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}

function parseAbsolute(text: string): number | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: (\d{1,2}):(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [hour, minute] = [Number(match[4] ?? 0), Number(match[5] ?? 0)];
  const epoch = Date.UTC(year, month - 1, day, hour, minute);
  const date = new Date(epoch);
  const exists = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
  return exists ? epoch : null;
}

/** A period such as `-24h`, `-3d` or `4w 2d`: the sign applies to the whole period. */
function parsePeriod(text: string): number | null {
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[-+]/, '').trim();
  const parts = body.split(/\s+/);
  let total = 0;
  for (const part of parts) {
    const match = /^(\d+)([wdhm])$/.exec(part);
    const unit = match ? UNIT_MS[match[2] ?? ''] : undefined;
    if (!match || unit === undefined) return null;
    total += Number(match[1]) * unit;
  }
  return sign * total;
}

function resolveFunction(call: Extract<JqlSingleOperand, { kind: 'function' }>, now: number): number {
  const startOfDay = Math.floor(now / DAY) * DAY;
  switch (call.name.toLowerCase()) {
    case 'now':
      return now;
    case 'startofday':
      return startOfDay;
    case 'endofday':
      return startOfDay + DAY - 1;
    default:
      throw new JqlError(`Unable to find JQL function '${call.name}()'.`);
  }
}

/** The instant (epoch ms, UTC) a date operand names. */
export function resolveDateOperand(operand: JqlSingleOperand, fieldName: string, now: number): number {
  if (operand.kind === 'function') return resolveFunction(operand, now);
  const absolute = parseAbsolute(operand.text);
  if (absolute !== null) return absolute;
  const period = parsePeriod(operand.text);
  if (period !== null) return now + period;
  throw invalidDate(operand.text, fieldName);
}
