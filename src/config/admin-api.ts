import { z } from 'zod';
import { alertsAdminApi } from './alerts';
import { ConfigSchema } from './schema';
import {
  AdoptionReportSchema,
  DEFAULT_GATEWAY_LABEL,
  DEFAULT_GATEWAY_PROPERTY_KEY,
  FailedTaskSchema,
  RunCountsSchema,
  RunProgressSchema,
  RunRecordSchema,
  UnmatchedUserSchema,
} from './records';
import { TaskSnapshotSchema, TrailEventSchema } from './task-trail';

/**
 * The admin page's API: one resolver function, one key per operation. Payload and result schemas are shared
 * by the backend resolvers (which parse payloads and results) and by static/admin/src/api (the only caller).
 */

export {
  adminErrorCodes,
  AdminErrorCodeSchema,
  AdminErrorSchema,
  envelopeSchema,
  ProblemSchema,
  type AdminError,
  type AdminErrorCode,
  type Envelope,
  type Problem,
} from './envelope';

const Empty = z.object({}).default({});

export const ApiKeyStatusSchema = z.object({ set: z.boolean(), last4: z.string().nullable() });

export const FieldMetaSchema = z.object({
  fieldId: z.string(),
  name: z.string(),
  required: z.boolean(),
  schema: z.object({
    type: z.string(),
    items: z.string().optional(),
    system: z.string().optional(),
    custom: z.string().optional(),
  }),
  allowedValues: z
    .array(z.object({ id: z.string(), name: z.string().optional(), value: z.string().optional() }))
    .optional(),
});
export type FieldMetaDto = z.infer<typeof FieldMetaSchema>;

export const StatusDtoSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(['new', 'indeterminate', 'done']),
});

export const ProjectDtoSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  issueTypes: z.array(z.object({ id: z.string(), name: z.string(), subtask: z.boolean() })),
});

export const ConnectionResultSchema = z.object({
  ok: z.boolean(),
  reason: z.enum(['ok', 'missing_key', 'bad_key', 'forbidden', 'network', 'server', 'unknown']),
  message: z.string(),
});

export const PreviewExampleSchema = z.object({
  taskId: z.number(),
  title: z.string(),
  action: z.enum(['create', 'update', 'transition', 'unchanged', 'drop', 'fail']),
  issueKey: z.string().nullable(),
  detail: z.string(),
});

export const PreviewRuleSchema = z.object({
  ruleId: z.string().nullable(),
  ruleName: z.string(),
  create: z.number(),
  update: z.number(),
  transition: z.number(),
  unchanged: z.number(),
  drop: z.number(),
  fail: z.number(),
  examples: z.array(PreviewExampleSchema),
});

export const PreviewResultSchema = z.object({
  totals: RunCountsSchema,
  rules: z.array(PreviewRuleSchema),
  unmatchedUsers: z.array(z.object({ email: z.string(), taskCount: z.number() })),
  problems: z.array(z.object({ taskId: z.number(), message: z.string() })),
  /** Set when the preview covers only part of the tasks (a resolver has 25 s; PeopleForce serves 5 pages/s). */
  partial: z.string().nullable().default(null),
});
export type PreviewResult = z.infer<typeof PreviewResultSchema>;

export const StatusResultSchema = z.object({
  enabled: z.boolean(),
  apiKey: ApiKeyStatusSchema,
  lastRun: RunRecordSchema.nullable(),
  lastSuccessfulRunAt: z.string().nullable(),
  nextScheduledRunAt: z.string().nullable(),
  progress: RunProgressSchema.nullable(),
  errorCount: z.number(),
});

/** Which issues of a previous integration to adopt: its tracking label and its entity property's key. */
export const AdoptionRequestSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, 'the label is empty')
    .max(255, 'a Jira label has at most 255 characters')
    .regex(/^[^\s"\\]+$/, 'a Jira label has no spaces, quotes or backslashes')
    .default(DEFAULT_GATEWAY_LABEL),
  propertyKey: z
    .string()
    .trim()
    .min(1, 'the property key is empty')
    .max(255, 'an entity property key has at most 255 characters')
    .regex(/^[\w.:-]+$/, 'a property key is letters, digits and . _ : -')
    .default(DEFAULT_GATEWAY_PROPERTY_KEY),
  dryRun: z.boolean().default(false),
});
export type AdoptionRequestInput = z.input<typeof AdoptionRequestSchema>;

export const AdoptionStatusSchema = z.object({
  report: AdoptionReportSchema.nullable(),
  /** Before the very first sync and until an adoption finished: labelled issues that are not ours (first 100). */
  unadopted: z.object({ label: z.string(), count: z.number().int(), more: z.boolean() }).nullable(),
});
export type AdoptionStatus = z.infer<typeof AdoptionStatusSchema>;

/** A task found by the admin's search, with everything the app did to it. */
export const TaskMatchSchema = z.object({
  taskId: z.number().int(),
  issueKey: z.string().nullable(),
  title: z.string().nullable(),
  /** null: the task was never linked to an issue (it only failed, or was never synced). */
  linkState: z.enum(['active', 'issueDeleted', 'taskVanished', 'unrouted']).nullable(),
  snapshot: TaskSnapshotSchema.nullable(),
  failure: FailedTaskSchema.nullable(),
  events: z.array(TrailEventSchema),
});
export type TaskMatch = z.infer<typeof TaskMatchSchema>;

/** Every resolver key with its payload and result schemas. */
export const adminApi = {
  getConfig: { payload: Empty, result: z.object({ config: ConfigSchema, apiKey: ApiKeyStatusSchema }) },
  saveConfig: { payload: z.object({ config: z.unknown() }), result: z.object({ config: ConfigSchema }) },
  setApiKey: {
    payload: z.object({ apiKey: z.string().trim().min(8, 'the API key looks too short').max(512) }),
    result: ApiKeyStatusSchema,
  },
  testConnection: {
    payload: Empty,
    result: z.object({ peopleforce: ConnectionResultSchema, jira: ConnectionResultSchema }),
  },
  getJiraMetadata: {
    payload: z.object({ projectKey: z.string().optional(), issueTypeId: z.string().optional() }).default({}),
    result: z.object({
      projects: z.array(ProjectDtoSchema),
      fields: z.array(FieldMetaSchema),
      statuses: z.array(StatusDtoSchema),
    }),
  },
  previewSync: {
    payload: z.object({ config: z.unknown().optional() }).default({}),
    result: PreviewResultSchema,
  },
  syncNow: { payload: Empty, result: z.object({ runId: z.string() }) },
  getStatus: { payload: Empty, result: StatusResultSchema },
  getHistory: {
    payload: z.object({ limit: z.number().int().min(1).max(100).default(30) }).default({ limit: 30 }),
    result: z.object({ runs: z.array(RunRecordSchema) }),
  },
  getErrors: {
    payload: Empty,
    result: z.object({ errors: z.array(FailedTaskSchema), unmatchedUsers: z.array(UnmatchedUserSchema) }),
  },
  retryErrors: {
    payload: z.object({ taskIds: z.union([z.literal('all'), z.array(z.number().int()).min(1)]) }),
    result: z.object({ retried: z.number(), runId: z.string().nullable() }),
  },
  adoptIssues: {
    payload: AdoptionRequestSchema.default({
      label: DEFAULT_GATEWAY_LABEL,
      propertyKey: DEFAULT_GATEWAY_PROPERTY_KEY,
      dryRun: false,
    }),
    result: z.object({ runId: z.string(), report: AdoptionReportSchema.nullable() }),
  },
  getAdoption: { payload: Empty, result: AdoptionStatusSchema },

  searchTasks: {
    payload: z.object({
      query: z
        .string()
        .trim()
        .min(1, 'type a task id, an issue key, an email or words of the title')
        .max(200),
    }),
    result: z.object({ matches: z.array(TaskMatchSchema), total: z.number().int().nonnegative() }),
  },
  exportConfig: { payload: Empty, result: z.object({ json: z.string() }) },
  importConfig: {
    payload: z.object({ json: z.string().min(2) }),
    result: z.object({ config: ConfigSchema }),
  },
  ...alertsAdminApi,
} as const;

export type AdminApi = typeof adminApi;
export type AdminKey = keyof AdminApi;
export type AdminPayload<K extends AdminKey> = z.input<AdminApi[K]['payload']>;
export type AdminResult<K extends AdminKey> = z.infer<AdminApi[K]['result']>;
export const adminKeys = Object.keys(adminApi) as AdminKey[];
