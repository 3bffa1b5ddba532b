import { z } from 'zod';
import { RunCountsSchema, RunTriggerSchema } from '../config/records';

/**
 * Bodies pushed to the `sync-continuation` queue and parsed by its consumer. One queue, one consumer function
 * (Forge forbids sharing a consumer's function), told apart by `kind`.
 */
export const PollMessageSchema = z.object({
  kind: z.literal('poll'),
  runId: z.string().min(1),
  trigger: RunTriggerSchema,
  /** Set when a run ran out of time: what it had done, so the run's record adds up across invocations. */
  carried: z
    .object({ counts: RunCountsSchema, startedAt: z.string(), invocations: z.number().int().positive() })
    .nullable()
    .default(null),
});
export type PollMessage = z.infer<typeof PollMessageSchema>;

/** A Jira → PeopleForce update deferred from an event handler (PeopleForce asked it to wait). */
export const ReturnMessageSchema = z.object({
  kind: z.literal('return'),
  issueId: z.string().min(1),
  attempt: z.number().int().nonnegative(),
});
export type ReturnMessage = z.infer<typeof ReturnMessageSchema>;

/** Adoption of a previous integration's issues, started from the admin page or continued after a time-out. */
export const AdoptMessageSchema = z.object({
  kind: z.literal('adopt'),
  runId: z.string().min(1),
  label: z.string().min(1),
  propertyKey: z.string().min(1),
});
export type AdoptMessage = z.infer<typeof AdoptMessageSchema>;

export const QueueMessageSchema = z.discriminatedUnion('kind', [
  PollMessageSchema,
  ReturnMessageSchema,
  AdoptMessageSchema,
]);
export type QueueMessage = z.infer<typeof QueueMessageSchema>;
