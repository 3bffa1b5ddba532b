import { randomBytes } from 'node:crypto';
import { emptyCounts, type RunCounts, type RunRecord, type RunTrigger } from '../config/records';
import type { Config } from '../config/schema';
import { loadConfig } from '../state/config-store';
import { acquireRunLock } from '../state/run-lock';
import { recordRun } from '../state/run-history';
import { clearProgress, writeProgress } from '../state/run-progress';
import {
  clearListingCheckpoint,
  readListingCheckpoint,
  writeListingCheckpoint,
  type ListingCheckpoint,
} from '../state/listing-checkpoint';
import { writePollCursor, type PollCursor } from '../state/sync-cursor';
import { ApplyContext, SAFETY_MARGIN_MS } from './apply-context';
import { applyCreates, type CreatePlan } from './apply-creates';
import { applyDrops, applyUpdates, applyVanished, type UpdatePlan } from './apply-updates';
import { errorFacts } from './error-facts';
import { healCreateIntents } from './heal-create-intents';
import type { TaskListing } from './list-tasks';
import type { TaskPlan } from './plan';
import { listAndPlan, loadPollState } from './poll-state';
import type { PollMessage } from './queue-messages';
import { finishedRecord, mergeCarried } from './run-record';
import type { SyncDeps } from './sync.types';

/**
 * One PeopleForce → Jira poll: lock, list, plan, apply, record. Each batch of writes is stored before the next,
 * so when time runs short the invocation stops, releases the lock and continues through the queue; the
 * continuation re-lists and re-plans, and finds the finished work unchanged.
 */
/** The poll and consumer functions time out at 300 s; a killed holder's lease frees itself a minute later. */
const LEASE_SECONDS = 6 * 60;
const FULL_SCAN_EVERY_MS = 24 * 3600_000;
const PROGRESS_EVERY_MS = 1_000;
/**
 * Listing may use this share of the time an invocation has when the run starts; the rest is for applying what
 * was listed. A longer listing stops there and continues from a checkpoint in the next invocation.
 */
const LISTING_SHARE = 0.6;

export interface PollRequest {
  trigger: RunTrigger;
  runId?: string;
  carried?: PollMessage['carried'];
}

export function newRunId(now: Date): string {
  return `run-${now
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 14)}-${randomBytes(3).toString('hex')}`;
}

export async function runPoll(deps: SyncDeps, request: PollRequest): Promise<RunRecord> {
  const started = deps.clock.now();
  const runId = request.runId ?? newRunId(started);
  const config = await loadConfig(deps.kv);
  if (!config.enabled) {
    deps.log.log('info', 'sync.paused', { runId, trigger: request.trigger });
    return finishedRecord(
      runId,
      request.trigger,
      started,
      deps.clock.now(),
      'paused',
      emptyCounts(),
      'sync is paused',
    );
  }
  const lock = await acquireRunLock(deps.kv, deps.clock, runId, LEASE_SECONDS);
  if (lock.kind === 'held') {
    deps.log.log('info', 'sync.skipped_locked', { runId, heldBy: lock.holderRunId, until: lock.expiresAt });
    const message = `another run (${lock.holderRunId}) holds the lock until ${lock.expiresAt}`;
    return finishedRecord(
      runId,
      request.trigger,
      started,
      deps.clock.now(),
      'locked',
      emptyCounts(),
      message,
    );
  }
  if (lock.kind === 'tookOverExpired') {
    deps.log.log('warn', 'sync.lock_taken_over', { runId, previousRunId: lock.previousRunId });
  }
  deps.log.log('info', 'sync.run_started', { runId, trigger: request.trigger });
  let record: RunRecord;
  let continueRun = false;
  // Counted as the work happens, so a run that fails part-way still reports what it did.
  const counts = emptyCounts();
  try {
    const result = await pollUnderLock(deps, config, runId, request, counts);
    continueRun = result.outOfTime;
    record = finishedRecord(
      runId,
      request.trigger,
      started,
      deps.clock.now(),
      result.outcome,
      result.counts,
      result.message,
    );
  } catch (error) {
    const facts = errorFacts(error);
    deps.log.log('error', 'sync.run_failed', { runId, reason: facts.message, status: facts.status });
    record = finishedRecord(
      runId,
      request.trigger,
      started,
      deps.clock.now(),
      'failed',
      counts,
      facts.message,
    );
  } finally {
    await clearProgress(deps.kv);
    await lock.lease.release();
  }
  record = mergeCarried(record, request.carried ?? null);
  await recordRun(deps.kv, record);
  if (continueRun) await scheduleContinuation(deps, record, request);
  deps.log.log('info', 'sync.run_finished', {
    runId,
    trigger: record.trigger,
    outcome: record.outcome,
    durationMs: record.durationMs,
    ...record.counts,
  });
  return record;
}

interface PollResult {
  outcome: RunRecord['outcome'];
  counts: RunCounts;
  message: string | null;
  outOfTime: boolean;
}

async function pollUnderLock(
  deps: SyncDeps,
  config: Config,
  runId: string,
  request: PollRequest,
  counts: RunCounts,
): Promise<PollResult> {
  const { kv, clock } = deps;
  const state = await loadPollState(deps);
  const { links, failures, users, cursor } = state;
  const ctx = new ApplyContext(deps, runId, config, links, failures, users, counts, request.trigger);
  // Progress is for the person watching "Sync now" (its continuations keep the trigger); a scheduled poll writes
  // none, so a no-change poll makes three KVS writes: the lease, its release and the run history.
  const showProgress = request.trigger === 'manual' || request.trigger === 'retry';
  const progress = progressWriter(deps, runId, showProgress);

  const listingStop = listingBudget(deps);
  const pendingTaskIds = await healCreateIntents(ctx);
  const resume = request.carried ? await readListingCheckpoint(kv, runId) : null;
  const fullScan =
    resume?.fullScan ??
    (!cursor.lastFullScanAt ||
      clock.now().getTime() - Date.parse(cursor.lastFullScanAt) > FULL_SCAN_EVERY_MS);
  const seenBefore = resume?.seenCount ?? 0;
  const { listing, plans } = await listAndPlan(deps, state, config, {
    fullScan,
    onPage: (listed) => progress('listing', seenBefore + listed, seenBefore + listed),
    shouldStop: listingStop,
    resume,
  });
  reportMalformed(ctx, listing);
  counts.seen = seenBefore + listing.open.length + listing.completed.length;
  countPassive(counts, plans);

  const byKind = splitPlans(plans, pendingTaskIds);
  const total = byKind.creates.length + byKind.updates.length;
  await progress('applying', 0, total);
  applyDrops(ctx, byKind.drops);
  let outcome = await applyCreates(ctx, byKind.creates);
  await progress('applying', counts.created + counts.failed, total);
  if (outcome === 'done') outcome = await applyUpdates(ctx, byKind.updates);
  if (outcome === 'done') await applyVanished(ctx, byKind.vanished);
  await ctx.checkpoint(true);
  await failures.save();
  await users.save(clock.now());

  const highestId = Math.max(resume?.highestId ?? 0, listing.highestId);
  if (outcome === 'outOfTime') {
    // The checkpoint stays where it was: the continuation lists this part again and finds the finished work.
    return continued(counts, 'ran out of time; continuing in a new invocation');
  }
  if (listing.stoppedAt !== null) {
    await writeListingCheckpoint(kv, listingCheckpoint(runId, resume, listing, fullScan, highestId));
    return continued(counts, 'listing continues in a new invocation');
  }
  if (resume) await clearListingCheckpoint(kv);
  const next = nextCursor(cursor, highestId, fullScan, clock.now());
  if (cursorMoved(cursor, next)) await writePollCursor(kv, next);
  return { outcome: counts.failed > 0 ? 'partial' : 'success', counts, message: null, outOfTime: false };
}

function continued(counts: RunCounts, message: string): PollResult {
  return { outcome: 'continued', counts, message, outOfTime: true };
}

/** Stops the listing once it used LISTING_SHARE of the time this invocation had when the run began. */
function listingBudget(deps: SyncDeps): () => boolean {
  const reserveMs = Math.max(SAFETY_MARGIN_MS, deps.clock.remainingMs() * (1 - LISTING_SHARE));
  return () => deps.clock.remainingMs() < reserveMs;
}

function listingCheckpoint(
  runId: string,
  resume: ListingCheckpoint | null,
  listing: TaskListing,
  fullScan: boolean,
  highestId: number,
): ListingCheckpoint {
  return {
    runId,
    position: listing.stoppedAt ?? { completed: false, page: 1, lowestIdSeen: null },
    completedTarget: listing.completedTarget,
    fullScan,
    highestId,
    seenCount: (resume?.seenCount ?? 0) + listing.open.length + listing.completed.length,
    openIdsSeen: new Set([...(resume?.openIdsSeen ?? []), ...listing.open.map((task) => task.id)]),
    completedIdsSeen: new Set([
      ...(resume?.completedIdsSeen ?? []),
      ...listing.completed.map((task) => task.id),
    ]),
  };
}

function nextCursor(cursor: PollCursor, highestId: number, fullScan: boolean, now: Date): PollCursor {
  return {
    ...cursor,
    initialSyncDone: true,
    highWatermark: Math.max(cursor.highWatermark, highestId),
    lastFullScanAt: fullScan ? now.toISOString() : cursor.lastFullScanAt,
    lastSuccessfulRunAt: now.toISOString(),
  };
}

/** Only a moved watermark is worth a write: the last successful run's time is also in the run history. */
function cursorMoved(before: PollCursor, after: PollCursor): boolean {
  return (
    before.initialSyncDone !== after.initialSyncDone ||
    before.highWatermark !== after.highWatermark ||
    before.lastFullScanAt !== after.lastFullScanAt
  );
}

function splitPlans(plans: readonly TaskPlan[], pendingTaskIds: ReadonlySet<number>) {
  const creates: CreatePlan[] = [];
  const updates: UpdatePlan[] = [];
  const vanished: Array<Extract<TaskPlan, { kind: 'vanished' }>> = [];
  const drops: Array<Extract<TaskPlan, { kind: 'drop' }>> = [];
  for (const plan of plans) {
    if (plan.kind === 'create' && !pendingTaskIds.has(plan.task.id)) creates.push(plan);
    else if (plan.kind === 'update') updates.push(plan);
    else if (plan.kind === 'vanished') vanished.push(plan);
    else if (plan.kind === 'drop') drops.push(plan);
  }
  return { creates, updates, vanished, drops };
}

function countPassive(counts: RunCounts, plans: readonly TaskPlan[]): void {
  for (const plan of plans) {
    if (plan.kind === 'unchanged' || plan.kind === 'skip') counts.unchanged += 1;
  }
}

function reportMalformed(ctx: ApplyContext, listing: TaskListing): void {
  for (const bad of listing.malformed) {
    const taskId = Number(bad.id);
    if (!Number.isInteger(taskId)) {
      ctx.deps.log.log('warn', 'peopleforce.unreadable_record', { runId: ctx.runId, reason: bad.reason });
      continue;
    }
    ctx.fail(null, {
      taskId,
      kind: 'malformed',
      reason: `PeopleForce returned this task in an unreadable form: ${bad.reason}`,
      fingerprint: null,
      issueKey: ctx.links.get(taskId)?.issueKey ?? null,
    });
  }
}

function progressWriter(deps: SyncDeps, runId: string, enabled: boolean) {
  let lastWrite = 0;
  return async (phase: 'listing' | 'applying', processed: number, total: number) => {
    const now = deps.clock.now();
    if (!enabled || now.getTime() - lastWrite < PROGRESS_EVERY_MS) return;
    lastWrite = now.getTime();
    await writeProgress(deps.kv, { runId, phase, processed, total, updatedAt: now.toISOString() });
  };
}

async function scheduleContinuation(deps: SyncDeps, record: RunRecord, request: PollRequest): Promise<void> {
  const invocations = (request.carried?.invocations ?? 1) + 1;
  const message: PollMessage = {
    kind: 'poll',
    runId: record.runId,
    trigger: request.trigger,
    carried: { counts: record.counts, startedAt: record.startedAt, invocations },
  };
  await deps.queue.push(message);
  deps.log.log('info', 'sync.continuation_scheduled', { runId: record.runId, invocation: invocations });
}
