/**
 * A Jira field as createmeta describes it (`GET /rest/api/3/issue/createmeta/{project}/issuetypes/{type}`).
 * The Jira client's parsed createmeta has this shape.
 */
export interface FieldMeta {
  fieldId: string;
  name: string;
  required: boolean;
  /** Jira fills a required field that has a default value itself, so it needs no mapping. */
  hasDefaultValue?: boolean;
  schema: { type: string; items?: string; system?: string; custom?: string };
  allowedValues?: Array<{ id: string; name?: string; value?: string }>;
}

/** How a field's value is written, derived from its schema. */
export type FieldKind =
  | 'richText'
  | 'singleLineText'
  | 'text'
  | 'date'
  | 'datetime'
  | 'number'
  | 'user'
  | 'users'
  | 'labels'
  | 'strings'
  | 'option'
  | 'options'
  | 'priority'
  | 'components'
  | 'unsupported';

/**
 * REST API v3 takes rich text as ADF. createmeta still reports the description, the environment and
 * multi-line text custom fields as `string`; sending them a string fails with "Operation value must be an
 * Atlassian Document", so they count as rich text here.
 */
const RICH_TEXT_SYSTEM_FIELDS = new Set(['description', 'environment']);
const TEXTAREA = ':textarea';
const TEXTFIELD = ':textfield';
const LABELS = ':labels';

const SCALAR_KINDS: Readonly<Record<string, FieldKind>> = {
  date: 'date',
  datetime: 'datetime',
  number: 'number',
  user: 'user',
  option: 'option',
  priority: 'priority',
};

const ARRAY_KINDS: Readonly<Record<string, FieldKind>> = {
  user: 'users',
  option: 'options',
  component: 'components',
};

export function fieldKind(meta: FieldMeta): FieldKind {
  const { type, items, system, custom } = meta.schema;
  if (type === 'doc' || RICH_TEXT_SYSTEM_FIELDS.has(system ?? '') || (custom?.endsWith(TEXTAREA) ?? false)) {
    return 'richText';
  }
  if (type === 'string')
    return system === 'summary' || (custom?.endsWith(TEXTFIELD) ?? false) ? 'singleLineText' : 'text';
  if (type === 'array') return arrayKind(items ?? '', system, custom);
  return Object.hasOwn(SCALAR_KINDS, type) ? (SCALAR_KINDS[type] ?? 'unsupported') : 'unsupported';
}

function arrayKind(items: string, system: string | undefined, custom: string | undefined): FieldKind {
  if (items === 'string')
    return system === 'labels' || (custom?.endsWith(LABELS) ?? false) ? 'labels' : 'strings';
  return Object.hasOwn(ARRAY_KINDS, items) ? (ARRAY_KINDS[items] ?? 'unsupported') : 'unsupported';
}

/** "option", "array of version": how the schema reads to an admin. */
export function describeFieldType(meta: FieldMeta): string {
  const { type, items } = meta.schema;
  return type === 'array' ? `array of ${items ?? 'unknown items'}` : type;
}

/** Fields Jira fills from the request itself (project, issue type) or from the caller (reporter). */
export const FIELDS_JIRA_FILLS: ReadonlySet<string> = new Set(['project', 'issuetype', 'reporter']);

export function needsMapping(meta: FieldMeta): boolean {
  return meta.required && meta.hasDefaultValue !== true && !FIELDS_JIRA_FILLS.has(meta.fieldId);
}
