import type { AdoptionStatus } from '../config/admin-api';
import { DEFAULT_GATEWAY_LABEL, type AdoptionReport } from '../config/records';
import { readAdoptionReport, writeAdoptionReport } from '../state/adoption-report';
import { readPollCursor } from '../state/sync-cursor';
import { emptyReport, newAdoptionRunId, runAdoption } from '../sync/adopt-issues';
import { jqlString } from '../sync/find-labelled-issues';
import type { AdoptMessage } from '../sync/queue-messages';
import { TASK_PROPERTY_ALIAS } from '../sync/sync.types';
import { AdminRefusal, type AdminDeps } from './admin.types';

/** A run that has not reported for this long was killed: another may start. */
const STALE_RUN_MS = 15 * 60_000;
const WARNING_PAGE = 100;

/**
 * "Adopt issues from a previous integration": a dry run answers at once (it writes nothing); the adoption
 * itself runs in the queue consumer, and the page follows its stored report through getAdoption.
 */
export async function startAdoption(
  deps: AdminDeps,
  request: { label: string; propertyKey: string; dryRun: boolean },
) {
  const now = deps.clock.now();
  const runId = newAdoptionRunId(now);
  if (request.dryRun) {
    const report = await runAdoption(deps, { ...request, runId });
    return { runId, report };
  }
  const current = await readAdoptionReport(deps.kv);
  if (current && isRunning(current, now)) {
    throw new AdminRefusal('busy', `An adoption is already running (${current.runId})`);
  }
  const report = emptyReport({ ...request, runId }, now);
  await writeAdoptionReport(deps.kv, report);
  const message: AdoptMessage = {
    kind: 'adopt',
    runId,
    label: request.label,
    propertyKey: request.propertyKey,
  };
  await deps.queue.push(message);
  deps.log.log('info', 'admin.adoption_requested', { runId, label: request.label });
  return { runId, report };
}

export async function getAdoption(deps: AdminDeps): Promise<AdoptionStatus> {
  const [report, cursor] = await Promise.all([readAdoptionReport(deps.kv), readPollCursor(deps.kv)]);
  const adopted = report !== null && !report.dryRun && report.phase === 'done';
  // While an adoption runs the page polls every second: the count would cost a Jira search each time.
  const running = report !== null && isRunning(report, deps.clock.now());
  if (cursor.initialSyncDone || adopted || running) return { report, unadopted: null };
  const label = report?.label ?? DEFAULT_GATEWAY_LABEL;
  return { report, unadopted: { label, ...(await countUnadopted(deps, label)) } };
}

/** Labelled issues without our property: one page is enough to warn. */
async function countUnadopted(deps: AdminDeps, label: string): Promise<{ count: number; more: boolean }> {
  const pages = deps.jiraClient.searchJql({
    jql: `labels = ${jqlString(label)} AND ${TASK_PROPERTY_ALIAS} IS EMPTY`,
    fields: ['summary'],
    maxResults: WARNING_PAGE,
  });
  const first = await pages.next();
  const count = first.done === true ? 0 : first.value.length;
  const more = first.done !== true && !(await pages.next()).done;
  await pages.return(undefined);
  return { count, more };
}

function isRunning(report: AdoptionReport, now: Date): boolean {
  const active = report.phase === 'running' || report.phase === 'continued';
  return !report.dryRun && active && now.getTime() - Date.parse(report.startedAt) < STALE_RUN_MS;
}
