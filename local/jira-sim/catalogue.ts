import type {
  JiraSeed,
  SeedField,
  SeedIssueType,
  SeedPriority,
  SeedProject,
  SeedStatus,
  SeedUser,
  StatusCategoryKey,
} from './seed.types';

export interface StatusCategory {
  id: number;
  key: StatusCategoryKey;
  name: string;
  colorName: string;
}

export const STATUS_CATEGORIES: Record<StatusCategoryKey, StatusCategory> = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
};

export interface ScreenField {
  field: SeedField;
  required: boolean;
}

const ALWAYS_ON_SCREEN = ['project', 'issuetype'];

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Read access to the site's configuration (the seed), plus the users, which `control.addUser` extends. */
export class SiteCatalogue {
  private users: SeedUser[];

  constructor(readonly seed: JiraSeed) {
    this.users = [...seed.users];
  }

  resetUsers(): void {
    this.users = [...this.seed.users];
  }

  addUser(user: SeedUser): void {
    this.users = [...this.users.filter((existing) => existing.accountId !== user.accountId), user];
  }

  allUsers(): readonly SeedUser[] {
    return [this.seed.appUser, ...this.users];
  }

  user(accountId: string): SeedUser | undefined {
    return this.allUsers().find((candidate) => candidate.accountId === accountId);
  }

  userByEmail(email: string): SeedUser | undefined {
    return this.users.find((candidate) => sameText(candidate.emailAddress, email));
  }

  firstAdmin(): SeedUser {
    return this.users.find((candidate) => candidate.admin === true) ?? this.seed.appUser;
  }

  projects(): readonly SeedProject[] {
    return this.seed.projects;
  }

  project(idOrKey: string): SeedProject | undefined {
    return this.seed.projects.find((project) => project.id === idOrKey || sameText(project.key, idOrKey));
  }

  projectByKeyIdOrName(text: string): SeedProject | undefined {
    return this.project(text) ?? this.seed.projects.find((project) => sameText(project.name, text));
  }

  issueType(project: SeedProject, idOrName: { id?: unknown; name?: unknown }): SeedIssueType | undefined {
    return project.issueTypes.find(
      (type) =>
        (typeof idOrName.id === 'string' && type.id === idOrName.id) ||
        (typeof idOrName.name === 'string' && sameText(type.name, idOrName.name)),
    );
  }

  issueTypeById(id: string): SeedIssueType | undefined {
    return this.seed.projects.flatMap((project) => project.issueTypes).find((type) => type.id === id);
  }

  issueTypesMatching(text: string): SeedIssueType[] {
    return this.seed.projects
      .flatMap((project) => project.issueTypes)
      .filter((type) => type.id === text || sameText(type.name, text));
  }

  statuses(): readonly SeedStatus[] {
    return this.seed.statuses;
  }

  status(id: string): SeedStatus {
    const status = this.seed.statuses.find((candidate) => candidate.id === id);
    if (!status) throw new Error(`The seed has no status with id ${id}`);
    return status;
  }

  statusesMatching(text: string): SeedStatus[] {
    return this.seed.statuses.filter((status) => status.id === text || sameText(status.name, text));
  }

  projectStatuses(project: SeedProject): SeedStatus[] {
    return project.workflow.statusIds.map((id) => this.status(id));
  }

  fields(): readonly SeedField[] {
    return this.seed.fields;
  }

  field(id: string): SeedField | undefined {
    return this.seed.fields.find((field) => field.id === id);
  }

  /** The fields of the create/edit screen of a project and issue type, project and issuetype included. */
  screenFields(project: SeedProject, issueType: SeedIssueType): ScreenField[] {
    const screen = [...ALWAYS_ON_SCREEN.map((fieldId) => ({ fieldId, required: true })), ...project.fields];
    return screen.flatMap((entry) => {
      const field = this.field(entry.fieldId) ?? builtInField(entry.fieldId);
      if (!field) return [];
      // Parent is the sub-task's link to its issue: shown, and required, only for sub-task types.
      if (field.id === 'parent') return issueType.subtask ? [{ field, required: true }] : [];
      return [{ field, required: entry.required === true }];
    });
  }

  priorities(): readonly SeedPriority[] {
    return this.seed.priorities;
  }

  priority(idOrName: { id?: unknown; name?: unknown }): SeedPriority | undefined {
    return this.seed.priorities.find(
      (priority) =>
        (typeof idOrName.id === 'string' && priority.id === idOrName.id) ||
        (typeof idOrName.name === 'string' && sameText(priority.name, idOrName.name)),
    );
  }

  defaultPriority(): SeedPriority | undefined {
    return this.seed.priorities.find((priority) => priority.id === this.seed.defaultPriorityId);
  }
}

const BUILT_IN_FIELDS: SeedField[] = [
  { id: 'project', name: 'Project', schema: { type: 'project', system: 'project' } },
  { id: 'issuetype', name: 'Issue Type', schema: { type: 'issuetype', system: 'issuetype' } },
];

function builtInField(id: string): SeedField | undefined {
  return BUILT_IN_FIELDS.find((field) => field.id === id);
}

/** True for fields whose REST v3 value is an ADF document. */
export function takesAdf(field: SeedField): boolean {
  const system = field.schema.system;
  return (
    system === 'description' ||
    system === 'environment' ||
    field.schema.custom === 'com.atlassian.jira.plugin.system.customfieldtypes:textarea'
  );
}
