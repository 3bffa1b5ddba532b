import type { RunCounts } from '../config/records';
import type { Config } from '../config/schema';
import { collectUserEmails, convertFields, type ConversionResult } from '../mapping/field-mapping';
import type { FieldMeta } from '../mapping/field-meta';
import type { FailureQueue, FailureInput } from '../state/failure-queue';
import type { LinkStore } from '../state/link-store';
import type { UserDirectory } from '../state/user-directory';
import { errorFacts } from './error-facts';
import type { SourceValues } from './fingerprint';
import type { SyncDeps } from './sync.types';

/** Enough of a task to name it in the failure queue. */
export interface TaskRef {
  id: number;
  title: string | null;
}

/** Keep this much of the invocation for saving state and scheduling the continuation. */
export const SAFETY_MARGIN_MS = 20_000;

/**
 * Everything the apply steps share within one invocation: ports, stored state loaded once, the run's counts,
 * createmeta per target, and the time budget.
 */
export class ApplyContext {
  private readonly metaByTarget = new Map<string, Promise<FieldMeta[]>>();

  constructor(
    readonly deps: SyncDeps,
    readonly runId: string,
    readonly config: Config,
    readonly links: LinkStore,
    readonly failures: FailureQueue,
    readonly users: UserDirectory,
    readonly counts: RunCounts,
  ) {}

  now(): Date {
    return this.deps.clock.now();
  }

  outOfTime(): boolean {
    return this.deps.clock.remainingMs() < SAFETY_MARGIN_MS;
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

  async convert(sources: SourceValues, metas: FieldMeta[]): Promise<ConversionResult> {
    const emails = collectUserEmails(sources, metas);
    const accountIdByEmail = await this.users.resolve(emails, this.now());
    const result = convertFields(sources, metas, {
      accountIdByEmail,
      fallbackAssigneeAccountId: this.config.fallbackAssigneeAccountId,
      trackingLabel: this.config.trackingLabel,
    });
    this.users.noteUnmatched(result.unmatchedEmails);
    return result;
  }

  fail(task: TaskRef | null, input: Omit<FailureInput, 'taskId' | 'taskTitle'> & { taskId?: number }): void {
    const taskId = task?.id ?? input.taskId ?? 0;
    const entry = this.failures.record({ ...input, taskId, taskTitle: task?.title ?? null }, this.now());
    this.counts.failed += 1;
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
