/** One event waiting for (or between attempts at) delivery to its consumer. */
export interface QueuedEvent {
  readonly seq: number;
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
  readonly body: Record<string, unknown>;
  /** The `delayInSeconds` the pusher asked for (or the retry delay), recorded even when not waited for. */
  readonly delaySeconds: number;
  readonly concurrency?: { key: string; limit: number };
  /** Epoch milliseconds from which the event may be delivered. */
  readonly dueAt: number;
  readonly retryContext?: RetryContext;
  /** Queue hops from the first push: Forge refuses chains longer than 1000. */
  readonly chainDepth: number;
}

export interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData: unknown;
}

export interface NewEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number | undefined;
  concurrency?: { key: string; limit: number } | undefined;
}

export interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

interface JobCounts {
  total: number;
  success: number;
  failed: number;
  cancelled: number;
}

/** The events pushed to every queue of one host, and the progress of each job (one push). */
export class AsyncEventQueue {
  private pending: QueuedEvent[] = [];
  private readonly jobs = new Map<string, JobCounts>();
  private nextSeq = 0;

  constructor(private readonly now: () => number) {}

  push(queueName: string, jobId: string, events: readonly NewEvent[], chainDepth: number): void {
    this.jobs.set(jobId, { total: events.length, success: 0, failed: 0, cancelled: 0 });
    events.forEach((event, index) => {
      const delaySeconds = event.delayInSeconds ?? 0;
      this.enqueue({
        queueName,
        jobId,
        eventId: `${jobId}-${index}`,
        body: event.body,
        delaySeconds,
        ...(event.concurrency === undefined ? {} : { concurrency: event.concurrency }),
        dueAt: this.now() + delaySeconds * 1000,
        chainDepth,
      });
    });
  }

  /** Removes and returns the event due first (pushes keep their order among equal due times). */
  takeNext(): QueuedEvent | undefined {
    const [first] = this.pending;
    this.pending = this.pending.slice(1);
    return first;
  }

  peekNext(): QueuedEvent | undefined {
    return this.pending[0];
  }

  retryLater(event: QueuedEvent, retryContext: RetryContext, delaySeconds: number): void {
    this.enqueue({ ...event, retryContext, delaySeconds, dueAt: this.now() + delaySeconds * 1000 });
  }

  succeeded(event: QueuedEvent): void {
    this.countFor(event.jobId, 'success');
  }

  failed(event: QueuedEvent): void {
    this.countFor(event.jobId, 'failed');
  }

  stats(jobId: string): JobStats | undefined {
    const job = this.jobs.get(jobId);
    if (job === undefined) return undefined;
    return {
      success: job.success,
      failed: job.failed,
      inProgress: job.total - job.success - job.failed - job.cancelled,
    };
  }

  /** Drops the job's undelivered events; false when the job is unknown. */
  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (job === undefined) return false;
    const dropped = this.pending.filter((event) => event.jobId === jobId).length;
    this.pending = this.pending.filter((event) => event.jobId !== jobId);
    job.cancelled += dropped;
    return true;
  }

  pendingEvents(): readonly QueuedEvent[] {
    return [...this.pending];
  }

  private enqueue(event: Omit<QueuedEvent, 'seq'>): void {
    this.pending.push({ ...event, seq: this.nextSeq });
    this.nextSeq += 1;
    this.pending.sort((left, right) => left.dueAt - right.dueAt || left.seq - right.seq);
  }

  private countFor(jobId: string, outcome: 'success' | 'failed'): void {
    const job = this.jobs.get(jobId);
    if (job !== undefined) job[outcome] += 1;
  }
}
