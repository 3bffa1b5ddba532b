import { json, noContent, type Route } from '../http-types';
import type { IssueStore } from '../issue-store';
import { issueSelf } from '../issue-model';
import { notFound } from '../sim-error';

export function propertyRoutes(store: IssueStore): Route[] {
  const propertyUrl = (issueId: string, key: string) =>
    `${issueSelf({ id: issueId }, store.baseUrl)}/properties/${encodeURIComponent(key)}`;
  return [
    {
      method: 'GET',
      pattern: '/issue/:issueIdOrKey/properties',
      handler: ({ params }) => {
        const issue = store.require(params.issueIdOrKey ?? '');
        return json({
          keys: [...issue.properties.keys()].map((key) => ({ self: propertyUrl(issue.id, key), key })),
        });
      },
    },
    {
      method: 'GET',
      pattern: '/issue/:issueIdOrKey/properties/:propertyKey',
      handler: ({ params }) => {
        const issue = store.require(params.issueIdOrKey ?? '');
        const key = params.propertyKey ?? '';
        if (!issue.properties.has(key)) throw notFound(`The property with key '${key}' does not exist.`);
        return json({ key, value: issue.properties.get(key) });
      },
    },
    {
      method: 'PUT',
      pattern: '/issue/:issueIdOrKey/properties/:propertyKey',
      handler: ({ params, body, actor }) => {
        const createdNew = store.setProperty(
          params.issueIdOrKey ?? '',
          params.propertyKey ?? '',
          body,
          actor,
        );
        return json({}, createdNew ? 201 : 200);
      },
    },
    {
      method: 'DELETE',
      pattern: '/issue/:issueIdOrKey/properties/:propertyKey',
      handler: ({ params, actor }) => {
        store.deleteProperty(params.issueIdOrKey ?? '', params.propertyKey ?? '', actor);
        return noContent();
      },
    },
  ];
}
