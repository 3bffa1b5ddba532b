import type {
  JiraSeed,
  SeedField,
  SeedIssueType,
  SeedProject,
  SeedScreenField,
  SeedStatus,
  SeedUser,
  SeedWorkflow,
} from './seed.types';

const CUSTOM = 'com.atlassian.jira.plugin.system.customfieldtypes';

export const STATUS = {
  toDo: '10000',
  inProgress: '3',
  done: '10001',
  cancelled: '10002',
  resolved: '5',
} as const;

const statuses: SeedStatus[] = [
  { id: STATUS.toDo, name: 'To Do', category: 'new' },
  { id: STATUS.inProgress, name: 'In Progress', category: 'indeterminate' },
  { id: STATUS.done, name: 'Done', category: 'done' },
  { id: STATUS.cancelled, name: 'Cancelled', category: 'done' },
  { id: STATUS.resolved, name: 'Resolved', category: 'done' },
];

function workflow(doneStatusId: string, doneTransitionName: string): SeedWorkflow {
  const open = [STATUS.toDo, STATUS.inProgress];
  return {
    initialStatusId: STATUS.toDo,
    statusIds: [STATUS.toDo, STATUS.inProgress, doneStatusId, STATUS.cancelled],
    transitions: [
      { id: '11', name: 'Start progress', to: STATUS.inProgress, from: [STATUS.toDo] },
      { id: '21', name: doneTransitionName, to: doneStatusId, from: open },
      { id: '31', name: 'Cancel', to: STATUS.cancelled, from: open },
      { id: '41', name: 'Reopen', to: STATUS.toDo, from: [doneStatusId, STATUS.cancelled] },
    ],
  };
}

function option(id: number, value: string): { id: string; value: string } {
  return { id: String(id), value };
}

const fields: SeedField[] = [
  { id: 'summary', name: 'Summary', schema: { type: 'string', system: 'summary' }, maxLength: 255 },
  // Jira reports rich-text fields as type "string"; in REST v3 their values are ADF documents.
  { id: 'description', name: 'Description', schema: { type: 'string', system: 'description' } },
  { id: 'duedate', name: 'Due date', schema: { type: 'date', system: 'duedate' } },
  { id: 'assignee', name: 'Assignee', schema: { type: 'user', system: 'assignee' } },
  { id: 'reporter', name: 'Reporter', schema: { type: 'user', system: 'reporter' } },
  { id: 'labels', name: 'Labels', schema: { type: 'array', items: 'string', system: 'labels' } },
  { id: 'priority', name: 'Priority', schema: { type: 'priority', system: 'priority' } },
  {
    id: 'components',
    name: 'Components',
    schema: { type: 'array', items: 'component', system: 'components' },
  },
  { id: 'parent', name: 'Parent', schema: { type: 'issuelink', system: 'parent' } },
  {
    id: 'customfield_10050',
    name: 'Department',
    schema: { type: 'option', custom: `${CUSTOM}:select`, customId: 10050 },
    options: [
      option(10100, 'Engineering'),
      option(10101, 'People Ops'),
      option(10102, 'Finance'),
      option(10103, 'Sales'),
      option(10104, 'IT'),
    ],
  },
  {
    id: 'customfield_10051',
    name: 'Equipment',
    schema: { type: 'array', items: 'option', custom: `${CUSTOM}:multiselect`, customId: 10051 },
    options: [
      option(10110, 'Laptop'),
      option(10111, 'Monitor'),
      option(10112, 'Headset'),
      option(10113, 'Phone'),
      option(10114, 'Badge'),
    ],
  },
  {
    id: 'customfield_10052',
    name: 'Employee email',
    schema: { type: 'string', custom: `${CUSTOM}:textfield`, customId: 10052 },
    maxLength: 255,
  },
  {
    id: 'customfield_10053',
    name: 'Start date',
    schema: { type: 'date', custom: `${CUSTOM}:datepicker`, customId: 10053 },
  },
  {
    id: 'customfield_10054',
    name: 'Estimated hours',
    schema: { type: 'number', custom: `${CUSTOM}:float`, customId: 10054 },
  },
  {
    id: 'customfield_10060',
    name: 'Request category',
    schema: { type: 'option', custom: `${CUSTOM}:select`, customId: 10060 },
    options: [
      option(10120, 'Hardware'),
      option(10121, 'Software'),
      option(10122, 'Access'),
      option(10123, 'Other'),
    ],
  },
];

const commonScreen: SeedScreenField[] = [
  { fieldId: 'summary', required: true },
  { fieldId: 'description' },
  { fieldId: 'duedate' },
  { fieldId: 'assignee' },
  { fieldId: 'reporter' },
  { fieldId: 'labels' },
  { fieldId: 'priority' },
  { fieldId: 'components' },
  { fieldId: 'parent' },
  { fieldId: 'customfield_10050' },
  { fieldId: 'customfield_10051' },
  { fieldId: 'customfield_10052' },
  { fieldId: 'customfield_10053' },
  { fieldId: 'customfield_10054' },
];

function issueTypes(taskId: string, subtaskId: string): SeedIssueType[] {
  return [
    { id: taskId, name: 'Task', subtask: false },
    { id: subtaskId, name: 'Sub-task', subtask: true },
  ];
}

function projects(): SeedProject[] {
  return [
    {
      id: '10000',
      key: 'HR',
      name: 'People Ops',
      projectTypeKey: 'business',
      issueTypes: issueTypes('10001', '10002'),
      workflow: workflow(STATUS.done, 'Done'),
      components: [
        { id: '10200', name: 'Onboarding' },
        { id: '10201', name: 'Offboarding' },
        { id: '10202', name: 'Payroll' },
      ],
      fields: commonScreen,
    },
    {
      id: '10001',
      key: 'IT',
      name: 'IT Service',
      projectTypeKey: 'software',
      issueTypes: issueTypes('10003', '10004'),
      workflow: workflow(STATUS.resolved, 'Resolve'),
      components: [
        { id: '10210', name: 'Hardware' },
        { id: '10211', name: 'Accounts' },
      ],
      fields: [...commonScreen, { fieldId: 'customfield_10060', required: true }],
    },
  ];
}

function user(accountId: string, local: string, displayName: string, domain: string): SeedUser {
  return {
    accountId,
    emailAddress: `${local}@${domain}`,
    displayName,
    active: true,
    accountType: 'atlassian',
  };
}

export interface DefaultSeedOptions {
  /** The company domain of the seeded users' email addresses. */
  emailDomain?: string;
}

/** Ids of the default seed that tests and the demo refer to. */
export const DEFAULT_SEED_IDS = {
  adminAccountId: '712020:0a1b2c3d-0000-4000-8000-000000000001',
  hrManagerAccountId: '712020:0a1b2c3d-0000-4000-8000-000000000002',
  itSupportAccountId: '712020:0a1b2c3d-0000-4000-8000-000000000003',
  appAccountId: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077',
  hrProjectId: '10000',
  itProjectId: '10001',
  hrTaskTypeId: '10001',
  hrSubtaskTypeId: '10002',
  itTaskTypeId: '10003',
  itSubtaskTypeId: '10004',
} as const;

/** Two projects, HR (People Ops) and IT (IT Service), a handful of users, the fields the app maps. */
export function defaultJiraSeed(options: DefaultSeedOptions = {}): JiraSeed {
  const domain = options.emailDomain ?? 'example.com';
  const ids = DEFAULT_SEED_IDS;
  const admin = { ...user(ids.adminAccountId, 'alex.admin', 'Alex Admin', domain), admin: true };
  return {
    siteName: 'local-jira',
    appUser: {
      accountId: ids.appAccountId,
      emailAddress: 'peopleforce-sync@connect.atlassian.com',
      displayName: 'PeopleForce Jira Sync',
      active: true,
      accountType: 'app',
    },
    users: [
      admin,
      user(ids.hrManagerAccountId, 'hanna.hr', 'Hanna Horvat', domain),
      user(ids.itSupportAccountId, 'ivan.it', 'Ivan Ivanov', domain),
      user('712020:0a1b2c3d-0000-4000-8000-000000000004', 'olga.ops', 'Olga Olsen', domain),
      user('712020:0a1b2c3d-0000-4000-8000-000000000005', 'peter.people', 'Peter Petrov', domain),
      {
        ...user('712020:0a1b2c3d-0000-4000-8000-000000000006', 'former.employee', 'Former Employee', domain),
        active: false,
      },
    ],
    statuses,
    projects: projects(),
    fields,
    priorities: [
      { id: '1', name: 'Highest' },
      { id: '2', name: 'High' },
      { id: '3', name: 'Medium' },
      { id: '4', name: 'Low' },
      { id: '5', name: 'Lowest' },
    ],
    defaultPriorityId: '3',
    propertyAliases: { peopleforceTaskId: { propertyKey: 'peopleforce-task', path: 'taskId' } },
  };
}
