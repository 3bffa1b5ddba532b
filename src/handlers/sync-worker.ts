import { createForgeSyncDeps } from '../platform/forge-sync-deps';
import { QueueMessageSchema } from '../sync/queue-messages';
import { handleReturnMessage } from '../sync/return-path';
import { runPoll } from '../sync/run-poll';

/** Queue consumer: continues a poll that ran out of time, or retries a deferred Jira → PeopleForce update. */
export async function syncWorker(event: { body?: unknown }): Promise<void> {
  const message = QueueMessageSchema.parse(event.body);
  const deps = createForgeSyncDeps({ maxWaitMs: 60_000 });
  if (message.kind === 'poll') {
    await runPoll(deps, { trigger: message.trigger, runId: message.runId, carried: message.carried });
  } else {
    await handleReturnMessage(deps, message);
  }
}
