import type { FieldMapping, FieldSource, SyncAction } from '../config/schema';
import { isEmailShaped } from './convert-users';
import { notOnScreen, unmappedRequired, type FieldProblem } from './field-conversion';
import { DEFAULT_TRACKING_LABEL, defaultFieldMappings } from './field-mapping';
import { fieldKind, type FieldMeta } from './field-meta';
import { convertFieldValue, unsupportedMessage } from './field-value';
import { splitList, type ConversionContext } from './field-value.types';
import { isKnownTaskPath, taskFieldPath } from './task-view';
import { validateTemplate } from './template';

/** Static values are checked with no users resolved: whether an email has a Jira user is a sync-time fact. */
const STATIC_CHECK_CONTEXT: ConversionContext = {
  accountIdByEmail: new Map(),
  fallbackAssigneeAccountId: null,
  trackingLabel: DEFAULT_TRACKING_LABEL,
};

/**
 * What is wrong with a sync action for its target's create screen, field by field, for the admin page to
 * show beside each field: fields not on the screen or of unsupported types, unknown task fields, static
 * values Jira would refuse, template mistakes, and required fields nothing fills.
 */
export function validateRuleAgainstMeta(
  action: SyncAction,
  fieldMetas: readonly FieldMeta[],
): FieldProblem[] {
  const screen = `${action.projectKey}/${action.issueTypeId}`;
  const metaById = new Map(fieldMetas.map((meta) => [meta.fieldId, meta]));
  const mappings = mappingsToCheck(action);
  return [
    ...duplicateMappings(action.fieldMappings),
    ...mappings.flatMap((mapping) => mappingProblems(mapping, metaById.get(mapping.fieldId), screen)),
    ...unmappedRequired(fieldMetas, new Set(mappings.map((mapping) => mapping.fieldId)), screen),
  ];
}

/** The rule's own mappings as written, plus the defaults it does not replace. */
function mappingsToCheck(action: SyncAction): FieldMapping[] {
  const ruleFields = new Set(action.fieldMappings.map((mapping) => mapping.fieldId));
  const defaults = defaultFieldMappings(DEFAULT_TRACKING_LABEL).filter(
    (mapping) => !ruleFields.has(mapping.fieldId),
  );
  return [...defaults, ...action.fieldMappings];
}

function duplicateMappings(mappings: readonly FieldMapping[]): FieldProblem[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { fieldId } of mappings) (seen.has(fieldId) ? duplicates : seen).add(fieldId);
  return [...duplicates].map((fieldId) => ({
    fieldId,
    message: `field ${fieldId} is mapped more than once; only the last mapping is used`,
  }));
}

function mappingProblems(mapping: FieldMapping, meta: FieldMeta | undefined, screen: string): FieldProblem[] {
  const { fieldId } = mapping;
  if (meta === undefined) return [{ fieldId, message: notOnScreen(fieldId, screen) }];
  return sourceProblems(mapping.source, meta).map((message) => ({ fieldId, message }));
}

function sourceProblems(source: FieldSource, meta: FieldMeta): string[] {
  if (fieldKind(meta) === 'unsupported') return [unsupportedMessage(meta)];
  switch (source.kind) {
    case 'static':
      return staticValueProblems(source.value, meta);
    case 'path':
      return pathProblems(source.path, meta);
    case 'template':
      return validateTemplate(source.template).map((message) => `template: ${message}`);
  }
}

function staticValueProblems(value: string, meta: FieldMeta): string[] {
  const kind = fieldKind(meta);
  if (kind === 'user' || kind === 'users') {
    const entries = kind === 'users' ? splitList(value) : [value.trim()].filter((entry) => entry !== '');
    return entries
      .filter((entry) => !isEmailShaped(entry))
      .map(
        (entry) => `${meta.name}: "${entry}" is not an email address; user fields take a Jira user's email`,
      );
  }
  const converted = convertFieldValue(value, meta, STATIC_CHECK_CONTEXT);
  if (converted.kind === 'problem') return [converted.message];
  return converted.kind === 'clear' && meta.required
    ? [`${meta.name} is required, but its static value is empty`]
    : [];
}

function pathProblems(path: string, meta: FieldMeta): string[] {
  if (!isKnownTaskPath(path)) return [`unknown task field "${path}"`];
  const kind = fieldKind(meta);
  const problems: string[] = [];
  if ((kind === 'user' || kind === 'users') && !path.endsWith('.email')) {
    problems.push(`${meta.name} takes a Jira user's email; map an email field such as assigned_to.email`);
  }
  if (meta.required && taskFieldPath(path)?.nullable === true) {
    problems.push(`${meta.name} is required, but tasks without a value for ${path} will fail to sync`);
  }
  return problems;
}
