import type { IssueStore } from './issue-store';
import { issueSelf, propertiesObject, renderAllFields, type SimIssue } from './issue-model';

export interface ViewOptions {
  /** Field ids, `*all`, `*navigable`, or `-id` to exclude; undefined means every field. */
  fields: readonly string[] | undefined;
  /** Property keys or `*all`; undefined means none. */
  properties: readonly string[] | undefined;
  changelog?: boolean;
}

function selectFields(
  all: Record<string, unknown>,
  requested: readonly string[] | undefined,
): Record<string, unknown> {
  if (requested === undefined) return all;
  const wantsAll = requested.some((entry) => entry === '*all' || entry === '*navigable');
  const excluded = new Set(requested.filter((entry) => entry.startsWith('-')).map((entry) => entry.slice(1)));
  const included = new Set(requested.filter((entry) => !entry.startsWith('-') && !entry.startsWith('*')));
  return Object.fromEntries(
    Object.entries(all).filter(([fieldId]) => !excluded.has(fieldId) && (wantsAll || included.has(fieldId))),
  );
}

function selectProperties(
  issue: SimIssue,
  requested: readonly string[] | undefined,
): Record<string, unknown> | undefined {
  if (requested === undefined || requested.length === 0) return undefined;
  const all = propertiesObject(issue);
  if (requested.includes('*all')) return all;
  return Object.fromEntries(Object.entries(all).filter(([key]) => requested.includes(key)));
}

/** An issue as `GET /issue/{key}` and `/search/jql` return it. */
export function renderIssue(
  issue: SimIssue,
  store: IssueStore,
  options: ViewOptions,
): Record<string, unknown> {
  const properties = selectProperties(issue, options.properties);
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: issueSelf(issue, store.baseUrl),
    key: issue.key,
    fields: selectFields(renderAllFields(issue, store.renderContext()), options.fields),
    ...(properties ? { properties } : {}),
    ...(options.changelog
      ? {
          changelog: {
            startAt: 0,
            maxResults: issue.histories.length,
            total: issue.histories.length,
            histories: issue.histories,
          },
        }
      : {}),
  };
}
