import { z } from 'zod';

/** What the bench process asks of the simulator process, and what it answers (over Node's IPC channel). */
export const SimRequestSchema = z.discriminatedUnion('op', [
  z.object({ id: z.number(), op: z.literal('retitle'), taskIds: z.array(z.number()) }),
  z.object({ id: z.number(), op: z.literal('complete'), taskIds: z.array(z.number()) }),
  z.object({ id: z.number(), op: z.literal('issueCounts') }),
  z.object({ id: z.number(), op: z.literal('close') }),
]);
export type SimRequest = z.infer<typeof SimRequestSchema>;

export const SimReplySchema = z.object({
  id: z.number(),
  /** For `issueCounts`: [taskId, issues carrying its property]. */
  issueCounts: z.array(z.tuple([z.number(), z.number()])).optional(),
  error: z.string().optional(),
});
export type SimReply = z.infer<typeof SimReplySchema>;

export const SimReadySchema = z.object({
  ready: z.literal(true),
  peopleforceUrl: z.string(),
  apiKey: z.string(),
  jiraUrl: z.string(),
});
export type SimReady = z.infer<typeof SimReadySchema>;

export const SimStartSchema = z.object({ tasks: z.number().int().positive() });
