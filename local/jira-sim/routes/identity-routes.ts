import { renderUser } from '../field-values';
import { json, type Route } from '../http-types';
import type { IssueStore } from '../issue-store';
import { page } from '../query-params';
import type { SeedUser } from '../seed.types';
import { badRequest, notFound } from '../sim-error';

const PERMISSION_NAMES: Record<string, { name: string; type: 'GLOBAL' | 'PROJECT' }> = {
  ADMINISTER: { name: 'Administer Jira', type: 'GLOBAL' },
  BROWSE_PROJECTS: { name: 'Browse Projects', type: 'PROJECT' },
  CREATE_ISSUES: { name: 'Create Issues', type: 'PROJECT' },
  EDIT_ISSUES: { name: 'Edit Issues', type: 'PROJECT' },
  TRANSITION_ISSUES: { name: 'Transition Issues', type: 'PROJECT' },
  DELETE_ISSUES: { name: 'Delete Issues', type: 'PROJECT' },
  ADD_COMMENTS: { name: 'Add Comments', type: 'PROJECT' },
  ASSIGN_ISSUES: { name: 'Assign Issues', type: 'PROJECT' },
};

function permissionsOf(user: SeedUser, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.map((key) => {
      const known = PERMISSION_NAMES[key];
      if (!known) throw badRequest(`Could not find permission with key '${key}'.`);
      const granted = known.type === 'GLOBAL' ? user.admin === true : user.active !== false;
      return [
        key,
        {
          id: key,
          key,
          name: known.name,
          type: known.type,
          description: known.name,
          havePermission: granted,
        },
      ];
    }),
  );
}

function matchesQuery(user: SeedUser, query: string): boolean {
  const lower = query.toLowerCase();
  const words = user.displayName.toLowerCase().split(/\s+/);
  return user.emailAddress.toLowerCase().startsWith(lower) || words.some((word) => word.startsWith(lower));
}

export function identityRoutes(store: IssueStore): Route[] {
  const { catalogue } = store;
  return [
    {
      method: 'GET',
      pattern: '/myself',
      handler: ({ actor }) => json(renderUser(actor.user, store.baseUrl)),
    },
    {
      method: 'GET',
      pattern: '/mypermissions',
      handler: ({ actor, query }) => {
        const keys = (query.get('permissions') ?? '').split(',').filter(Boolean);
        if (keys.length === 0) throw badRequest("The 'permissions' query parameter is required.");
        return json({ permissions: permissionsOf(actor.user, keys) });
      },
    },
    {
      method: 'GET',
      pattern: '/user/search',
      handler: ({ query }) => {
        const text = query.get('query') ?? query.get('accountId');
        if (!text) throw badRequest("One of 'query' or 'accountId' query parameters must be provided.");
        const people = catalogue.allUsers().filter((user) => user.accountType !== 'app');
        const found = people.filter((user) => user.accountId === text || matchesQuery(user, text));
        return json(page(found, query, 50, 1000).values.map((user) => renderUser(user, store.baseUrl)));
      },
    },
    {
      method: 'GET',
      pattern: '/user',
      handler: ({ query }) => {
        const accountId = query.get('accountId');
        if (!accountId) throw badRequest("The 'accountId' query parameter is required.");
        const user = catalogue.user(accountId);
        if (!user) throw notFound('Specified user does not exist or you do not have required permissions');
        return json(renderUser(user, store.baseUrl));
      },
    },
  ];
}
