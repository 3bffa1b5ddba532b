/**
 * `/search/jql` as Jira Cloud answers it: bounded queries only, opaque `nextPageToken` paging without totals,
 * eventually consistent matching (see search-index.ts) unless the caller reconciles specific issue ids.
 */
import type { IssueStore } from './issue-store';
import { renderIssue } from './issue-view';
import { compileJql, type CompiledJql } from './jql/compile';
import { JqlError } from './jql/jql-error';
import { badRequest } from './sim-error';

export interface SearchRequest {
  jql: string;
  nextPageToken: string | undefined;
  maxResults: number;
  fields: string[] | undefined;
  properties: string[] | undefined;
  reconcileIssues: string[];
}

export const DEFAULT_SEARCH_PAGE = 50;
export const MAX_SEARCH_PAGE = 100;
export const MAX_RECONCILE_ISSUES = 50;

const UNBOUNDED =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';
const BAD_TOKEN = 'The provided next page token is invalid or expired.';

function encodeToken(offset: number, jql: string): string {
  return Buffer.from(JSON.stringify({ offset, jql })).toString('base64url');
}

function decodeToken(token: string | undefined, jql: string): number {
  if (token === undefined) return 0;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    const { offset, jql: tokenJql } = decoded as { offset?: unknown; jql?: unknown };
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && tokenJql === jql)
      return offset;
  } catch {
    // Falls through to the same answer as a well-formed token for another query.
  }
  throw badRequest(BAD_TOKEN);
}

function compile(store: IssueStore, jql: string): CompiledJql {
  try {
    return compileJql(jql, {
      catalogue: store.catalogue,
      propertyAliases: store.catalogue.seed.propertyAliases,
      now: store.now(),
      issueKeyExists: (key) => store.find(key) !== undefined,
    });
  } catch (error) {
    if (error instanceof JqlError) throw badRequest(error.message);
    throw error;
  }
}

export function runSearch(store: IssueStore, request: SearchRequest): Record<string, unknown> {
  if (request.maxResults < 1) throw badRequest("The 'maxResults' parameter must be at least 1.");
  if (request.reconcileIssues.length > MAX_RECONCILE_ISSUES) {
    throw badRequest(`At most ${MAX_RECONCILE_ISSUES} issue ids can be reconciled in one search.`);
  }
  const compiled = compile(store, request.jql);
  if (!compiled.bounded) throw badRequest(UNBOUNDED);
  const offset = decodeToken(request.nextPageToken, request.jql);
  const matching = store
    .searchSubjects(new Set(request.reconcileIssues))
    .filter(({ subject }) => compiled.matches(subject))
    .sort((left, right) => compiled.compare(left.subject, right.subject));
  const pageSize = Math.min(request.maxResults, MAX_SEARCH_PAGE);
  const slice = matching.slice(offset, offset + pageSize);
  const isLast = offset + slice.length >= matching.length;
  const view = { fields: request.fields ?? [], properties: request.properties };
  return {
    issues: slice.map(({ issue }) => renderIssue(issue, store, view)),
    isLast,
    ...(isLast ? {} : { nextPageToken: encodeToken(offset + slice.length, request.jql) }),
  };
}
