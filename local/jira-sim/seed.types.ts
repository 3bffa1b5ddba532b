/**
 * The shape of a simulated Jira site: who its users are, which projects, issue types, workflows and fields it
 * has. Statuses, fields and priorities are global as in Jira; a project picks its workflow, its create/edit
 * screen (which fields, which required) and its components.
 */

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface SeedUser {
  accountId: string;
  emailAddress: string;
  displayName: string;
  active?: boolean;
  /** Holds the global ADMINISTER permission. */
  admin?: boolean;
  accountType?: 'atlassian' | 'app';
}

export interface SeedStatus {
  id: string;
  name: string;
  category: StatusCategoryKey;
}

export interface SeedTransition {
  id: string;
  name: string;
  /** Target status id. */
  to: string;
  /** Status ids the transition is available from; absent means a global transition (from any status). */
  from?: string[];
}

export interface SeedWorkflow {
  initialStatusId: string;
  /** Status ids used by this workflow. */
  statusIds: string[];
  transitions: SeedTransition[];
}

export interface SeedIssueType {
  id: string;
  name: string;
  subtask: boolean;
}

export interface SeedComponent {
  id: string;
  name: string;
}

export interface SeedScreenField {
  fieldId: string;
  required?: boolean;
}

export interface SeedProject {
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'business' | 'software' | 'service_desk';
  issueTypes: SeedIssueType[];
  workflow: SeedWorkflow;
  components: SeedComponent[];
  /** The fields on the create and edit screens besides project and issuetype (added for every project). */
  fields: SeedScreenField[];
}

export interface SeedFieldSchema {
  type: string;
  items?: string;
  system?: string;
  custom?: string;
  customId?: number;
}

export interface SeedOption {
  id: string;
  value: string;
}

export interface SeedField {
  id: string;
  name: string;
  schema: SeedFieldSchema;
  /** Allowed values of select and multi-select custom fields. */
  options?: SeedOption[];
  /** Maximum length of a string value (Jira: 255 for summary and single-line text fields). */
  maxLength?: number;
}

export interface SeedPriority {
  id: string;
  name: string;
}

/** A JQL alias for an indexed entity property value, as a `jira:entityProperty` module's `searchAlias`. */
export interface SeedPropertyAlias {
  propertyKey: string;
  path: string;
}

export interface JiraSeed {
  siteName: string;
  /** The app's own account: the caller of `asApp()` requests. */
  appUser: SeedUser;
  users: SeedUser[];
  statuses: SeedStatus[];
  projects: SeedProject[];
  fields: SeedField[];
  priorities: SeedPriority[];
  defaultPriorityId: string;
  propertyAliases: Record<string, SeedPropertyAlias>;
}
