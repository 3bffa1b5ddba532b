import { z } from 'zod';

/** Records the backend stores and the admin page shows: runs, failed tasks, unmatched users. */

export const RunTriggerSchema = z.enum(['schedule', 'manual', 'event', 'sweep', 'retry']);
export type RunTrigger = z.infer<typeof RunTriggerSchema>;

export const RunOutcomeSchema = z.enum(['success', 'partial', 'failed', 'locked', 'paused', 'continued']);
export type RunOutcome = z.infer<typeof RunOutcomeSchema>;

export const RunCountsSchema = z.object({
  seen: z.number().int().nonnegative().default(0),
  created: z.number().int().nonnegative().default(0),
  updated: z.number().int().nonnegative().default(0),
  transitioned: z.number().int().nonnegative().default(0),
  unchanged: z.number().int().nonnegative().default(0),
  dropped: z.number().int().nonnegative().default(0),
  failed: z.number().int().nonnegative().default(0),
  /** Jira → PeopleForce: tasks completed or reopened from Jira. */
  returned: z.number().int().nonnegative().default(0),
});
export type RunCounts = z.infer<typeof RunCountsSchema>;

export function emptyCounts(): RunCounts {
  return RunCountsSchema.parse({});
}

export const ReturnPathActionSchema = z.object({
  action: z.enum(['completed', 'reopened', 'issueDeleted', 'taskMissing']),
  taskId: z.number().int(),
  issueId: z.string(),
  issueKey: z.string().nullable(),
  via: z.enum(['event', 'sweep', 'queue', 'issuePanel']),
  at: z.string(),
});
export type ReturnPathAction = z.infer<typeof ReturnPathActionSchema>;

export const RunRecordSchema = z.object({
  runId: z.string(),
  trigger: RunTriggerSchema,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  outcome: RunOutcomeSchema,
  counts: RunCountsSchema,
  durationMs: z.number().nonnegative(),
  message: z.string().nullable().default(null),
  actions: z.array(ReturnPathActionSchema).default([]),
});
export type RunRecord = z.infer<typeof RunRecordSchema>;

export const FailureKindSchema = z.enum([
  'jira',
  'peopleforce',
  'mapping',
  'deletedIssue',
  'vanishedTask',
  'malformed',
]);

export const FailedTaskSchema = z.object({
  taskId: z.number().int(),
  taskTitle: z.string().nullable(),
  issueKey: z.string().nullable(),
  kind: FailureKindSchema,
  reason: z.string(),
  attempts: z.number().int().positive(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  /** The engine leaves the task alone until then (exponential backoff). */
  nextRetryAt: z.string(),
});
export type FailedTask = z.infer<typeof FailedTaskSchema>;

export const UnmatchedUserSchema = z.object({
  email: z.string(),
  taskCount: z.number().int().nonnegative(),
  lastSeenAt: z.string(),
});
export type UnmatchedUser = z.infer<typeof UnmatchedUserSchema>;

export const RunProgressSchema = z.object({
  runId: z.string(),
  phase: z.enum(['listing', 'planning', 'applying', 'done']),
  processed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type RunProgress = z.infer<typeof RunProgressSchema>;
