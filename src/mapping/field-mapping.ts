import { defaultConfig, type FieldMapping, type FieldSource, type SyncAction } from '../config/schema';

export {
  collectUserEmails,
  convertFields,
  type ConversionResult,
  type FieldProblem,
} from './field-conversion';
export type { ConversionContext } from './field-value.types';
export { renderSourceValues, type SourceValues } from './source-values';
export { validateTemplate } from './template';

export const DEFAULT_TRACKING_LABEL = defaultConfig().trackingLabel;

/** What every synced issue gets unless its rule maps the field otherwise. */
export function defaultFieldMappings(trackingLabel: string): FieldMapping[] {
  return [
    { fieldId: 'summary', source: { kind: 'path', path: 'title' } },
    { fieldId: 'description', source: { kind: 'path', path: 'description' } },
    { fieldId: 'duedate', source: { kind: 'path', path: 'ends_on' } },
    { fieldId: 'assignee', source: { kind: 'path', path: 'assigned_to.email' } },
    { fieldId: 'labels', source: { kind: 'static', value: trackingLabel } },
  ];
}

/** The defaults with the default tracking label, for display. */
export const DEFAULT_FIELD_MAPPINGS: readonly FieldMapping[] = defaultFieldMappings(DEFAULT_TRACKING_LABEL);

/**
 * The defaults with the rule's mappings laid over them field by field (a later mapping of the same field
 * wins); fields the rule adds follow the defaults in rule order. The tracking label is part of the labels
 * mapping, so changing it changes every projection and the engine re-labels the issues.
 */
export function effectiveMappings(action: SyncAction, trackingLabel: string): FieldMapping[] {
  const byField = new Map<string, FieldSource>();
  for (const mapping of defaultFieldMappings(trackingLabel)) byField.set(mapping.fieldId, mapping.source);
  for (const mapping of action.fieldMappings) {
    const source =
      mapping.fieldId === 'labels' ? withTrackingLabel(mapping.source, trackingLabel) : mapping.source;
    byField.set(mapping.fieldId, source);
  }
  return [...byField].map(([fieldId, source]) => ({ fieldId, source }));
}

function withTrackingLabel(source: FieldSource, trackingLabel: string): FieldSource {
  switch (source.kind) {
    case 'static':
      return { kind: 'static', value: `${source.value},${trackingLabel}` };
    case 'path':
      return { kind: 'template', template: `{{${source.path}}},${trackingLabel}` };
    case 'template':
      return { kind: 'template', template: `${source.template},${trackingLabel}` };
  }
}
