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

/** Adopting the issues a previous integration (the self-hosted gateway) left in Jira: what one run found. */
export const DEFAULT_GATEWAY_LABEL = 'PeopleForce';
export const DEFAULT_GATEWAY_PROPERTY_KEY = 'pf_sync_metadata';

export const AdoptionCountsSchema = z.object({
  /** Issues carrying the label. */
  found: z.number().int().nonnegative(),
  adopted: z.number().int().nonnegative(),
  alreadyOurs: z.number().int().nonnegative(),
  /** Extra issues of a task that has another: left alone, listed. */
  conflicts: z.number().int().nonnegative(),
  /** The task is gone from PeopleForce. */
  orphans: z.number().int().nonnegative(),
  /** No task id in the property. */
  unmatched: z.number().int().nonnegative(),
  /** Adopted, but Jira refused our property: running the adoption again finishes them. */
  failed: z.number().int().nonnegative(),
});
export type AdoptionCounts = z.infer<typeof AdoptionCountsSchema>;

export const AdoptionItemSchema = z.object({
  issueKey: z.string(),
  taskId: z.number().int().nullable(),
  detail: z.string(),
});
export type AdoptionItem = z.infer<typeof AdoptionItemSchema>;

export const AdoptionConflictSchema = z.object({
  taskId: z.number().int(),
  keptKey: z.string(),
  duplicateKeys: z.array(z.string()),
});
export type AdoptionConflict = z.infer<typeof AdoptionConflictSchema>;

export const AdoptionReportSchema = z.object({
  runId: z.string(),
  dryRun: z.boolean(),
  label: z.string(),
  propertyKey: z.string(),
  phase: z.enum(['running', 'continued', 'done', 'failed', 'locked']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Issues needing a write (link or property) and how many of them are done. */
  total: z.number().int().nonnegative(),
  processed: z.number().int().nonnegative(),
  counts: AdoptionCountsSchema,
  examples: z.object({
    adopted: z.array(AdoptionItemSchema),
    alreadyOurs: z.array(AdoptionItemSchema),
    orphans: z.array(AdoptionItemSchema),
    unmatched: z.array(AdoptionItemSchema),
    failed: z.array(AdoptionItemSchema),
  }),
  conflicts: z.array(AdoptionConflictSchema),
  message: z.string().nullable(),
});
export type AdoptionReport = z.infer<typeof AdoptionReportSchema>;
