import { SiteCatalogue } from '../catalogue';
import { DEFAULT_SEED_IDS, STATUS, defaultJiraSeed } from '../default-seed';
import { compileJql } from './compile';
import { JqlError } from './jql-error';
import type { JqlContext, JqlSubject } from './subject';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const HOUR = 3_600_000;

const seed = defaultJiraSeed();
const context: JqlContext = {
  catalogue: new SiteCatalogue(seed),
  propertyAliases: seed.propertyAliases,
  now: NOW,
  issueKeyExists: (key) => ['HR-1', 'HR-2', 'HR-10', 'IT-1'].includes(key),
};

function subject(overrides: Partial<JqlSubject>): JqlSubject {
  return {
    id: '10000',
    key: 'HR-1',
    projectId: DEFAULT_SEED_IDS.hrProjectId,
    issueTypeId: DEFAULT_SEED_IDS.hrTaskTypeId,
    statusId: STATUS.toDo,
    statusCategory: 'new',
    labels: [],
    created: NOW - 48 * HOUR,
    updated: NOW - 2 * HOUR,
    properties: {},
    ...overrides,
  };
}

const hrToDo = subject({
  labels: ['Onboarding', 'laptop'],
  properties: { 'peopleforce-task': { taskId: '42' } },
});
const hrDone = subject({
  id: '10001',
  key: 'HR-2',
  statusId: STATUS.done,
  statusCategory: 'done',
  updated: NOW - 30 * HOUR,
});
const hr10 = subject({
  id: '10009',
  key: 'HR-10',
  statusId: STATUS.inProgress,
  statusCategory: 'indeterminate',
  created: NOW - HOUR,
});
const itResolved = subject({
  id: '10002',
  key: 'IT-1',
  projectId: DEFAULT_SEED_IDS.itProjectId,
  issueTypeId: DEFAULT_SEED_IDS.itTaskTypeId,
  statusId: STATUS.resolved,
  statusCategory: 'done',
  properties: { 'peopleforce-task': { taskId: 7, tags: ['a', 'b'] } },
});
const all = [hrToDo, hrDone, hr10, itResolved];

function keysMatching(jql: string): string[] {
  const compiled = compileJql(jql, context);
  return all.filter((candidate) => compiled.matches(candidate)).map((candidate) => candidate.key);
}

describe('compileJql matching', () => {
  it.each([
    ['project = HR', ['HR-1', 'HR-2', 'HR-10']],
    ['project = "IT Service"', ['IT-1']],
    ['project = 10001', ['IT-1']],
    ['project != HR', ['IT-1']],
    ['project in (HR, IT) AND issuetype = Task', ['HR-1', 'HR-2', 'HR-10', 'IT-1']],
    ['issuetype = 10003', ['IT-1']],
    ['status = "To Do"', ['HR-1']],
    ['status in (Done, Resolved)', ['HR-2', 'IT-1']],
    ['statusCategory = Done', ['HR-2', 'IT-1']],
    ['statusCategory = "To Do"', ['HR-1']],
    ['statusCategory = "In Progress"', ['HR-10']],
    ['statusCategory in (new, indeterminate)', ['HR-1', 'HR-10']],
    ['statusCategory != done', ['HR-1', 'HR-10']],
    ['statusCategory not in (Done) AND project = HR', ['HR-1', 'HR-10']],
    ['labels = onboarding', ['HR-1']],
    ['labels != laptop', []],
    ['labels not in (x)', ['HR-1']],
    ['labels is EMPTY', ['HR-2', 'HR-10', 'IT-1']],
    ['labels is not EMPTY', ['HR-1']],
    ['key = HR-2', ['HR-2']],
    ['key in (hr-1, IT-1)', ['HR-1', 'IT-1']],
    ['key > HR-1', ['HR-2', 'HR-10']],
    ['key <= HR-2 AND project = HR', ['HR-1', 'HR-2']],
    ['updated >= -24h', ['HR-1', 'HR-10', 'IT-1']],
    ['updated < -1d', ['HR-2']],
    ['updated >= "2026-11-25 06:00"', ['HR-1', 'HR-2', 'HR-10', 'IT-1']],
    ['updated > "2026/11/26"', ['HR-1', 'HR-10', 'IT-1']],
    ['created >= -3h', ['HR-10']],
    ['created > startOfDay()', ['HR-10']],
    ['created < now()', ['HR-1', 'HR-2', 'HR-10', 'IT-1']],
    ['issue.property[peopleforce-task].taskId = "42"', ['HR-1']],
    ['issue.property[peopleforce-task].taskId = 7', ['IT-1']],
    ['peopleforceTaskId in (42, 7)', ['HR-1', 'IT-1']],
    ['peopleforceTaskId != 42', ['IT-1']],
    ['peopleforceTaskId is EMPTY', ['HR-2', 'HR-10']],
    ['issue.property[peopleforce-task].tags = b', ['IT-1']],
    ['project = HR AND (status = Done OR labels = laptop)', ['HR-1', 'HR-2']],
    ['NOT project = HR OR key = HR-10', ['HR-10', 'IT-1']],
    ['NOT (project = HR AND statusCategory = Done)', ['HR-1', 'HR-10', 'IT-1']],
  ])('%s matches %p', (jql, expected) => {
    expect(keysMatching(jql)).toEqual(expected);
  });
});

describe('compileJql ordering', () => {
  it.each([
    ['project = HR ORDER BY key ASC', ['HR-1', 'HR-2', 'HR-10']],
    ['project = HR ORDER BY key DESC', ['HR-10', 'HR-2', 'HR-1']],
    ['project = HR ORDER BY updated DESC', ['HR-10', 'HR-1', 'HR-2']],
    ['project = HR ORDER BY created ASC, key DESC', ['HR-2', 'HR-1', 'HR-10']],
    ['project = HR', ['HR-10', 'HR-2', 'HR-1']],
  ])('%s sorts as %p', (jql, expected) => {
    const compiled = compileJql(jql, context);
    const sorted = all
      .filter((candidate) => compiled.matches(candidate))
      .sort((left, right) => compiled.compare(left, right));
    expect(sorted.map((candidate) => candidate.key)).toEqual(expected);
  });
});

describe('compileJql errors', () => {
  it.each([
    ['assignee = bob', "Field 'assignee' does not exist or you do not have permission to view it."],
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['status = Blocked', "The value 'Blocked' does not exist for the field 'status'."],
    ['statusCategory = Finished', "The value 'Finished' does not exist for the field 'statusCategory'."],
    ['issuetype = Epic', "The value 'Epic' does not exist for the field 'issuetype'."],
    ['key = HR-99', "An issue with key 'HR-99' does not exist for field 'key'."],
    ['key = banana', "The issue key 'banana' for field 'key' is invalid."],
    ['labels > a', "The operator '>' is not supported by the 'labels' field."],
    ['project ~ HR', "The operator '~' is not supported by the 'project' field."],
    ['project is EMPTY', "The operator 'IS' is not supported by the 'project' field."],
    ['updated = EMPTY', "The field 'updated' does not support searching for EMPTY values."],
    ['updated > yesterday', "Date value 'yesterday' for field 'updated' is invalid."],
    ['updated > "2026-02-30"', "Date value '2026-02-30' for field 'updated' is invalid."],
    ['updated > lastWeek()', "Unable to find JQL function 'lastWeek()'."],
    ['project = currentProject()', "The function 'currentProject' is not supported by the 'project' field."],
    ['project = HR ORDER BY labels', "Not able to sort using field 'labels'."],
    ['project = HR ORDER BY rank', "Field 'rank' does not exist or you do not have permission to view it."],
  ])('rejects %p', (jql, message) => {
    expect(() => compileJql(jql, context)).toThrow(JqlError);
    expect(() => compileJql(jql, context)).toThrow(message);
  });

  it('marks a query without conditions as unbounded', () => {
    expect(compileJql('ORDER BY updated DESC', context).bounded).toBe(false);
    expect(compileJql('project = HR', context).bounded).toBe(true);
  });
});
