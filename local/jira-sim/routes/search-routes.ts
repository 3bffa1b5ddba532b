import { z } from 'zod';
import { json, type Route } from '../http-types';
import type { IssueStore } from '../issue-store';
import { intParam, listParam } from '../query-params';
import { DEFAULT_SEARCH_PAGE, runSearch, type SearchRequest } from '../search';
import { SimHttpError, badRequest } from '../sim-error';

const SEARCH_REMOVED =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. ' +
  'A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

const SearchBody = z.looseObject({
  jql: z.string().optional(),
  nextPageToken: z.string().nullish(),
  maxResults: z.number().int().optional(),
  fields: z.array(z.string()).optional(),
  properties: z.array(z.string()).optional(),
  reconcileIssues: z.array(z.number().int()).optional(),
});

function fromBody(body: unknown): SearchRequest {
  const parsed = SearchBody.safeParse(body ?? {});
  if (!parsed.success) throw badRequest(`Invalid search request: ${z.prettifyError(parsed.error)}`);
  const request = parsed.data;
  return {
    jql: request.jql ?? '',
    nextPageToken: request.nextPageToken ?? undefined,
    maxResults: request.maxResults ?? DEFAULT_SEARCH_PAGE,
    fields: request.fields,
    properties: request.properties,
    reconcileIssues: (request.reconcileIssues ?? []).map(String),
  };
}

function fromQuery(query: URLSearchParams): SearchRequest {
  const reconcile = listParam(query, 'reconcileIssues') ?? [];
  if (reconcile.some((id) => !/^\d+$/.test(id)))
    throw badRequest("'reconcileIssues' takes numeric issue ids.");
  return {
    jql: query.get('jql') ?? '',
    nextPageToken: query.get('nextPageToken') ?? undefined,
    maxResults: intParam(query, 'maxResults', DEFAULT_SEARCH_PAGE),
    fields: listParam(query, 'fields'),
    properties: listParam(query, 'properties'),
    reconcileIssues: reconcile,
  };
}

const gone = () => {
  throw new SimHttpError(410, [SEARCH_REMOVED]);
};

export function searchRoutes(store: IssueStore): Route[] {
  return [
    { method: 'POST', pattern: '/search/jql', handler: ({ body }) => json(runSearch(store, fromBody(body))) },
    {
      method: 'GET',
      pattern: '/search/jql',
      handler: ({ query }) => json(runSearch(store, fromQuery(query))),
    },
    { method: 'GET', pattern: '/search', handler: gone },
    { method: 'POST', pattern: '/search', handler: gone },
  ];
}
