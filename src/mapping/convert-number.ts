import { problem, quote, set, type FieldValueResult } from './field-value.types';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

export function toNumber(value: string, fieldName: string): FieldValueResult {
  const text = value.trim();
  const number = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(number)) {
    return problem(
      `${fieldName}: ${quote(value)} is not a number; use digits with an optional "." such as 12.5`,
    );
  }
  return set(number);
}
