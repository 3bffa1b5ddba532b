import { STATUS_CATEGORIES, type SiteCatalogue } from './catalogue';
import { renderUser } from './field-values';
import { formatJiraTimestamp } from './jira-time';

export interface ChangeItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface ChangelogHistory {
  id: string;
  author: Record<string, unknown>;
  created: string;
  items: ChangeItem[];
}

export interface SimComment {
  id: string;
  authorId: string;
  body: unknown;
  created: number;
  updated: number;
}

export interface SimIssue {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  statusId: string;
  /** Values of the screen fields in the shape Jira returns them. */
  values: Map<string, unknown>;
  properties: Map<string, unknown>;
  created: number;
  updated: number;
  statusCategoryChanged: number;
  resolutionDate: number | null;
  creatorId: string;
  parentId: string | null;
  histories: ChangelogHistory[];
  comments: SimComment[];
}

export interface RenderContext {
  catalogue: SiteCatalogue;
  baseUrl: string;
  issueById(id: string): SimIssue | undefined;
  childrenOf(id: string): SimIssue[];
}

export function issueSelf(issue: { id: string }, baseUrl: string): string {
  return `${baseUrl}/rest/api/3/issue/${issue.id}`;
}

export function renderStatus(statusId: string, context: Pick<RenderContext, 'catalogue' | 'baseUrl'>) {
  const status = context.catalogue.status(statusId);
  const category = STATUS_CATEGORIES[status.category];
  return {
    self: `${context.baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${context.baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    untranslatedName: status.name,
    id: status.id,
    statusCategory: { self: `${context.baseUrl}/rest/api/3/statuscategory/${category.id}`, ...category },
  };
}

function renderLink(issue: SimIssue, context: RenderContext) {
  return {
    id: issue.id,
    key: issue.key,
    self: issueSelf(issue, context.baseUrl),
    fields: { summary: issue.values.get('summary') ?? null, status: renderStatus(issue.statusId, context) },
  };
}

function renderScreenValues(issue: SimIssue, context: RenderContext): Record<string, unknown> {
  const project = context.catalogue.project(issue.projectId);
  const issueType = context.catalogue.issueTypeById(issue.issueTypeId);
  const rendered: Record<string, unknown> = {};
  if (project && issueType) {
    for (const { field } of context.catalogue.screenFields(project, issueType)) {
      rendered[field.id] = field.schema.type === 'array' ? [] : null;
    }
  }
  delete rendered.project;
  delete rendered.issuetype;
  delete rendered.parent;
  for (const [fieldId, value] of issue.values) rendered[fieldId] = value;
  return rendered;
}

function renderSystemFields(issue: SimIssue, context: RenderContext): Record<string, unknown> {
  const { catalogue, baseUrl } = context;
  const project = catalogue.project(issue.projectId);
  const issueType = catalogue.issueTypeById(issue.issueTypeId);
  const status = renderStatus(issue.statusId, context);
  const creator = catalogue.user(issue.creatorId);
  const parent = issue.parentId === null ? undefined : context.issueById(issue.parentId);
  const done = status.statusCategory.key === 'done';
  return {
    project: project && {
      self: `${baseUrl}/rest/api/3/project/${project.id}`,
      id: project.id,
      key: project.key,
      name: project.name,
      projectTypeKey: project.projectTypeKey,
    },
    issuetype: issueType && {
      self: `${baseUrl}/rest/api/3/issuetype/${issueType.id}`,
      id: issueType.id,
      name: issueType.name,
      subtask: issueType.subtask,
      hierarchyLevel: issueType.subtask ? -1 : 0,
    },
    status,
    statusCategory: status.statusCategory,
    resolution: done ? { self: `${baseUrl}/rest/api/3/resolution/10000`, id: '10000', name: 'Done' } : null,
    resolutiondate: issue.resolutionDate === null ? null : formatJiraTimestamp(issue.resolutionDate),
    created: formatJiraTimestamp(issue.created),
    updated: formatJiraTimestamp(issue.updated),
    statuscategorychangedate: formatJiraTimestamp(issue.statusCategoryChanged),
    creator: creator ? renderUser(creator, baseUrl) : null,
    ...(parent ? { parent: renderLink(parent, context) } : {}),
    subtasks: context.childrenOf(issue.id).map((child) => renderLink(child, context)),
  };
}

/** Every field of the issue, as `GET /issue/{key}?fields=*all` returns them. */
export function renderAllFields(issue: SimIssue, context: RenderContext): Record<string, unknown> {
  return { ...renderScreenValues(issue, context), ...renderSystemFields(issue, context) };
}

export function propertiesObject(issue: SimIssue): Record<string, unknown> {
  return Object.fromEntries(issue.properties);
}

/** A short human string for a field value, used in changelog items. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => displayValue(item) ?? '').join(',');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  for (const key of ['value', 'name', 'displayName']) {
    if (typeof record[key] === 'string') return record[key];
  }
  return record.type === 'doc' ? adfText(record) : JSON.stringify(value);
}

/** The id Jira records in `from`/`to` for reference values (users, options, priorities), else null. */
export function referenceId(value: unknown): string | null {
  if (Array.isArray(value)) {
    const ids = value.map(referenceId).filter((id): id is string => id !== null);
    return ids.length === 0 ? null : `[${ids.join(', ')}]`;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.accountId === 'string') return record.accountId;
  return typeof record.id === 'string' ? record.id : null;
}

function adfText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const record = node as Record<string, unknown>;
  if (typeof record.text === 'string') return record.text;
  const content = Array.isArray(record.content) ? record.content : [];
  return content.map(adfText).join(record.type === 'doc' ? '\n' : '');
}
