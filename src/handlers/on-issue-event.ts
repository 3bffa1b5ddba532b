import { createForgeSyncDeps } from '../platform/forge-sync-deps';
import { handleIssueEvent } from '../sync/return-path';

/** Product-event trigger on issue updates and deletions: Jira → PeopleForce. */
export async function onIssueEvent(event: unknown): Promise<void> {
  await handleIssueEvent(createForgeSyncDeps({ maxWaitMs: 5_000 }), event);
}
