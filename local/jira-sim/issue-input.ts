/**
 * Validates the body of a create or edit request against the site, collecting every problem as Jira does:
 * field errors keyed by field id in `errors`, request-level problems in `errorMessages`.
 */
import type { Actor } from './actor';
import type { SiteCatalogue } from './catalogue';
import { convertScreenInput, notOnScreenMessage } from './field-input';
import { renderUser, type ValueContext } from './field-values';
import type { SimIssue } from './issue-model';
import type { SeedIssueType, SeedProject } from './seed.types';

export interface CreateDraft {
  project: SeedProject;
  issueType: SeedIssueType;
  values: Map<string, unknown>;
  parentId: string | null;
  properties: Array<[string, unknown]>;
}

export interface InputProblems {
  errorMessages: string[];
  errors: Record<string, string>;
}

export type Validated<T> = { ok: true; value: T } | ({ ok: false } & InputProblems);

export interface InputContext {
  catalogue: SiteCatalogue;
  baseUrl: string;
  findIssue(idOrKey: string): SimIssue | undefined;
}

export const MAX_PROPERTY_VALUE_LENGTH = 32768;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an entity property; returns Jira's complaint or null. */
export function propertyProblem(key: unknown, value: unknown): string | null {
  if (typeof key !== 'string' || key.length === 0) return 'The property key cannot be empty.';
  if (key.length > 255) return 'The property key cannot be longer than 255 characters.';
  if (value === undefined) return `The property '${key}' has no value.`;
  if (JSON.stringify(value).length > MAX_PROPERTY_VALUE_LENGTH) {
    return `The property '${key}' value exceeds the maximum length of ${MAX_PROPERTY_VALUE_LENGTH} characters.`;
  }
  return null;
}

function readProperties(raw: unknown, problems: string[]): Array<[string, unknown]> {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push("'properties' must be an array of {key, value}.");
    return [];
  }
  return raw.flatMap((entry): Array<[string, unknown]> => {
    const key: unknown = isRecord(entry) ? entry.key : undefined;
    const value: unknown = isRecord(entry) ? entry.value : undefined;
    const problem = propertyProblem(key, value);
    if (problem !== null || typeof key !== 'string') {
      problems.push(problem ?? 'Invalid property.');
      return [];
    }
    return [[key, value]];
  });
}

function rejectUpdateOperations(body: Record<string, unknown>, problems: string[]): void {
  if (isRecord(body.update) && Object.keys(body.update).length > 0) {
    problems.push(
      "The Jira simulator does not support 'update' operations; send the new values in 'fields'.",
    );
  }
}

function resolveProjectAndType(
  fields: Record<string, unknown>,
  catalogue: SiteCatalogue,
  errors: Record<string, string>,
): { project: SeedProject; issueType: SeedIssueType } | null {
  const projectRef = fields.project;
  const project = isRecord(projectRef)
    ? catalogue.project(
        typeof projectRef.id === 'string'
          ? projectRef.id
          : typeof projectRef.key === 'string'
            ? projectRef.key
            : '',
      )
    : undefined;
  if (!project) {
    errors.project = 'Specify a valid project ID or key';
    return null;
  }
  const typeRef = fields.issuetype;
  if (!isRecord(typeRef)) {
    errors.issuetype = 'Specify an issue type';
    return null;
  }
  const issueType = catalogue.issueType(project, typeRef);
  if (!issueType) {
    errors.issuetype = 'The issue type selected is invalid.';
    return null;
  }
  return { project, issueType };
}

function resolveParent(
  fields: Record<string, unknown>,
  target: { project: SeedProject; issueType: SeedIssueType },
  context: InputContext,
  errors: Record<string, string>,
): string | null {
  const ref = fields.parent;
  if (!target.issueType.subtask) {
    if (ref !== undefined) errors.parent = notOnScreenMessage('parent');
    return null;
  }
  const idOrKey = isRecord(ref) ? (ref.key ?? ref.id) : undefined;
  if (typeof idOrKey !== 'string') {
    errors.parent = 'Issue type is a sub-task but parent issue key or id not specified.';
    return null;
  }
  const parent = context.findIssue(idOrKey);
  if (!parent) errors.parent = `Could not find issue by id or key '${idOrKey}'.`;
  else if (parent.projectId !== target.project.id)
    errors.parent = 'Sub-tasks must be created in the same project as the parent.';
  else if (parent.parentId !== null)
    errors.parent = 'Given parent issue does not belong to appropriate hierarchy.';
  else return parent.id;
  return null;
}

function applyDefaults(
  draft: CreateDraft,
  fields: Record<string, unknown>,
  actor: Actor,
  context: InputContext,
): void {
  const screen = context.catalogue
    .screenFields(draft.project, draft.issueType)
    .map((entry) => entry.field.id);
  if (screen.includes('reporter') && fields.reporter === undefined) {
    draft.values.set('reporter', renderUser(actor.user, context.baseUrl));
  }
  const priority = context.catalogue.defaultPriority();
  if (screen.includes('priority') && fields.priority === undefined && priority) {
    draft.values.set('priority', {
      self: `${context.baseUrl}/rest/api/3/priority/${priority.id}`,
      id: priority.id,
      name: priority.name,
    });
  }
}

export function validateCreate(body: unknown, actor: Actor, context: InputContext): Validated<CreateDraft> {
  const errorMessages: string[] = [];
  const errors: Record<string, string> = {};
  const request = isRecord(body) ? body : {};
  const fields = isRecord(request.fields) ? request.fields : {};
  rejectUpdateOperations(request, errorMessages);
  const properties = readProperties(request.properties, errorMessages);
  const target = resolveProjectAndType(fields, context.catalogue, errors);
  if (!target) return { ok: false, errorMessages, errors };
  const valueContext: ValueContext = {
    catalogue: context.catalogue,
    project: target.project,
    baseUrl: context.baseUrl,
  };
  const screen = context.catalogue.screenFields(target.project, target.issueType);
  const converted = convertScreenInput(fields, screen, valueContext, 'create');
  Object.assign(errors, converted.errors);
  const parentId = resolveParent(fields, target, context, errors);
  if (errorMessages.length > 0 || Object.keys(errors).length > 0) return { ok: false, errorMessages, errors };
  const draft: CreateDraft = { ...target, values: converted.values, parentId, properties };
  applyDefaults(draft, fields, actor, context);
  return { ok: true, value: draft };
}

export interface EditDraft {
  values: Map<string, unknown>;
  properties: Array<[string, unknown]>;
}

export function validateEdit(body: unknown, issue: SimIssue, context: InputContext): Validated<EditDraft> {
  const errorMessages: string[] = [];
  const request = isRecord(body) ? body : {};
  const fields = isRecord(request.fields) ? request.fields : {};
  rejectUpdateOperations(request, errorMessages);
  const properties = readProperties(request.properties, errorMessages);
  const project = context.catalogue.project(issue.projectId);
  const issueType = context.catalogue.issueTypeById(issue.issueTypeId);
  if (!project || !issueType)
    throw new Error(`Issue ${issue.key} refers to a project or type missing from the seed`);
  const screen = context.catalogue.screenFields(project, issueType);
  const converted = convertScreenInput(
    fields,
    screen,
    { catalogue: context.catalogue, project, baseUrl: context.baseUrl },
    'edit',
  );
  // Project, issue type and parent are fixed after creation here (Jira moves issues through another API).
  for (const fixed of ['project', 'issuetype', 'parent']) {
    if (fixed in fields) converted.errors[fixed] = notOnScreenMessage(fixed);
  }
  if (errorMessages.length > 0 || Object.keys(converted.errors).length > 0) {
    return { ok: false, errorMessages, errors: converted.errors };
  }
  return { ok: true, value: { values: converted.values, properties } };
}
