import type { ScreenField } from './catalogue';
import { convertFieldValue, isEmptyValue, type ValueContext } from './field-values';

export interface FieldInputResult {
  values: Map<string, unknown>;
  errors: Record<string, string>;
}

/** Fields the issue store resolves itself rather than through the value converters. */
export const STRUCTURAL_FIELDS = new Set(['project', 'issuetype', 'parent']);

export function notOnScreenMessage(fieldId: string): string {
  return `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
}

function requiredMessage(screenField: ScreenField): string {
  return screenField.field.id === 'summary'
    ? 'You must specify a summary of the issue.'
    : `${screenField.field.name} is required.`;
}

/**
 * Checks a `fields` object against a create or edit screen as Jira does: every error is collected (unknown
 * fields, bad values, missing required values), keyed by field id.
 */
export function convertScreenInput(
  input: Record<string, unknown>,
  screen: readonly ScreenField[],
  context: ValueContext,
  mode: 'create' | 'edit',
): FieldInputResult {
  const values = new Map<string, unknown>();
  const errors: Record<string, string> = {};
  for (const [fieldId, raw] of Object.entries(input)) {
    if (STRUCTURAL_FIELDS.has(fieldId)) continue;
    const screenField = screen.find((candidate) => candidate.field.id === fieldId);
    if (!screenField) {
      errors[fieldId] = notOnScreenMessage(fieldId);
      continue;
    }
    const conversion = convertFieldValue(screenField.field, raw, context);
    if (!conversion.ok) errors[fieldId] = conversion.error;
    else if (screenField.required && isEmptyValue(conversion.value))
      errors[fieldId] = requiredMessage(screenField);
    else values.set(fieldId, conversion.value);
  }
  if (mode === 'create') {
    for (const screenField of screen) {
      const fieldId = screenField.field.id;
      if (!screenField.required || STRUCTURAL_FIELDS.has(fieldId) || fieldId in errors) continue;
      if (isEmptyValue(input[fieldId])) errors[fieldId] = requiredMessage(screenField);
    }
  }
  return { values, errors };
}
