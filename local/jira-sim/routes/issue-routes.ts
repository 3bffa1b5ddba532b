import type { Actor } from '../actor';
import { json, noContent, type Route, type SimRequest } from '../http-types';
import { validateCreate } from '../issue-input';
import { issueSelf, type SimIssue } from '../issue-model';
import type { IssueStore } from '../issue-store';
import { renderIssue } from '../issue-view';
import { listParam } from '../query-params';
import { badRequest } from '../sim-error';

export const MAX_BULK_ISSUES = 50;

function created(issue: SimIssue, baseUrl: string) {
  return { id: issue.id, key: issue.key, self: issueSelf(issue, baseUrl) };
}

function bulkCreate(store: IssueStore, body: unknown, actor: Actor) {
  const updates =
    typeof body === 'object' && body !== null ? (body as { issueUpdates?: unknown }).issueUpdates : undefined;
  if (!Array.isArray(updates) || updates.length === 0)
    throw badRequest("'issueUpdates' must be a non-empty array.");
  if (updates.length > MAX_BULK_ISSUES) {
    throw badRequest(
      `Bulk create is limited to ${MAX_BULK_ISSUES} issues per request; got ${updates.length}.`,
    );
  }
  const issues: Array<ReturnType<typeof created>> = [];
  const errors: unknown[] = [];
  updates.forEach((update, index) => {
    const validated = validateCreate(update, actor, store.inputContext());
    if (validated.ok) {
      issues.push(created(store.createValidated(validated.value, actor), store.baseUrl));
      return;
    }
    const elementErrors = { errorMessages: validated.errorMessages, errors: validated.errors };
    errors.push({ status: 400, elementErrors, failedElementNumber: index });
  });
  return json({ issues, errors }, issues.length === 0 ? 400 : 201);
}

function getIssue(store: IssueStore, request: SimRequest) {
  const issue = store.require(request.params.issueIdOrKey ?? '');
  const expand = listParam(request.query, 'expand') ?? [];
  return json(
    renderIssue(issue, store, {
      fields: listParam(request.query, 'fields'),
      properties: listParam(request.query, 'properties'),
      changelog: expand.includes('changelog'),
    }),
  );
}

function editIssue(store: IssueStore, request: SimRequest) {
  const notifyUsers = request.query.get('notifyUsers');
  if (notifyUsers !== null && notifyUsers !== 'true' && notifyUsers !== 'false') {
    throw badRequest("The 'notifyUsers' parameter must be true or false.");
  }
  const idOrKey = request.params.issueIdOrKey ?? '';
  store.edit(idOrKey, request.body, request.actor);
  if (request.query.get('returnIssue') !== 'true') return noContent();
  return json(renderIssue(store.require(idOrKey), store, { fields: undefined, properties: undefined }));
}

export function issueRoutes(store: IssueStore): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/issue',
      handler: ({ body, actor }) => json(created(store.create(body, actor), store.baseUrl), 201),
    },
    { method: 'POST', pattern: '/issue/bulk', handler: ({ body, actor }) => bulkCreate(store, body, actor) },
    { method: 'GET', pattern: '/issue/:issueIdOrKey', handler: (request) => getIssue(store, request) },
    { method: 'PUT', pattern: '/issue/:issueIdOrKey', handler: (request) => editIssue(store, request) },
    {
      method: 'DELETE',
      pattern: '/issue/:issueIdOrKey',
      handler: ({ params, query, actor }) => {
        store.delete(params.issueIdOrKey ?? '', query.get('deleteSubtasks') === 'true', actor);
        return noContent();
      },
    },
  ];
}
