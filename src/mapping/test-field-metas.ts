import type { FieldMeta } from './field-meta';

/** A create screen as Jira Cloud's createmeta describes a typical task type, for tests. */
export const summaryMeta: FieldMeta = {
  fieldId: 'summary',
  name: 'Summary',
  required: true,
  schema: { type: 'string', system: 'summary' },
};
export const descriptionMeta: FieldMeta = {
  fieldId: 'description',
  name: 'Description',
  required: false,
  schema: { type: 'string', system: 'description' },
};
export const duedateMeta: FieldMeta = {
  fieldId: 'duedate',
  name: 'Due date',
  required: false,
  schema: { type: 'date', system: 'duedate' },
};
export const assigneeMeta: FieldMeta = {
  fieldId: 'assignee',
  name: 'Assignee',
  required: false,
  schema: { type: 'user', system: 'assignee' },
};
export const reporterMeta: FieldMeta = {
  fieldId: 'reporter',
  name: 'Reporter',
  required: true,
  schema: { type: 'user', system: 'reporter' },
};
export const labelsMeta: FieldMeta = {
  fieldId: 'labels',
  name: 'Labels',
  required: false,
  schema: { type: 'array', items: 'string', system: 'labels' },
};
export const projectMeta: FieldMeta = {
  fieldId: 'project',
  name: 'Project',
  required: true,
  schema: { type: 'project', system: 'project' },
};
export const issueTypeMeta: FieldMeta = {
  fieldId: 'issuetype',
  name: 'Issue Type',
  required: true,
  schema: { type: 'issuetype', system: 'issuetype' },
};
export const priorityMeta: FieldMeta = {
  fieldId: 'priority',
  name: 'Priority',
  required: true,
  hasDefaultValue: true,
  schema: { type: 'priority', system: 'priority' },
  allowedValues: [
    { id: '1', name: 'Highest' },
    { id: '3', name: 'Medium' },
    { id: '5', name: 'Lowest' },
  ],
};
export const componentsMeta: FieldMeta = {
  fieldId: 'components',
  name: 'Components',
  required: false,
  schema: { type: 'array', items: 'component', system: 'components' },
  allowedValues: [
    { id: '100', name: 'IT' },
    { id: '101', name: 'Facilities' },
  ],
};
export const departmentMeta: FieldMeta = {
  fieldId: 'customfield_10050',
  name: 'Department',
  required: false,
  schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select' },
  allowedValues: [
    { id: '20', value: 'Engineering' },
    { id: '21', value: 'People Ops' },
  ],
};
export const locationsMeta: FieldMeta = {
  fieldId: 'customfield_10051',
  name: 'Locations',
  required: false,
  schema: {
    type: 'array',
    items: 'option',
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiselect',
  },
  allowedValues: [
    { id: '30', value: 'Kyiv' },
    { id: '31', value: 'Warsaw' },
  ],
};
export const notesMeta: FieldMeta = {
  fieldId: 'customfield_10052',
  name: 'Notes',
  required: false,
  schema: { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textarea' },
};
export const budgetMeta: FieldMeta = {
  fieldId: 'customfield_10053',
  name: 'Budget',
  required: false,
  schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' },
};
export const startMeta: FieldMeta = {
  fieldId: 'customfield_10054',
  name: 'Start',
  required: false,
  schema: { type: 'datetime', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datetime' },
};
export const watchersMeta: FieldMeta = {
  fieldId: 'customfield_10055',
  name: 'Helpers',
  required: false,
  schema: {
    type: 'array',
    items: 'user',
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker',
  },
};
export const fixVersionsMeta: FieldMeta = {
  fieldId: 'fixVersions',
  name: 'Fix versions',
  required: false,
  schema: { type: 'array', items: 'version', system: 'fixVersions' },
};

export const taskScreen: FieldMeta[] = [
  projectMeta,
  issueTypeMeta,
  summaryMeta,
  descriptionMeta,
  duedateMeta,
  assigneeMeta,
  reporterMeta,
  labelsMeta,
  priorityMeta,
];
