import { setTimeout as sleep } from 'node:timers/promises';
import type { HostCounters } from '../counters';
import { HostConfigurationError } from '../host-errors';
import type { FunctionInvoker } from '../invocation/function-invoker';
import type { AppManifest } from '../manifest';
import type { AsyncEventQueue, QueuedEvent } from './async-event-queue';
import { MAX_EVENT_RETRIES, outcomeOfError, outcomeOfResult, type ConsumerOutcome } from './consumer-outcome';

export interface QueueRunOptions {
  /** Wait real time for `delayInSeconds` and retry delays; by default events are delivered at once, in due order. */
  honourDelays?: boolean;
  /**
   * Deliver only events already due by the host's clock and leave the rest queued: with a virtual clock, a test
   * moves time forward and runs the queue again, so delays and retry waits of minutes take no real time.
   */
  dueOnly?: boolean;
  /** A guard against consumers that push forever. */
  maxDeliveries?: number;
}

export interface QueueRunSummary {
  delivered: number;
  succeeded: number;
  retried: number;
  failed: number;
}

export interface DeliveryRecord {
  queueName: string;
  jobId: string;
  eventId: string;
  retryCount: number;
  delaySeconds: number;
  outcome: 'success' | 'retry' | 'failed';
  retryReason?: string;
  error?: string;
}

/**
 * Delivers queued events to the consumer the manifest binds to their queue, as Forge's `AsyncEvent`
 * `{queueName, jobId, eventId, body, retryContext?}` plus the invocation context. A consumer that throws or
 * returns an `InvocationError` gets the event again (up to 4 retries); after that the event counts as failed.
 */
export class QueueRunner {
  readonly deliveries: DeliveryRecord[] = [];

  constructor(
    private readonly queue: AsyncEventQueue,
    private readonly manifest: AppManifest,
    private readonly invoker: FunctionInvoker,
    private readonly forgeContext: () => Record<string, unknown>,
    private readonly counters: HostCounters,
    private readonly log: (line: string) => void,
  ) {}

  async runUntilIdle(options: QueueRunOptions = {}): Promise<QueueRunSummary> {
    const { honourDelays = false, dueOnly = false, maxDeliveries = 10_000 } = options;
    const summary: QueueRunSummary = { delivered: 0, succeeded: 0, retried: 0, failed: 0 };
    for (let next = this.queue.peekNext(); next !== undefined; next = this.queue.peekNext()) {
      if (dueOnly && next.dueAt > Date.now()) break;
      if (summary.delivered >= maxDeliveries) {
        throw new Error(
          `runUntilIdle stopped after ${maxDeliveries} deliveries: consumers keep pushing events.`,
        );
      }
      if (honourDelays) await sleep(Math.max(0, next.dueAt - Date.now()));
      const event = this.queue.takeNext();
      if (event === undefined) break;
      const outcome = await this.deliver(event);
      summary.delivered += 1;
      summary[outcome] += 1;
    }
    return summary;
  }

  private async deliver(event: QueuedEvent): Promise<'succeeded' | 'retried' | 'failed'> {
    const consumer = this.manifest.consumerOf(event.queueName);
    const functionKey = consumer?.function;
    if (consumer === undefined || functionKey === undefined) {
      throw new HostConfigurationError(
        `No consumer function in the manifest listens to queue "${event.queueName}".`,
      );
    }
    this.counters.queueDelivery();
    const outcome = await this.invoker
      .invoke({
        functionKey,
        moduleType: consumer.moduleType,
        moduleKey: consumer.key,
        args: [asyncEvent(event), this.forgeContext()],
        chainDepth: event.chainDepth,
      })
      .then(outcomeOfResult, outcomeOfError);
    return this.settle(event, outcome);
  }

  private settle(event: QueuedEvent, outcome: ConsumerOutcome): 'succeeded' | 'retried' | 'failed' {
    const retryCount = event.retryContext?.retryCount ?? 0;
    const base = { queueName: event.queueName, jobId: event.jobId, eventId: event.eventId, retryCount };
    if (outcome.kind === 'success') {
      this.queue.succeeded(event);
      this.deliveries.push({ ...base, delaySeconds: event.delaySeconds, outcome: 'success' });
      return 'succeeded';
    }
    const details = {
      retryReason: outcome.retryReason,
      ...(outcome.error === undefined ? {} : { error: outcome.error }),
    };
    if (retryCount >= MAX_EVENT_RETRIES) {
      this.queue.failed(event);
      this.deliveries.push({ ...base, delaySeconds: event.delaySeconds, outcome: 'failed', ...details });
      this.log(
        `queue ${event.queueName} event ${event.eventId} failed after ${retryCount} retries: ${outcome.retryReason}`,
      );
      return 'failed';
    }
    const retryContext = {
      retryCount: retryCount + 1,
      retryReason: outcome.retryReason,
      retryData: outcome.retryData,
    };
    this.queue.retryLater(event, retryContext, outcome.retryAfterSeconds);
    this.deliveries.push({ ...base, delaySeconds: event.delaySeconds, outcome: 'retry', ...details });
    return 'retried';
  }
}

function asyncEvent(event: QueuedEvent): Record<string, unknown> {
  return {
    queueName: event.queueName,
    jobId: event.jobId,
    eventId: event.eventId,
    body: event.body,
    ...(event.delaySeconds > 0 && event.retryContext === undefined
      ? { delayInSeconds: event.delaySeconds }
      : {}),
    ...(event.concurrency === undefined ? {} : { concurrency: event.concurrency }),
    ...(event.retryContext === undefined ? {} : { retryContext: event.retryContext }),
  };
}
