import { randomBytes } from 'node:crypto';
import type { AdoptionReport } from '../config/records';
import { readAdoptionReport, writeAdoptionReport } from '../state/adoption-report';
import { loadConfig } from '../state/config-store';
import { LinkStore } from '../state/link-store';
import { acquireRunLock, type RunLease } from '../state/run-lock';
import { planAdoption, type AdoptionPlan, type AdoptionWrite } from './adoption-plan';
import { SAFETY_MARGIN_MS } from './apply-context';
import { errorFacts } from './error-facts';
import { findLabelledIssues } from './find-labelled-issues';
import { listTasks } from './list-tasks';
import type { AdoptMessage } from './queue-messages';
import { TASK_PROPERTY_KEY, type SyncDeps } from './sync.types';
import { TrailRecorder } from './trail-recorder';

/**
 * Adopts the issues a previous integration left in Jira (label + its own entity property naming the task):
 * one search on the label asking for both properties, one listing of every PeopleForce task, a pure plan,
 * then batches of 100 — links stored first (they alone keep a poll from creating a second issue), then our
 * indexed property set in one bulk request. Runs under the poll's lock, so no poll plans against half-written
 * links. Safe to run twice and resumable: what is already linked and marked is "already ours", a link without
 * our property is finished. Out of time, it stores its report and continues through the queue.
 */
const LEASE_SECONDS = 6 * 60;
const WRITE_BATCH = 100;
/** A dry run answers an admin request (25 s): stop reading PeopleForce with this much left. */
const DRY_RUN_RESERVE_MS = 8_000;

export interface AdoptionRequest {
  runId: string;
  label: string;
  propertyKey: string;
  dryRun: boolean;
}

export function newAdoptionRunId(now: Date): string {
  return `adopt-${now
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14)}-${randomBytes(3).toString('hex')}`;
}

export async function runAdoption(deps: SyncDeps, request: AdoptionRequest): Promise<AdoptionReport> {
  if (request.dryRun) return dryRunAdoption(deps, request);
  const started = deps.clock.now();
  const lock = await acquireRunLock(deps.kv, deps.clock, request.runId, LEASE_SECONDS);
  if (lock.kind === 'held') {
    const message = `a sync (${lock.holderRunId}) holds the lock until ${lock.expiresAt}; try again after it`;
    deps.log.log('info', 'adoption.skipped_locked', { runId: request.runId, heldBy: lock.holderRunId });
    const report = { ...emptyReport(request, started), phase: 'locked' as const, message };
    await writeAdoptionReport(deps.kv, report);
    return report;
  }
  deps.log.log('info', 'adoption.started', { runId: request.runId, label: request.label });
  let report: AdoptionReport;
  try {
    report = await adoptUnderLock(deps, request, lock.lease);
  } catch (error) {
    const facts = errorFacts(error);
    deps.log.log('error', 'adoption.failed', {
      runId: request.runId,
      reason: facts.message,
      status: facts.status,
    });
    const base = (await readAdoptionReport(deps.kv).catch(() => null)) ?? emptyReport(request, started);
    report = {
      ...base,
      runId: request.runId,
      phase: 'failed',
      finishedAt: deps.clock.now().toISOString(),
      message: facts.message,
    };
  } finally {
    await lock.lease.release();
  }
  await writeAdoptionReport(deps.kv, report);
  if (report.phase === 'continued') await continueLater(deps, request);
  else
    deps.log.log('info', 'adoption.finished', {
      runId: request.runId,
      phase: report.phase,
      ...report.counts,
    });
  return report;
}

async function dryRunAdoption(deps: SyncDeps, request: AdoptionRequest): Promise<AdoptionReport> {
  const started = deps.clock.now();
  const { plan, complete } = await survey(deps, request, () => deps.clock.remainingMs() < DRY_RUN_RESERVE_MS);
  const message = complete
    ? null
    : 'PeopleForce could not be read in full within one admin request: issues of tasks not read are counted as unmatched. The adoption itself reads them all.';
  return {
    ...reportFrom(plan, request, started),
    phase: 'done',
    finishedAt: deps.clock.now().toISOString(),
    message,
  };
}

async function adoptUnderLock(
  deps: SyncDeps,
  request: AdoptionRequest,
  lease: RunLease,
): Promise<AdoptionReport> {
  const started = deps.clock.now();
  const previous = await readAdoptionReport(deps.kv);
  const { plan, links } = await survey(deps, request, () => false);
  // Adoptions are started by an admin: their trail events read as "Sync now" ones do.
  const trail = new TrailRecorder(deps.kv, deps.clock, 'manual');
  // A continuation keeps the counts of the survey that started the run: its own survey sees finished work as ours.
  let report: AdoptionReport =
    previous?.runId === request.runId && previous.phase === 'continued'
      ? { ...previous, phase: 'running', processed: Math.max(0, previous.total - plan.writes.length) }
      : reportFrom(plan, request, started);
  await writeAdoptionReport(deps.kv, report);
  for (let start = 0; start < plan.writes.length; start += WRITE_BATCH) {
    if (start > 0 && deps.clock.remainingMs() < SAFETY_MARGIN_MS) {
      return { ...report, phase: 'continued', message: 'ran out of time; continuing in a new invocation' };
    }
    const batch = plan.writes.slice(start, start + WRITE_BATCH);
    report = await writeBatch(deps, { links, trail }, batch, report);
    await writeAdoptionReport(deps.kv, report);
    if (!(await lease.refresh())) {
      throw new Error('another run took the run lock over; adopting again finishes the rest');
    }
  }
  return { ...report, phase: 'done', finishedAt: deps.clock.now().toISOString() };
}

async function writeBatch(
  deps: SyncDeps,
  { links, trail }: { links: LinkStore; trail: TrailRecorder },
  batch: readonly AdoptionWrite[],
  report: AdoptionReport,
): Promise<AdoptionReport> {
  for (const write of batch) {
    if (!write.link) continue;
    links.put(write.link);
    if (write.task) trail.remember(write.task);
    trail.toJira(write.taskId, 'adopted', write.issue.key);
  }
  await links.flush();
  await trail.flush();
  const processed = report.processed + batch.length;
  try {
    await deps.jira.setIssueProperties(
      batch.map((write) => ({
        issueId: write.issue.id,
        properties: { [TASK_PROPERTY_KEY]: { taskId: String(write.taskId) } },
      })),
    );
    return { ...report, processed };
  } catch (error) {
    const reason = errorFacts(error).message;
    deps.log.log('warn', 'adoption.batch_failed', { runId: report.runId, issues: batch.length, reason });
    const failed = batch.map((write) => ({
      issueKey: write.issue.key,
      taskId: write.taskId,
      detail: `linked, but Jira did not take our property: ${reason}`,
    }));
    return {
      ...report,
      processed,
      counts: { ...report.counts, failed: report.counts.failed + batch.length },
      examples: { ...report.examples, failed: [...report.examples.failed, ...failed].slice(0, 20) },
    };
  }
}

async function survey(
  deps: SyncDeps,
  request: AdoptionRequest,
  shouldStop: () => boolean,
): Promise<{ plan: AdoptionPlan; links: LinkStore; complete: boolean }> {
  const issues = await findLabelledIssues(deps.jira, request);
  const listing = await listTasks(
    deps.peopleforce,
    () => 0,
    deps.log,
    () => Promise.resolve(),
    shouldStop,
  );
  const [links, config] = await Promise.all([LinkStore.load(deps.kv), loadConfig(deps.kv)]);
  const tasks = new Map([...listing.completed, ...listing.open].map((task) => [task.id, task]));
  const unreadable = new Set(listing.malformed.map((bad) => Number(bad.id)));
  const plan = planAdoption({
    issues,
    tasks,
    linkOf: (taskId) => links.get(taskId),
    isTaskUnknown: (taskId) => unreadable.has(taskId) || !listing.complete,
    config,
  });
  return { plan, links, complete: listing.complete };
}

async function continueLater(deps: SyncDeps, request: AdoptionRequest): Promise<void> {
  const message: AdoptMessage = {
    kind: 'adopt',
    runId: request.runId,
    label: request.label,
    propertyKey: request.propertyKey,
  };
  await deps.queue.push(message);
  deps.log.log('info', 'adoption.continuation_scheduled', { runId: request.runId });
}

function reportFrom(plan: AdoptionPlan, request: AdoptionRequest, started: Date): AdoptionReport {
  return {
    ...emptyReport(request, started),
    total: plan.writes.length,
    counts: plan.counts,
    examples: plan.examples,
    conflicts: plan.conflicts,
  };
}

export function emptyReport(request: AdoptionRequest, started: Date): AdoptionReport {
  return {
    runId: request.runId,
    dryRun: request.dryRun,
    label: request.label,
    propertyKey: request.propertyKey,
    phase: 'running',
    startedAt: started.toISOString(),
    finishedAt: null,
    total: 0,
    processed: 0,
    counts: { found: 0, adopted: 0, alreadyOurs: 0, conflicts: 0, orphans: 0, unmatched: 0, failed: 0 },
    examples: { adopted: [], alreadyOurs: [], orphans: [], unmatched: [], failed: [] },
    conflicts: [],
    message: null,
  };
}
