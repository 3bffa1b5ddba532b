import type { AdminErrorCode } from '../config/admin-api';
import type { JiraClient } from '../jira/client';
import type { PeopleForceClient } from '../peopleforce/client';
import type { HttpPort } from '../platform/ports';
import type { SyncDeps } from '../sync/sync.types';

/** What the admin resolvers need: the engine's ports plus the full clients and a permission check. */
export interface AdminDeps extends SyncDeps {
  peopleforceClient: Pick<PeopleForceClient, 'testConnection'>;
  jiraClient: Pick<
    JiraClient,
    | 'getCreateMeta'
    | 'listProjects'
    | 'getProjectStatuses'
    | 'getCreateMetaIssueTypes'
    | 'getMyself'
    | 'searchJql'
  >;
  /** Egress for the alert channels' test messages. */
  http: HttpPort;
  /** Asks Jira, as the calling user, whether they may administer Jira. */
  callerIsJiraAdmin: () => Promise<boolean>;
}

export interface Caller {
  accountId: string | null;
}

/** An expected refusal with a code the admin page understands; anything else is an internal error. */
export class AdminRefusal extends Error {
  constructor(
    readonly code: Exclude<AdminErrorCode, 'internal'>,
    message: string,
    readonly problems: Array<{ path: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'AdminRefusal';
  }
}
