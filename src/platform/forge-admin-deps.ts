import type { AdminDeps } from '../admin/admin.types';
import { JiraClient } from '../jira/client';
import { createForgeHttp } from './forge-http';
import { createForgeSyncDeps } from './forge-sync-deps';
import { createForgeUserJira } from './forge-user-jira';

/** Resolvers have 25 s: long waits for a rate-limited remote are refused rather than slept through. */
const RESOLVER_MAX_WAIT_MS = 5_000;

export function createForgeAdminDeps(): AdminDeps {
  const sync = createForgeSyncDeps({ maxWaitMs: RESOLVER_MAX_WAIT_MS });
  const asUserJira = new JiraClient({
    transport: createForgeUserJira(),
    clock: sync.clock,
    log: sync.log,
    maxWaitMs: RESOLVER_MAX_WAIT_MS,
  });
  return {
    ...sync,
    peopleforceClient: sync.peopleforce,
    jiraClient: sync.jira,
    http: createForgeHttp(),
    callerIsJiraAdmin: () => asUserJira.hasAdminPermission(),
  };
}
