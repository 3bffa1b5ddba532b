import {
  Queue,
  TooManyEventsError,
  PayloadTooBigError,
  InvalidPushSettingsError,
  InternalServerError,
} from '@forge/events';
import type { LocalHost } from '../../local/host/local-host';
import { createFixtureHost } from '../fixtures/host-app/fixture-host';

/** Queue.push from the real @forge/events, delivered by the host to the consumer the manifest names. */
let host: LocalHost;
const queue = new Queue({ key: 'work-queue' });

beforeEach(() => {
  host = createFixtureHost();
});

afterEach(async () => {
  await host.close();
});

async function attemptsOf(eventId: string): Promise<unknown[]> {
  const entries = await host.kv.list(`worker:${eventId}:`);
  return entries.map((entry) => entry.value);
}

describe('delivery', () => {
  it("delivers a pushed body to the queue's consumer as a Forge AsyncEvent, with the invocation context", async () => {
    const { jobId } = await queue.push({ body: { action: 'record', taskId: 5 } });
    expect(host.pendingEvents()).toHaveLength(1);
    const summary = await host.runUntilIdle();
    expect(summary).toEqual({ delivered: 1, succeeded: 1, retried: 0, failed: 0 });
    expect(await attemptsOf(`${jobId}-0`)).toEqual([
      {
        event: {
          queueName: 'work-queue',
          jobId,
          eventId: `${jobId}-0`,
          body: { action: 'record', taskId: 5 },
        },
        context: { installContext: 'ari:cloud:jira::site/local-cloud' },
        moduleKey: 'work-consumer',
      },
    ]);
    expect(await queue.getStats(jobId)).toEqual({ success: 1, inProgress: 0, failed: 0 });
    expect(host.counters.snapshot().queue).toEqual({ pushes: 1, eventsPushed: 1, deliveries: 1 });
  });

  it('records a requested delay without waiting for it, and delivers in due order', async () => {
    await queue.push({ body: { action: 'record', taskId: 1 }, delayInSeconds: 600 });
    await queue.push({ body: { action: 'record', taskId: 2 } });
    expect(host.pendingEvents().map((event) => [event.body.taskId, event.delaySeconds])).toEqual([
      [2, 0],
      [1, 600],
    ]);
    const started = Date.now();
    await host.runUntilIdle();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(host.deliveries().map((delivery) => delivery.delaySeconds)).toEqual([0, 600]);
  });

  it('waits real time for delays when asked to honour them', async () => {
    await queue.push({ body: { action: 'record', taskId: 1 }, delayInSeconds: 1 });
    const started = Date.now();
    await host.runUntilIdle({ honourDelays: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('delivers only the events already due when asked, leaving later ones queued', async () => {
    await queue.push({ body: { action: 'record', taskId: 1 } });
    await queue.push({ body: { action: 'record', taskId: 2 }, delayInSeconds: 600 });
    const summary = await host.runUntilIdle({ dueOnly: true });
    expect(summary.delivered).toBe(1);
    expect(host.pendingEvents()).toHaveLength(1);
  });

  it('keeps delivering events that consumers push, until nothing is pending', async () => {
    await queue.push({ body: { action: 'chain', remaining: 3 } });
    const summary = await host.runUntilIdle();
    expect(summary.delivered).toBe(4);
    expect(host.pendingEvents()).toEqual([]);
    expect(host.invocations().map((invocation) => invocation.functionKey)).toEqual([
      'worker',
      'worker',
      'worker',
      'worker',
    ]);
  });
});

describe('retries', () => {
  it('retries a consumer that throws 4 times, then records the event as failed', async () => {
    const { jobId } = await queue.push({ body: { action: 'fail' } });
    const summary = await host.runUntilIdle();
    expect(summary).toEqual({ delivered: 5, succeeded: 0, retried: 4, failed: 1 });
    const deliveries = host.deliveries();
    expect(deliveries.map((delivery) => [delivery.retryCount, delivery.outcome])).toEqual([
      [0, 'retry'],
      [1, 'retry'],
      [2, 'retry'],
      [3, 'retry'],
      [4, 'failed'],
    ]);
    expect(deliveries.at(-1)).toMatchObject({
      retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR',
      error: `work item ${jobId}-0 always fails`,
    });
    expect(await queue.getStats(jobId)).toEqual({ success: 0, inProgress: 0, failed: 1 });
  });

  it('redelivers after an InvocationError with its retry context, reason, data and delay', async () => {
    const { jobId } = await queue.push({ body: { action: 'retry', succeedOnRetry: 2 } });
    await host.runUntilIdle();
    const attempts = (await attemptsOf(`${jobId}-0`)) as { event: { retryContext?: unknown } }[];
    expect(attempts.map((attempt) => attempt.event.retryContext)).toEqual([
      undefined,
      { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { attempt: 0 } },
      { retryCount: 2, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { attempt: 1 } },
    ]);
    expect(host.deliveries().map((delivery) => delivery.delaySeconds)).toEqual([0, 30, 30]);
    expect(await queue.getStats(jobId)).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  it('cancels the undelivered events of a job', async () => {
    const { jobId } = await queue.push([
      { body: { action: 'record', taskId: 1 } },
      { body: { action: 'record', taskId: 2 } },
    ]);
    await queue.cancel(jobId);
    expect(host.pendingEvents()).toEqual([]);
    expect(await queue.getStats(jobId)).toEqual({ success: 0, inProgress: 0, failed: 0 });
  });
});

describe('limits', () => {
  it('enforces 50 events, 200 KB and a 0-900 s delay per push (in the SDK and again in the host)', async () => {
    const events = (count: number) =>
      Array.from({ length: count }, () => ({ body: { action: 'record', taskId: 1 } }));
    await expect(queue.push(events(51))).rejects.toThrow(TooManyEventsError);
    await expect(queue.push({ body: { blob: 'x'.repeat(201 * 1024) } })).rejects.toThrow(PayloadTooBigError);
    await expect(queue.push({ body: {}, delayInSeconds: 901 })).rejects.toThrow(InvalidPushSettingsError);

    const rawPush = (payload: unknown[]) =>
      globalThis.__forge_fetch__!(
        { type: 'fpp', provider: 'app', remote: 'stargate' },
        '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}',
        { method: 'POST', body: JSON.stringify({ queueName: 'work-queue', jobId: 'raw-job', payload }) },
      );
    expect((await rawPush(events(51))).status).toBe(400);
    expect((await rawPush([{ body: { blob: 'x'.repeat(201 * 1024) } }])).status).toBe(413);
    expect((await rawPush([{ body: {}, delayInSeconds: 901 }])).status).toBe(400);
    expect(host.pendingEvents()).toEqual([]);
  });

  it('refuses a push to a queue no consumer listens to, naming the manifest section', async () => {
    const orphan = new Queue({ key: 'nobody-listens' });
    const refusal: unknown = await orphan.push({ body: {} }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(InternalServerError);
    expect((refusal as Error).message).toContain('modules.consumer');
  });
});
