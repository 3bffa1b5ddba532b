import { checkAlertsAfterRun } from '../alerts/check-alerts';
import { createForgeAlertDeps } from '../platform/forge-alert-deps';
import { createForgeSyncDeps } from '../platform/forge-sync-deps';
import { runAdoption } from '../sync/adopt-issues';
import { QueueMessageSchema } from '../sync/queue-messages';
import { handleReturnMessage } from '../sync/return-path';
import { runPoll } from '../sync/run-poll';

/**
 * Queue consumer: continues a poll that ran out of time (then checks alerts), runs (or continues) an adoption,
 * or retries a deferred
 * Jira → PeopleForce update.
 */
export async function syncWorker(event: { body?: unknown }): Promise<void> {
  const deps = createForgeSyncDeps({ maxWaitMs: 60_000 });
  const message = QueueMessageSchema.safeParse(event.body);
  if (!message.success) {
    // Retrying cannot make a malformed body valid: say so once instead of letting Forge retry it four times.
    deps.log.log('error', 'queue.unreadable_message', {
      reason: message.error.issues[0]?.message ?? 'invalid',
    });
    return;
  }
  if (message.data.kind === 'poll') {
    const { runId, trigger, carried } = message.data;
    const run = await runPoll(deps, { trigger, runId, carried });
    await checkAlertsAfterRun(createForgeAlertDeps(deps), run);
  } else if (message.data.kind === 'adopt') {
    await runAdoption(deps, { ...message.data, dryRun: false });
  } else {
    await handleReturnMessage(deps, message.data);
  }
}
