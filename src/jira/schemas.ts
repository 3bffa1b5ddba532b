/**
 * Zod schemas for the Jira REST v3 answers the client reads, and the plain types it returns. Every object is
 * loose (unknown fields are kept, never rejected); optional Jira fields are optional here too.
 */
import { z } from 'zod';

const JsonRecord = z.record(z.string(), z.unknown());

export const JiraIssueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: JsonRecord.optional(),
  properties: JsonRecord.optional(),
});

export interface JiraIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
  properties?: Record<string, unknown>;
}

export function toJiraIssue(parsed: z.infer<typeof JiraIssueSchema>): JiraIssue {
  const issue: JiraIssue = { id: parsed.id, key: parsed.key, fields: parsed.fields ?? {} };
  if (parsed.properties !== undefined) issue.properties = parsed.properties;
  return issue;
}

export const CreatedIssueSchema = z.looseObject({ id: z.string(), key: z.string() });

const ErrorCollectionSchema = z.looseObject({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.unknown()).optional(),
});

export const BulkCreateResponseSchema = z.looseObject({
  issues: z.array(CreatedIssueSchema).optional(),
  errors: z
    .array(
      z.looseObject({
        status: z.number().int().optional(),
        elementErrors: ErrorCollectionSchema.optional(),
        failedElementNumber: z.number().int(),
      }),
    )
    .optional(),
});

export type BulkCreateItemResult =
  | { ok: true; id: string; key: string }
  | { ok: false; status: number; errors: Record<string, string>; errorMessages: string[] };

export interface IssueInput {
  fields: Record<string, unknown>;
  properties?: Array<{ key: string; value: unknown }>;
}

const StatusCategorySchema = z.looseObject({
  id: z.number().optional(),
  key: z.string(),
  name: z.string().optional(),
});

export const TransitionsSchema = z.looseObject({
  transitions: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      to: z.looseObject({ id: z.string(), name: z.string(), statusCategory: StatusCategorySchema }),
    }),
  ),
});

export interface JiraTransition {
  id: string;
  name: string;
  to: { id: string; name: string; statusCategory: { key: string } };
}

export const IssuePropertySchema = z.looseObject({ key: z.string(), value: z.unknown() });

export const SearchPageSchema = z.looseObject({
  issues: z.array(JiraIssueSchema).optional(),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export interface JqlSearch {
  jql: string;
  fields?: readonly string[];
  properties?: readonly string[];
  /** Page size; Jira caps it (100 when fields are requested). */
  maxResults?: number;
  /** Issue ids (at most 50) whose latest state the search must reflect, e.g. right after writing them. */
  reconcileIssues?: readonly (string | number)[];
}

export const UserSearchSchema = z.array(
  z.looseObject({
    accountId: z.string(),
    emailAddress: z.string().nullish(),
    displayName: z.string().nullish(),
    active: z.boolean().optional(),
    accountType: z.string().optional(),
  }),
);

const FieldSchemaSchema = z.looseObject({
  type: z.string(),
  items: z.string().optional(),
  system: z.string().optional(),
  custom: z.string().optional(),
  customId: z.number().optional(),
});

export const FieldMetaSchema = z.looseObject({
  fieldId: z.string().optional(),
  key: z.string().optional(),
  name: z.string(),
  required: z.boolean(),
  schema: FieldSchemaSchema.optional(),
  allowedValues: z.array(z.unknown()).optional(),
  hasDefaultValue: z.boolean().optional(),
  operations: z.array(z.string()).optional(),
});

export const CreateMetaFieldsPageSchema = z.looseObject({
  startAt: z.number().int().optional(),
  maxResults: z.number().int().optional(),
  total: z.number().int().optional(),
  fields: z.array(FieldMetaSchema).optional(),
  results: z.array(FieldMetaSchema).optional(),
});

export const EditMetaSchema = z.looseObject({ fields: z.record(z.string(), FieldMetaSchema) });

export interface JiraAllowedValue {
  id: string;
  name?: string;
  value?: string;
}

export interface JiraFieldMeta {
  fieldId: string;
  name: string;
  required: boolean;
  schema: { type: string; items?: string; system?: string; custom?: string };
  allowedValues?: JiraAllowedValue[];
  /** Jira fills the field itself when it is left out (e.g. priority). */
  hasDefaultValue?: boolean;
}

const IssueTypeSchema = z.looseObject({ id: z.string(), name: z.string(), subtask: z.boolean().optional() });

export const CreateMetaIssueTypesPageSchema = z.looseObject({
  startAt: z.number().int().optional(),
  maxResults: z.number().int().optional(),
  total: z.number().int().optional(),
  issueTypes: z.array(IssueTypeSchema).optional(),
  createMetaIssueType: z.array(IssueTypeSchema).optional(),
});

export interface JiraIssueType {
  id: string;
  name: string;
  subtask: boolean;
}

export const ProjectPageSchema = z.looseObject({
  values: z.array(z.looseObject({ id: z.string(), key: z.string(), name: z.string() })),
  isLast: z.boolean().optional(),
  startAt: z.number().int().optional(),
  total: z.number().int().optional(),
});

export interface JiraProject {
  id: string;
  key: string;
  name: string;
}

export const ProjectStatusesSchema = z.array(
  z.looseObject({
    id: z.string(),
    name: z.string(),
    subtask: z.boolean().optional(),
    statuses: z.array(
      z.looseObject({
        id: z.string(),
        name: z.string(),
        statusCategory: z.looseObject({ id: z.number(), key: z.string(), name: z.string() }),
      }),
    ),
  }),
);

export interface JiraStatus {
  id: string;
  name: string;
  statusCategory: { id: number; key: string; name: string };
}

export interface JiraIssueTypeStatuses {
  id: string;
  name: string;
  subtask: boolean;
  statuses: JiraStatus[];
}

export const CommentSchema = z.looseObject({ id: z.string() });

export const MyselfSchema = z.looseObject({
  accountId: z.string(),
  displayName: z.string().optional(),
  emailAddress: z.string().optional(),
  accountType: z.string().optional(),
});

export interface JiraMyself {
  accountId: string;
  displayName: string;
  emailAddress?: string;
  accountType?: string;
}

export const MyPermissionsSchema = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean() })),
});
