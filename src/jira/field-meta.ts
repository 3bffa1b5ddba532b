import type { z } from 'zod';
import type { FieldMetaSchema, JiraAllowedValue, JiraFieldMeta } from './schemas';

function allowedValue(raw: unknown): JiraAllowedValue[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const { id, name, value } = raw as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return [];
  const entry: JiraAllowedValue = { id: String(id) };
  if (typeof name === 'string') entry.name = name;
  if (typeof value === 'string') entry.value = value;
  return [entry];
}

/** Maps one createmeta/editmeta entry to `JiraFieldMeta`; editmeta names the field by `key` only. */
export function toFieldMeta(raw: z.infer<typeof FieldMetaSchema>, fallbackId?: string): JiraFieldMeta | null {
  const fieldId = raw.fieldId ?? raw.key ?? fallbackId;
  if (fieldId === undefined) return null;
  const schema: JiraFieldMeta['schema'] = { type: raw.schema?.type ?? 'any' };
  if (raw.schema?.items !== undefined) schema.items = raw.schema.items;
  if (raw.schema?.system !== undefined) schema.system = raw.schema.system;
  if (raw.schema?.custom !== undefined) schema.custom = raw.schema.custom;
  const meta: JiraFieldMeta = { fieldId, name: raw.name, required: raw.required, schema };
  if (raw.allowedValues !== undefined) meta.allowedValues = raw.allowedValues.flatMap(allowedValue);
  if (raw.hasDefaultValue !== undefined) meta.hasDefaultValue = raw.hasDefaultValue;
  return meta;
}

const ADF_CUSTOM_TYPES = new Set(['com.atlassian.jira.plugin.system.customfieldtypes:textarea']);

/**
 * True when REST v3 expects an ADF document for the field. Jira's metadata says `type: "string"` for rich
 * text, so the system id (description, environment) or the custom type (textarea) is what tells.
 */
export function fieldTakesAdf(meta: Pick<JiraFieldMeta, 'schema'>): boolean {
  const { type, system, custom } = meta.schema;
  if (type === 'doc') return true;
  if (type !== 'string') return false;
  return (
    system === 'description' ||
    system === 'environment' ||
    (custom !== undefined && ADF_CUSTOM_TYPES.has(custom))
  );
}
