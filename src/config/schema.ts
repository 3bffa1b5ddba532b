import { z } from 'zod';
import { catastrophicPatternReason } from './regex-safety';

/**
 * The admin configuration: one document, stored in Forge storage, edited by the admin page and read by every
 * handler. Imported by the backend and by static/admin, never copied. `version` lets `migrateConfig` upgrade
 * documents saved by older releases. Every object is strict: a misspelt or unknown field is an error naming
 * it, never silently dropped (an imported file with `"enabeld": false` must not sync).
 */
export const CONFIG_VERSION = 1;

export const conditionFields = [
  'title',
  'description',
  'type',
  'assigneeEmail',
  'associatedEmail',
  'associatedType',
  'creatorEmail',
] as const;
export const ConditionFieldSchema = z.enum(conditionFields);
export type ConditionField = z.infer<typeof ConditionFieldSchema>;

export const conditionOperators = ['equals', 'contains', 'startsWith', 'regex', 'oneOf'] as const;
export const ConditionOperatorSchema = z.enum(conditionOperators);
export type ConditionOperator = z.infer<typeof ConditionOperatorSchema>;

export const ConditionSchema = z
  .strictObject({
    field: ConditionFieldSchema,
    operator: ConditionOperatorSchema,
    /** For `oneOf`, the accepted values; for the others, exactly one value. */
    values: z.array(z.string()).min(1, 'a condition needs a value'),
    caseSensitive: z.boolean().default(false),
  })
  .superRefine((condition, ctx) => {
    if (condition.operator !== 'oneOf' && condition.values.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `"${condition.operator}" takes exactly one value`,
      });
    }
    if (condition.operator === 'regex') {
      const pattern = condition.values[0] ?? '';
      try {
        new RegExp(pattern);
      } catch {
        ctx.addIssue({
          code: 'custom',
          path: ['values', 0],
          message: `not a valid regular expression: ${pattern}`,
        });
        return;
      }
      const danger = catastrophicPatternReason(pattern);
      if (danger !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', 0],
          message: `unsafe pattern ${pattern}: ${danger}`,
        });
      }
    }
  });
export type Condition = z.infer<typeof ConditionSchema>;

export const FieldSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('static'), value: z.string() }),
  /** A dot path into the task, e.g. `assigned_to.email`. */
  z.strictObject({ kind: z.literal('path'), path: z.string().min(1, 'a task field is required') }),
  /** Text with `{{path}}` placeholders, e.g. `{{title}} — {{associated_to.full_name}}`. */
  z.strictObject({ kind: z.literal('template'), template: z.string().min(1, 'a template is required') }),
]);
export type FieldSource = z.infer<typeof FieldSourceSchema>;

export const FieldMappingSchema = z.strictObject({
  /** The Jira field id as createmeta names it (`summary`, `duedate`, `customfield_10050`). */
  fieldId: z.string().min(1, 'a Jira field is required'),
  source: FieldSourceSchema,
});
export type FieldMapping = z.infer<typeof FieldMappingSchema>;

export const SyncActionSchema = z.strictObject({
  type: z.literal('sync'),
  projectKey: z.string().min(1, 'a target project is required'),
  issueTypeId: z.string().min(1, 'a target issue type is required'),
  /** Mappings replace the defaults field by field; fields not named here keep their default mapping. */
  fieldMappings: z.array(FieldMappingSchema).default([]),
});
export const DropActionSchema = z.strictObject({ type: z.literal('drop') });
export const RuleActionSchema = z.discriminatedUnion('type', [SyncActionSchema, DropActionSchema]);
export type SyncAction = z.infer<typeof SyncActionSchema>;
export type RuleAction = z.infer<typeof RuleActionSchema>;

export const RuleSchema = z.strictObject({
  id: z.string().min(1).max(40),
  name: z.string().min(1, 'a rule needs a name').max(120),
  enabled: z.boolean().default(true),
  conditions: z.array(ConditionSchema).default([]),
  action: RuleActionSchema,
});
export type Rule = z.infer<typeof RuleSchema>;

/** Which status means done / reopened for one project and issue type. Unset means "pick automatically". */
export const StatusMappingSchema = z.strictObject({
  projectKey: z.string().min(1),
  issueTypeId: z.string().min(1),
  doneStatus: z.string().min(1).nullable().default(null),
  reopenStatus: z.string().min(1).nullable().default(null),
});
export type StatusMapping = z.infer<typeof StatusMappingSchema>;

export const StatusBehaviourSchema = z.strictObject({
  /** PeopleForce → Jira: a completed task moves its issue to done; a reopened one moves it back. */
  transitionIssueOnTaskCompletion: z.boolean().default(true),
  transitionIssueOnTaskReopen: z.boolean().default(true),
  /** Jira → PeopleForce: an issue entering done completes the task; leaving done reopens it. */
  completeTaskWhenIssueDone: z.boolean().default(true),
  reopenTaskWhenIssueReopened: z.boolean().default(true),
  mappings: z.array(StatusMappingSchema).default([]),
});
export type StatusBehaviour = z.infer<typeof StatusBehaviourSchema>;

export const VanishedTaskPolicySchema = z.enum(['keep', 'label', 'transitionDone']);
export const DeletedIssuePolicySchema = z.enum(['report', 'recreate']);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD');

export const ConfigSchema = z.strictObject({
  version: z.literal(CONFIG_VERSION).default(CONFIG_VERSION),
  /** False pauses both directions; manual "Sync now" refuses to run while paused. */
  enabled: z.boolean().default(true),
  rules: z.array(RuleSchema).default([]),
  /** Tasks created before this day are never synced (already linked ones are left as they are). */
  createdAfter: isoDate.nullable().default(null),
  /** On the first sync, also import tasks that are already completed (as done issues). */
  importCompletedOnFirstSync: z.boolean().default(false),
  status: StatusBehaviourSchema.default(StatusBehaviourSchema.parse({})),
  /** A linked task no longer returned by PeopleForce: keep the issue, add a label, or move it to done. */
  onTaskVanished: VanishedTaskPolicySchema.default('label'),
  /** A linked issue deleted in Jira: report it and stop, or create it again on the next poll. */
  onIssueDeleted: DeletedIssuePolicySchema.default('report'),
  /** Jira accountId used when a task's assignee has no Jira user; null leaves the issue unassigned. */
  fallbackAssigneeAccountId: z.string().min(1).nullable().default(null),
  trackingLabel: z
    .string()
    .min(1)
    .max(255)
    .regex(/^\S+$/, 'a Jira label cannot contain spaces')
    .default('PeopleForce'),
});
export type Config = z.infer<typeof ConfigSchema>;

export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}

/**
 * Upgrades a stored document of any known version, then validates it. Throws a ZodError naming each problem.
 * Fields this release does not know are dropped here rather than refused: the document was valid when saved,
 * so they can only come from a newer release (before a rollback), and refusing them would stop every poll
 * and the admin page until someone saved again. Saves and imports still refuse them.
 */
export function migrateConfig(stored: unknown): Config {
  const parsed = ConfigSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const onlyUnknownFields = parsed.error.issues.every((issue) => issue.code === 'unrecognized_keys');
  if (!onlyUnknownFields) throw parsed.error;
  return ConfigSchema.parse(withoutUnknownFields(stored, parsed.error.issues));
}

function withoutUnknownFields(stored: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy = structuredClone(stored);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const owner = issue.path.reduce<unknown>(
      (node, step) => (node as Record<PropertyKey, unknown>)[step],
      copy,
    ) as Record<string, unknown>;
    for (const key of issue.keys) Reflect.deleteProperty(owner, key);
  }
  return copy;
}

/** "rules.0.conditions.1.values: a condition needs a value" — one line per problem, for people. */
export function describeConfigProblems(error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(config)'}: ${issue.message}`,
  );
}
