/** Field metadata as createmeta, editmeta and `/field` describe it. */
import type { ScreenField, SiteCatalogue } from './catalogue';
import type { SeedField, SeedIssueType, SeedProject } from './seed.types';

const MULTI_OPERATIONS = ['add', 'set', 'remove'];

function allowedValues(
  field: SeedField,
  project: SeedProject,
  issueType: SeedIssueType,
  catalogue: SiteCatalogue,
  baseUrl: string,
): unknown[] | undefined {
  switch (field.schema.type) {
    case 'project':
      return [
        {
          self: `${baseUrl}/rest/api/3/project/${project.id}`,
          id: project.id,
          key: project.key,
          name: project.name,
        },
      ];
    case 'issuetype':
      return [
        {
          self: `${baseUrl}/rest/api/3/issuetype/${issueType.id}`,
          id: issueType.id,
          name: issueType.name,
          subtask: issueType.subtask,
        },
      ];
    case 'priority':
      return catalogue.priorities().map((priority) => ({
        self: `${baseUrl}/rest/api/3/priority/${priority.id}`,
        iconUrl: `${baseUrl}/images/icons/priorities/${priority.name.toLowerCase()}.svg`,
        name: priority.name,
        id: priority.id,
      }));
    default:
      break;
  }
  if (field.schema.type === 'option' || field.schema.items === 'option') {
    return (field.options ?? []).map((option) => ({
      self: `${baseUrl}/rest/api/3/customFieldOption/${option.id}`,
      ...option,
    }));
  }
  if (field.schema.items === 'component') {
    return project.components.map((component) => ({
      self: `${baseUrl}/rest/api/3/component/${component.id}`,
      ...component,
    }));
  }
  return undefined;
}

function autoCompleteUrl(field: SeedField, baseUrl: string): string | undefined {
  if (field.schema.type === 'user') return `${baseUrl}/rest/api/3/user/search?query=`;
  if (field.id === 'labels') return `${baseUrl}/rest/api/1.0/labels/suggest?query=`;
  return undefined;
}

export function screenFieldMeta(
  screenField: ScreenField,
  target: { project: SeedProject; issueType: SeedIssueType },
  catalogue: SiteCatalogue,
  baseUrl: string,
): Record<string, unknown> {
  const { field, required } = screenField;
  const values = allowedValues(field, target.project, target.issueType, catalogue, baseUrl);
  const completion = autoCompleteUrl(field, baseUrl);
  const defaultPriority = field.id === 'priority' ? catalogue.defaultPriority() : undefined;
  return {
    required,
    schema: field.schema,
    name: field.name,
    key: field.id,
    fieldId: field.id,
    ...(completion ? { autoCompleteUrl: completion } : {}),
    hasDefaultValue: defaultPriority !== undefined,
    operations: field.schema.type === 'array' ? MULTI_OPERATIONS : ['set'],
    ...(values ? { allowedValues: values } : {}),
    ...(defaultPriority ? { defaultValue: { id: defaultPriority.id, name: defaultPriority.name } } : {}),
  };
}

const NON_SCREEN_FIELDS: SeedField[] = [
  { id: 'project', name: 'Project', schema: { type: 'project', system: 'project' } },
  { id: 'issuetype', name: 'Issue Type', schema: { type: 'issuetype', system: 'issuetype' } },
  { id: 'status', name: 'Status', schema: { type: 'status', system: 'status' } },
  {
    id: 'statusCategory',
    name: 'Status Category',
    schema: { type: 'statusCategory', system: 'statusCategory' },
  },
  { id: 'resolution', name: 'Resolution', schema: { type: 'resolution', system: 'resolution' } },
  { id: 'created', name: 'Created', schema: { type: 'datetime', system: 'created' } },
  { id: 'updated', name: 'Updated', schema: { type: 'datetime', system: 'updated' } },
  { id: 'creator', name: 'Creator', schema: { type: 'user', system: 'creator' } },
];

/** `GET /field`: every field of the site, system and custom. */
export function siteFields(catalogue: SiteCatalogue): Array<Record<string, unknown>> {
  return [...NON_SCREEN_FIELDS, ...catalogue.fields()].map((field) => {
    const custom = field.schema.custom !== undefined;
    return {
      id: field.id,
      key: field.id,
      name: field.name,
      custom,
      orderable: true,
      navigable: true,
      searchable: true,
      clauseNames: custom ? [`cf[${String(field.schema.customId)}]`, field.name] : [field.id],
      schema: field.schema,
    };
  });
}
