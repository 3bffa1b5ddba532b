import type { AdminResult } from '../../../../src/config/admin-api';
import type { FieldMapping, Rule } from '../../../../src/config/schema';

/** Jira metadata as the backend's getJiraMetadata would answer for the local Jira simulator's seed. */
export const projectsAnswer: AdminResult<'getJiraMetadata'> = {
  projects: [
    {
      id: '10000',
      key: 'HR',
      name: 'People Ops',
      issueTypes: [
        { id: '10001', name: 'Task', subtask: false },
        { id: '10002', name: 'Sub-task', subtask: true },
      ],
    },
    {
      id: '10001',
      key: 'IT',
      name: 'IT Service',
      issueTypes: [{ id: '10003', name: 'Service request', subtask: false }],
    },
  ],
  fields: [],
  statuses: [],
};

export const hrTaskAnswer: AdminResult<'getJiraMetadata'> = {
  projects: [],
  fields: [
    { fieldId: 'summary', name: 'Summary', required: true, schema: { type: 'string', system: 'summary' } },
    { fieldId: 'duedate', name: 'Due date', required: false, schema: { type: 'date', system: 'duedate' } },
    {
      fieldId: 'customfield_10050',
      name: 'Department',
      required: false,
      schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select' },
      allowedValues: [
        { id: '10100', value: 'Engineering' },
        { id: '10101', value: 'People Ops' },
      ],
    },
  ],
  statuses: [
    { id: '10000', name: 'To Do', category: 'new' },
    { id: '3', name: 'In Progress', category: 'indeterminate' },
    { id: '10001', name: 'Done', category: 'done' },
    { id: '10002', name: 'Cancelled', category: 'done' },
  ],
};

/** Answers getJiraMetadata like the backend: projects without a target, fields and statuses with one. */
export function metadataFor(target: {
  projectKey?: string;
  issueTypeId?: string;
}): AdminResult<'getJiraMetadata'> {
  if (target.projectKey === undefined) return projectsAnswer;
  if (target.projectKey === 'HR' && target.issueTypeId === '10001') return hrTaskAnswer;
  return { projects: [], fields: [], statuses: [] };
}

export function rule(overrides: Partial<Rule> & Pick<Rule, 'id' | 'name'>): Rule {
  return { enabled: true, conditions: [], action: { type: 'drop' }, ...overrides };
}

export function hrRule(id: string, name: string, fieldMappings: FieldMapping[] = []): Rule {
  return rule({ id, name, action: { type: 'sync', projectKey: 'HR', issueTypeId: '10001', fieldMappings } });
}
