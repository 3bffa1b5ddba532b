import { loadConfig } from '../state/config-store';
import { LinkStore } from '../state/link-store';
import { readSweepCursor, writeSweepCursor } from '../state/sync-cursor';
import { statusCategoryOf } from './move-issue';
import { directionEnabled, linkedTaskId, syncTaskCompletion, type ReturnOutcome } from './return-path';
import { TASK_PROPERTY_ALIAS, TASK_PROPERTY_KEY, type SyncDeps } from './sync.types';

/**
 * The hourly missed-event sweep. Product events can be lost (an outage, an app upgrade, retries exhausted), so
 * every hour the linked issues changed since the last successful sweep — with an overlap, because Jira's search
 * index lags — are compared with the stored completion state and put right. The watermark is the start of the
 * last sweep that finished, so an outage of any length is caught up, and the first sweep looks at everything.
 */
const OVERLAP_MINUTES = 15;

export interface SweepResult {
  examined: number;
  outcomes: Partial<Record<ReturnOutcome, number>>;
  since: string | null;
}

export async function runSweep(deps: SyncDeps): Promise<SweepResult> {
  const started = deps.clock.now();
  const config = await loadConfig(deps.kv);
  const cursor = await readSweepCursor(deps.kv);
  const result: SweepResult = { examined: 0, outcomes: {}, since: cursor?.lastSweepStartedAt ?? null };
  if (!config.enabled) return result;
  const links = await LinkStore.load(deps.kv);
  let complete = true;
  for (const done of [true, false]) {
    if (!directionEnabled(config, done)) continue;
    const issues = await deps.jira.searchAllJql({
      jql: sweepJql(done, cursor?.lastSweepStartedAt ?? null, started),
      fields: ['status'],
      properties: [TASK_PROPERTY_KEY],
    });
    for (const issue of issues) {
      result.examined += 1;
      const taskId = linkedTaskId(issue.properties?.[TASK_PROPERTY_KEY]);
      const link = taskId === null ? undefined : links.get(taskId);
      const isDone = statusCategoryOf(issue.fields.status) === 'done';
      if (!link || link.state !== 'active' || link.issueId !== issue.id || link.completed === isDone)
        continue;
      const outcome = await syncTaskCompletion(deps, {
        links,
        link,
        done: isDone,
        via: 'sweep',
        attempt: 0,
        issueKey: issue.key,
      });
      result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
      if (outcome === 'failed') complete = false;
    }
  }
  if (complete) await writeSweepCursor(deps.kv, { lastSweepStartedAt: started.toISOString() });
  deps.log.log('info', 'sweep.finished', {
    examined: result.examined,
    since: result.since,
    ...result.outcomes,
  });
  return result;
}

/**
 * Relative minutes keep the query independent of the time zone Jira would read a date in. The query is built
 * from constants and one validated integer only, never from stored or received text.
 */
export function sweepJql(done: boolean, since: string | null, now: Date): string {
  const clauses = [
    `${TASK_PROPERTY_ALIAS} IS NOT EMPTY`,
    done ? 'statusCategory = Done' : 'statusCategory != Done',
  ];
  const minutes =
    since === null ? NaN : Math.ceil((now.getTime() - Date.parse(since)) / 60_000) + OVERLAP_MINUTES;
  // Only a whole, positive number reaches the query: an unreadable stored watermark means "look at everything".
  if (Number.isSafeInteger(minutes) && minutes > 0) clauses.push(`updated >= "-${String(minutes)}m"`);
  return `${clauses.join(' AND ')} ORDER BY updated ASC`;
}
