import { z } from 'zod';
import type { HostCounters } from '../counters';
import { emptyResponse, jsonResponse } from '../http-responses';
import type { AsyncEventQueue } from './async-event-queue';

/**
 * The async-events service as `@forge/events` 3.0.8 calls it (out/queue.js, out/jobProgress.js): JSON POSTs to
 * `/webhook/queue/{publish|stats|cancel}/...` through `__requestAtlassianAsApp`. Status codes follow what its
 * validators expect: 201 pushed, 413 too big, 405 cyclic-invocation limit, 404 unknown job.
 */
export const queueLimits = {
  maxEventsPerPush: 50,
  maxPushBytes: 200 * 1024,
  maxDelaySeconds: 900,
  maxChainDepth: 1000,
} as const;

const QUEUE_NAME = /^[a-zA-Z0-9-_]+$/;

const PushRequestSchema = z.object({
  queueName: z.string(),
  jobId: z.string().min(1),
  payload: z.array(
    z.object({
      body: z.record(z.string(), z.unknown()),
      delayInSeconds: z.number().optional(),
      concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
    }),
  ),
});
const JobRequestSchema = z.object({ queueName: z.string(), jobId: z.string() });

export interface QueueWireContext {
  queue: AsyncEventQueue;
  counters: HostCounters;
  hasConsumer: (queueName: string) => boolean;
  /** Queue hops that led to the pushing invocation (0 outside a consumer). */
  chainDepth: number;
}

export function answerQueueRequest(
  context: QueueWireContext,
  path: string,
  rawBody: string | undefined,
): Response {
  const body = safeJson(rawBody);
  if (path.startsWith('/webhook/queue/publish/'))
    return publish(context, body, Buffer.byteLength(rawBody ?? ''));
  if (path.startsWith('/webhook/queue/stats/')) return stats(context, body);
  if (path.startsWith('/webhook/queue/cancel/')) return cancel(context, body);
  return refusal(404, `No async-events endpoint at ${path}.`);
}

function publish(context: QueueWireContext, body: unknown, bytes: number): Response {
  const parsed = PushRequestSchema.safeParse(body);
  if (!parsed.success) return refusal(400, `The push request is invalid: ${parsed.error.message}`);
  const { queueName, jobId, payload } = parsed.data;
  const problem = pushProblem(context, queueName, payload);
  if (problem !== undefined) return problem;
  if (bytes > queueLimits.maxPushBytes) {
    return jsonResponse(413, {
      errorMessage: `The maximum payload size is ${queueLimits.maxPushBytes / 1024}KB.`,
    });
  }
  if (context.chainDepth + 1 > queueLimits.maxChainDepth) {
    return refusal(405, `The limit on cyclic invocation (${queueLimits.maxChainDepth}) has been reached.`);
  }
  context.queue.push(queueName, jobId, payload, context.chainDepth + 1);
  context.counters.queuePush(payload.length);
  return jsonResponse(201, { jobId });
}

function pushProblem(
  context: QueueWireContext,
  queueName: string,
  payload: readonly { delayInSeconds?: number | undefined }[],
): Response | undefined {
  if (!QUEUE_NAME.test(queueName)) {
    return refusal(400, 'Queue names can only contain alphanumeric characters, dashes and underscores.');
  }
  if (!context.hasConsumer(queueName)) {
    return refusal(
      400,
      `No consumer listens to queue "${queueName}": add one under modules.consumer in manifest.yml.`,
    );
  }
  if (payload.length === 0) return refusal(400, 'No events pushed.');
  if (payload.length > queueLimits.maxEventsPerPush) {
    return refusal(400, `This push contains more than the ${queueLimits.maxEventsPerPush} events allowed.`);
  }
  const badDelay = payload.find(
    ({ delayInSeconds = 0 }) => delayInSeconds < 0 || delayInSeconds > queueLimits.maxDelaySeconds,
  );
  if (badDelay !== undefined) return refusal(400, 'The delayInSeconds setting must be between 0 and 900.');
  return undefined;
}

function stats(context: QueueWireContext, body: unknown): Response {
  const parsed = JobRequestSchema.safeParse(body);
  if (!parsed.success) return refusal(400, `The stats request is invalid: ${parsed.error.message}`);
  const found = context.queue.stats(parsed.data.jobId);
  return found === undefined
    ? refusal(404, `Job ${parsed.data.jobId} was not found.`)
    : jsonResponse(200, found);
}

function cancel(context: QueueWireContext, body: unknown): Response {
  const parsed = JobRequestSchema.safeParse(body);
  if (!parsed.success) return refusal(400, `The cancel request is invalid: ${parsed.error.message}`);
  return context.queue.cancel(parsed.data.jobId)
    ? emptyResponse(204)
    : refusal(404, `Job ${parsed.data.jobId} was not found.`);
}

function refusal(status: number, message: string): Response {
  return jsonResponse(status, { message });
}

function safeJson(rawBody: string | undefined): unknown {
  try {
    return JSON.parse(rawBody ?? '') as unknown;
  } catch {
    return undefined;
  }
}
