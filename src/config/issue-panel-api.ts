import { z } from 'zod';
import { FailedTaskSchema, RunOutcomeSchema } from './records';
import { TaskSnapshotSchema, TrailEventSchema } from './task-trail';

/**
 * The issue panel's API: its own resolver function, two keys. The issue comes from the resolver's context
 * (Forge fills it in for a jira:issueContext), never from the payload, so a page cannot ask about another issue.
 */
export const LinkViewStateSchema = z.enum([
  /** The issue follows its task. */
  'active',
  /** The issue names a task the app has no link for, or the link points at another issue (a clone). */
  'broken',
  /** PeopleForce no longer returns the task. */
  'taskVanished',
  /** No rule syncs the task any more; the issue is left alone. */
  'unrouted',
  /** The link was closed after Jira reported this issue deleted (it may have been restored). */
  'issueDeleted',
  /** The issue carries no task property: the panel is not meant to show. */
  'notLinked',
]);
export type LinkViewState = z.infer<typeof LinkViewStateSchema>;

export const IssuePanelSchema = z.object({
  issueKey: z.string().nullable(),
  state: LinkViewStateSchema,
  taskId: z.number().int().nullable(),
  taskUrl: z.string().nullable(),
  /** The task as last synced; null until the issue is next written (or synced from the panel). */
  snapshot: TaskSnapshotSchema.nullable(),
  /** The task's entry in the error queue, if it is there. */
  failure: FailedTaskSchema.nullable(),
  /** The task's latest events, newest first. */
  events: z.array(TrailEventSchema),
  lastRun: z.object({ at: z.string(), outcome: RunOutcomeSchema }).nullable(),
  canSyncNow: z.boolean(),
});
export type IssuePanel = z.infer<typeof IssuePanelSchema>;

export const IssueSyncResultSchema = z.object({
  outcome: z.enum(['synced', 'unlinked', 'paused', 'busy', 'notReached']),
  taskId: z.number().int().nullable(),
  message: z.string(),
  events: z.array(TrailEventSchema),
});

const Empty = z.object({}).default({});

export const issuePanelApi = {
  getIssuePanel: { payload: Empty, result: IssuePanelSchema },
  syncIssueNow: { payload: Empty, result: IssueSyncResultSchema },
} as const;
export type IssuePanelKey = keyof typeof issuePanelApi;
export const issuePanelKeys = Object.keys(issuePanelApi) as IssuePanelKey[];
export type IssuePanelResult<K extends IssuePanelKey> = z.infer<(typeof issuePanelApi)[K]['result']>;
export type IssueSyncResult = z.infer<typeof IssueSyncResultSchema>;
