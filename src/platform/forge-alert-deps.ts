import type { AlertDeps } from '../alerts/check-alerts';
import type { JiraClient } from '../jira/client';
import type { PeopleForceClient } from '../peopleforce/client';
import type { SyncDeps } from '../sync/sync.types';
import { createForgeHttp } from './forge-http';

/** The alert check's ports, from the ones an invocation already built (one KVS, clock and log). */
export function createForgeAlertDeps(
  sync: SyncDeps & {
    peopleforce: Pick<PeopleForceClient, 'testConnection'>;
    jira: Pick<JiraClient, 'getCreateMeta'>;
  },
): AlertDeps {
  return {
    kv: sync.kv,
    clock: sync.clock,
    log: sync.log,
    http: createForgeHttp(),
    getCreateMeta: (projectKey, issueTypeId) => sync.jira.getCreateMeta(projectKey, issueTypeId),
    testPeopleForceKey: () => sync.peopleforce.testConnection(),
  };
}
