import Resolver from '@forge/resolver';
import { handleAdminCall } from '../admin/admin-resolvers';
import { adminKeys } from '../config/admin-api';
import { createForgeAdminDeps } from '../platform/forge-admin-deps';

/** The admin page's resolver: one definition per key of the admin API, all through handleAdminCall. */
const resolver = new Resolver();
for (const key of adminKeys) {
  resolver.define(key, ({ payload }) => handleAdminCall(createForgeAdminDeps(), key, payload));
}

export const adminResolver = resolver.getDefinitions();
