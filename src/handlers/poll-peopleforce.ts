import { createForgeSyncDeps } from '../platform/forge-sync-deps';
import { runPoll } from '../sync/run-poll';

/** Scheduled trigger (every five minutes): one PeopleForce → Jira poll. */
export async function pollPeopleforce(): Promise<void> {
  await runPoll(createForgeSyncDeps({ maxWaitMs: 60_000 }), { trigger: 'schedule' });
}
