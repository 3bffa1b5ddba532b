import { isEmailShaped, normalizeEmail } from './convert-users';
import { fieldKind, needsMapping, type FieldMeta } from './field-meta';
import { convertFieldValue } from './field-value';
import { splitList, type ConversionContext, type FieldValueResult } from './field-value.types';
import type { SourceValues } from './source-values';

export interface FieldProblem {
  fieldId: string;
  message: string;
}

export interface ConversionResult {
  /** Ready for `fields` of a create or edit request; empty values are absent. */
  fields: Record<string, unknown>;
  problems: FieldProblem[];
  /** Emails that matched no Jira user, sorted. */
  unmatchedEmails: string[];
  /** Fields whose value is empty: left out of a create, to be cleared on an edit. */
  cleared: string[];
}

/** The emails the user fields among `sources` need resolved: trimmed, lower case, unique, sorted. */
export function collectUserEmails(sources: SourceValues, fieldMetas: readonly FieldMeta[]): string[] {
  const emails = new Set<string>();
  for (const meta of fieldMetas) {
    const value = sources[meta.fieldId];
    const kind = fieldKind(meta);
    if (value === undefined || value === null || (kind !== 'user' && kind !== 'users')) continue;
    const candidates = kind === 'users' ? splitList(value) : [value];
    for (const email of candidates.filter(isEmailShaped)) emails.add(normalizeEmail(email));
  }
  return [...emails].sort();
}

/**
 * The source projection as Jira field values for one project and issue type. Nothing throws: every field
 * that cannot be written becomes a problem naming the field, the value and what would be accepted, and the
 * caller decides whether the issue can still be written.
 */
export function convertFields(
  sources: SourceValues,
  fieldMetas: readonly FieldMeta[],
  context: ConversionContext,
): ConversionResult {
  const metaById = new Map(fieldMetas.map((meta) => [meta.fieldId, meta]));
  const result: ConversionResult = { fields: {}, problems: [], unmatchedEmails: [], cleared: [] };
  const unmatched = new Set<string>();
  for (const fieldId of Object.keys(sources).sort()) {
    const meta = metaById.get(fieldId);
    if (meta === undefined) {
      result.problems.push({
        fieldId,
        message: notOnScreen(fieldId, screenName(context), context.operation),
      });
      continue;
    }
    const converted = convertFieldValue(sources[fieldId] ?? null, meta, context);
    for (const email of converted.unmatchedEmails ?? []) unmatched.add(email);
    record(result, meta, converted);
  }
  addTrackingLabel(result, metaById, context.trackingLabel);
  if (context.operation !== 'edit') {
    result.problems.push(...unmappedRequired(fieldMetas, new Set(Object.keys(sources)), screenName(context)));
  }
  result.unmatchedEmails = [...unmatched].sort();
  return result;
}

function record(result: ConversionResult, meta: FieldMeta, converted: FieldValueResult): void {
  const { fieldId } = meta;
  if (converted.kind === 'set') {
    result.fields[fieldId] = converted.value;
  } else if (converted.kind === 'problem') {
    result.problems.push({ fieldId, message: converted.message });
  } else {
    result.cleared.push(fieldId);
    if (meta.required) {
      result.problems.push({ fieldId, message: `${meta.name} is required, but this task gives it no value` });
    }
  }
}

/** The tracking label goes on every issue, even when no mapping names the labels field. */
function addTrackingLabel(
  result: ConversionResult,
  metaById: ReadonlyMap<string, FieldMeta>,
  label: string,
): void {
  if (metaById.has('labels') && !('labels' in result.fields)) result.fields.labels = [label];
}

/** Required fields that no mapping fills and Jira does not fill itself. */
export function unmappedRequired(
  fieldMetas: readonly FieldMeta[],
  mappedFieldIds: ReadonlySet<string>,
  screen: string,
): FieldProblem[] {
  return fieldMetas
    .filter((meta) => needsMapping(meta) && !mappedFieldIds.has(meta.fieldId))
    .map((meta) => ({
      fieldId: meta.fieldId,
      message: `${meta.name} is required on ${screen}, but no field mapping fills it`,
    }));
}

export function notOnScreen(
  fieldId: string,
  screen: string,
  operation: 'create' | 'edit' = 'create',
): string {
  return `field ${fieldId} is not on the ${operation} screen of ${screen}`;
}

function screenName(context: ConversionContext): string {
  const { target } = context;
  return target === undefined
    ? 'the target project and issue type'
    : `${target.projectKey}/${target.issueTypeId}`;
}
