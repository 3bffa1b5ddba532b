import Resolver from '@forge/resolver';
import { issuePanelKeys } from '../config/issue-panel-api';
import { handlePanelCall } from '../panel/panel-resolvers';
import { createForgeAdminDeps } from '../platform/forge-admin-deps';

/** The issue panel's resolver: the panel's two keys, the issue taken from the call's context. */
const resolver = new Resolver();
for (const key of issuePanelKeys) {
  resolver.define(key, ({ payload, context }) =>
    handlePanelCall(createForgeAdminDeps(), key, payload, context),
  );
}

export const issuePanelResolver = resolver.getDefinitions();
