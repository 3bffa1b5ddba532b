import { checkAlertsAfterRun } from '../alerts/check-alerts';
import { createForgeAlertDeps } from '../platform/forge-alert-deps';
import { createForgeSyncDeps } from '../platform/forge-sync-deps';
import { runPoll } from '../sync/run-poll';

/** Scheduled trigger (every five minutes): one PeopleForce → Jira poll, then the alert check. */
export async function pollPeopleforce(): Promise<void> {
  const deps = createForgeSyncDeps({ maxWaitMs: 60_000 });
  const run = await runPoll(deps, { trigger: 'schedule' });
  await checkAlertsAfterRun(createForgeAlertDeps(deps), run);
}
