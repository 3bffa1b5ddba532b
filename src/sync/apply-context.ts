import type { RunCounts } from '../config/records';
import type { TrailTrigger } from '../config/task-trail';
import type { Config } from '../config/schema';
import { collectUserEmails, convertFields, type ConversionResult } from '../mapping/field-mapping';
import type { FieldMeta } from '../mapping/field-meta';
import type { FailureQueue, FailureInput } from '../state/failure-queue';
import { storageKeys } from '../state/keys';
import type { LinkStore } from '../state/link-store';
import { TransitionCache } from '../state/transition-cache';
import type { UserDirectory } from '../state/user-directory';
import { errorFacts } from './error-facts';
import type { SourceValues } from './fingerprint';
import type { SyncDeps } from './sync.types';
import { TrailRecorder } from './trail-recorder';

/** Enough of a task to name it in the failure queue. */
export interface TaskRef {
  id: number;
  title: string | null;
}

/** Keep this much of the invocation for saving state and scheduling the continuation. */
export const SAFETY_MARGIN_MS = 20_000;

/**
 * Links are written at checkpoints, not after every Jira write: each write of a shard costs up to 160 KiB of
 * Forge's KVS write budget. Between checkpoints a crash loses nothing: created issues are covered by their
 * create intents (deleted only once a checkpoint stored their links) and repeated edits write the same values.
 */
const CHECKPOINT_EVERY_CHANGES = 1_000;
const CHECKPOINT_EVERY_MS = 20_000;

/**
 * Everything the apply steps share within one invocation: ports, stored state loaded once, the run's counts,
 * createmeta per target, and the time budget.
 */
export class ApplyContext {
  private readonly metaByTarget = new Map<string, Promise<FieldMeta[]>>();
  private changesSinceCheckpoint = 0;
  private madeProgress = false;
  private lastCheckpointAt: number;
  private intentsAwaitingCheckpoint: string[] = [];
  private transitions: Promise<TransitionCache> | null = null;
  /** The per-task trail: the apply steps report to it, the invocation's last checkpoint stores it. */
  readonly trail: TrailRecorder;

  constructor(
    readonly deps: SyncDeps,
    readonly runId: string,
    readonly config: Config,
    readonly links: LinkStore,
    readonly failures: FailureQueue,
    readonly users: UserDirectory,
    readonly counts: RunCounts,
    trigger: TrailTrigger,
  ) {
    this.lastCheckpointAt = deps.clock.now().getTime();
    this.trail = new TrailRecorder(deps.kv, deps.clock, trigger);
  }

  /** Records a changed link; `intentId` is the create intent its issue was made under. */
  noteChange(intentId?: string): void {
    this.madeProgress = true;
    this.changesSinceCheckpoint += 1;
    if (intentId !== undefined && !this.intentsAwaitingCheckpoint.includes(intentId)) {
      this.intentsAwaitingCheckpoint.push(intentId);
    }
  }

  /** Stores the links when enough changed or enough time passed (or when forced), then retires covered intents. */
  async checkpoint(force = false): Promise<void> {
    const due =
      this.changesSinceCheckpoint >= CHECKPOINT_EVERY_CHANGES ||
      this.now().getTime() - this.lastCheckpointAt >= CHECKPOINT_EVERY_MS;
    if (!force && !due) return;
    // Lookups first: the searches are spent whatever happens to the links after.
    await this.users.saveCache();
    if (this.transitions) await (await this.transitions).save();
    await this.links.flush();
    // The trail is for people reading it, not for the sync: each flush rewrites every trail shard a large run
    // touched, so it is stored once per invocation (at the forced checkpoint), not at every checkpoint.
    if (force) await this.trail.flush();
    if (this.intentsAwaitingCheckpoint.length > 0) {
      await this.deps.kv.deleteMany(this.intentsAwaitingCheckpoint.map((id) => storageKeys.createIntent(id)));
    }
    this.intentsAwaitingCheckpoint = [];
    this.changesSinceCheckpoint = 0;
    this.lastCheckpointAt = this.now().getTime();
  }

  now(): Date {
    return this.deps.clock.now();
  }

  /**
   * Time to stop and continue in a new invocation. Never before this invocation changed something: when
   * listing alone eats the budget, each continuation must still move the run forward, or it would loop.
   */
  outOfTime(): boolean {
    return this.madeProgress && this.deps.clock.remainingMs() < SAFETY_MARGIN_MS;
  }

  /** Read on the first transition only, so a poll that moves no issue does not read it. */
  transitionCache(): Promise<TransitionCache> {
    this.transitions ??= TransitionCache.load(this.deps.kv);
    return this.transitions;
  }

  /** createmeta of `PROJECT/issueTypeId`, fetched once per invocation. */
  fieldMetaFor(target: string): Promise<FieldMeta[]> {
    let meta = this.metaByTarget.get(target);
    if (!meta) {
      const [projectKey = '', issueTypeId = ''] = target.split('/');
      meta = this.deps.jira.getCreateMeta(projectKey, issueTypeId);
      this.metaByTarget.set(target, meta);
    }
    return meta;
  }

  async convert(
    sources: SourceValues,
    metas: FieldMeta[],
    operation: 'create' | 'edit',
  ): Promise<ConversionResult> {
    const emails = collectUserEmails(sources, metas);
    const accountIdByEmail = await this.users.resolve(emails, this.now());
    const result = convertFields(sources, metas, {
      accountIdByEmail,
      fallbackAssigneeAccountId: this.config.fallbackAssigneeAccountId,
      trackingLabel: this.config.trackingLabel,
      operation,
    });
    this.users.noteUnmatched(result.unmatchedEmails);
    return result;
  }

  fail(task: TaskRef | null, input: Omit<FailureInput, 'taskId' | 'taskTitle'> & { taskId?: number }): void {
    const taskId = task?.id ?? input.taskId ?? 0;
    const entry = this.failures.record({ ...input, taskId, taskTitle: task?.title ?? null }, this.now());
    this.counts.failed += 1;
    this.madeProgress = true;
    this.trail.toJira(
      taskId,
      'failed',
      entry.issueKey,
      `${entry.kind}: ${entry.reason} (attempt ${entry.attempts})`,
    );
    this.deps.log.log('warn', 'sync.task_failed', {
      runId: this.runId,
      taskId,
      issueKey: entry.issueKey,
      kind: entry.kind,
      reason: entry.reason,
      attempts: entry.attempts,
      nextRetryAt: entry.nextRetryAt,
    });
  }

  failFromError(task: TaskRef, error: unknown, fingerprint: string | null, issueKey: string | null): void {
    const facts = errorFacts(error);
    this.fail(task, {
      kind: facts.source,
      reason: facts.message,
      fingerprint,
      issueKey,
      retryAfterSeconds: facts.retryAfterSeconds,
    });
  }
}
