import { screenFieldMeta } from '../field-meta';
import { STRUCTURAL_FIELDS } from '../field-input';
import { json, type Route } from '../http-types';
import type { IssueStore } from '../issue-store';
import { page } from '../query-params';
import { notFound } from '../sim-error';
import { renderIssueType, requireProject } from './project-routes';

// Jira's documented default page size for createmeta; it also caps field pages at 50.
const CREATEMETA_PAGE = 50;

export function createMetaRoutes(store: IssueStore): Route[] {
  const { catalogue } = store;
  return [
    {
      method: 'GET',
      pattern: '/issue/createmeta/:projectIdOrKey/issuetypes',
      handler: ({ params, query }) => {
        const project = requireProject(store, params.projectIdOrKey);
        const result = page(project.issueTypes, query, CREATEMETA_PAGE, 200);
        return json({
          maxResults: result.maxResults,
          startAt: result.startAt,
          total: result.total,
          issueTypes: result.values.map((type) => renderIssueType(type, project, store.baseUrl)),
        });
      },
    },
    {
      method: 'GET',
      pattern: '/issue/createmeta/:projectIdOrKey/issuetypes/:issueTypeId',
      handler: ({ params, query }) => {
        const project = requireProject(store, params.projectIdOrKey);
        const issueType = catalogue.issueType(project, { id: params.issueTypeId });
        if (!issueType)
          throw notFound(
            `The issue type with id '${String(params.issueTypeId)}' does not exist in project ${project.key}.`,
          );
        const screen = catalogue.screenFields(project, issueType);
        const result = page(screen, query, CREATEMETA_PAGE, CREATEMETA_PAGE);
        return json({
          maxResults: result.maxResults,
          startAt: result.startAt,
          total: result.total,
          fields: result.values.map((entry) =>
            screenFieldMeta(entry, { project, issueType }, catalogue, store.baseUrl),
          ),
        });
      },
    },
    {
      method: 'GET',
      pattern: '/issue/:issueIdOrKey/editmeta',
      handler: ({ params }) => {
        const issue = store.require(params.issueIdOrKey ?? '');
        const project = requireProject(store, issue.projectId);
        const issueType = catalogue.issueTypeById(issue.issueTypeId);
        if (!issueType) throw notFound(`Issue type ${issue.issueTypeId} is missing from the seed.`);
        const editable = catalogue
          .screenFields(project, issueType)
          .filter((entry) => !STRUCTURAL_FIELDS.has(entry.field.id));
        const fields = Object.fromEntries(
          editable.map((entry) => {
            const { fieldId: _fieldId, ...meta } = screenFieldMeta(
              entry,
              { project, issueType },
              catalogue,
              store.baseUrl,
            );
            return [entry.field.id, meta];
          }),
        );
        return json({ fields });
      },
    },
  ];
}
