import { z } from 'zod';
import { RunTriggerSchema } from './records';

/**
 * What the app remembers per task, for the issue panel and the admin's task search: a small snapshot of the
 * task as last synced (so the panel opens without asking PeopleForce) and a bounded trail of what the app did.
 * Shared by the backend (which stores and serves it) and the Custom UIs (which show it).
 */
export const TrailTriggerSchema = z.enum([...RunTriggerSchema.options, 'queue', 'issuePanel']);
export type TrailTrigger = z.infer<typeof TrailTriggerSchema>;

export const TrailActionSchema = z.enum([
  'created',
  'edited',
  'movedToDone',
  'reopenedIssue',
  'taskCompleted',
  'taskReopened',
  'failed',
  'retryScheduled',
  'taskVanished',
  'issueDeleted',
  'unrouted',
]);
export type TrailAction = z.infer<typeof TrailActionSchema>;

export const TrailEventSchema = z.object({
  at: z.string(),
  action: TrailActionSchema,
  direction: z.enum(['toJira', 'toPeopleForce']),
  trigger: TrailTriggerSchema,
  issueKey: z.string().nullable(),
  /** Fields edited, the failure's reason, the retry delay: whatever explains the event. */
  detail: z.string().nullable(),
});
export type TrailEvent = z.infer<typeof TrailEventSchema>;

const PersonSnapshotSchema = z.object({
  id: z.number().int().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
});

export const TaskSnapshotSchema = z.object({
  title: z.string(),
  /** The person the task is about: a new hire, a leaver, a candidate. */
  person: PersonSnapshotSchema.extend({ type: z.string().nullable() }).nullable(),
  assignee: PersonSnapshotSchema.nullable(),
  createdBy: PersonSnapshotSchema.nullable(),
  startsOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  completed: z.boolean(),
  /** When this snapshot was taken (the sync that last changed the issue). */
  takenAt: z.string(),
});
export type TaskSnapshot = z.infer<typeof TaskSnapshotSchema>;

export const TaskRecordSchema = z.object({
  taskId: z.number().int(),
  issueKey: z.string().nullable(),
  snapshot: TaskSnapshotSchema.nullable(),
  /** Newest first. */
  events: z.array(TrailEventSchema),
});
export type TaskRecord = z.infer<typeof TaskRecordSchema>;
