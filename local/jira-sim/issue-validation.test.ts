import { adfParagraph } from '../../test/fixtures/jira/issue-builders';
import { rawJira } from '../../test/fixtures/jira/raw-request';
import { DEFAULT_SEED_IDS } from './default-seed';
import { startJiraSimulator, type JiraSimulator } from './server';

let sim: JiraSimulator;
const post = (path: string, body: unknown) => rawJira(sim.url, 'POST', `/rest/api/3${path}`, { body });
const put = (path: string, body: unknown) => rawJira(sim.url, 'PUT', `/rest/api/3${path}`, { body });

beforeAll(async () => {
  sim = await startJiraSimulator();
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.control.reset();
});

const hr = { project: { key: 'HR' }, issuetype: { name: 'Task' }, summary: 'Valid summary' };
const it_ = {
  project: { key: 'IT' },
  issuetype: { id: DEFAULT_SEED_IDS.itTaskTypeId },
  summary: 'IT',
  customfield_10060: { id: '10120' },
};

describe('POST /issue validation', () => {
  it.each([
    [
      'a missing summary',
      { ...hr, summary: undefined },
      { summary: 'You must specify a summary of the issue.' },
    ],
    ['an empty summary', { ...hr, summary: '' }, { summary: 'You must specify a summary of the issue.' }],
    [
      'a summary over 255 characters',
      { ...hr, summary: 'x'.repeat(256) },
      { summary: 'Summary must be less than 255 characters.' },
    ],
    [
      'a missing required custom field',
      { ...it_, customfield_10060: undefined },
      { customfield_10060: 'Request category is required.' },
    ],
    [
      'an unknown field',
      { ...hr, customfield_99999: 'x' },
      {
        customfield_99999:
          "Field 'customfield_99999' cannot be set. It is not on the appropriate screen, or unknown.",
      },
    ],
    [
      'a field of another project’s screen',
      { ...hr, customfield_10060: { id: '10120' } },
      {
        customfield_10060:
          "Field 'customfield_10060' cannot be set. It is not on the appropriate screen, or unknown.",
      },
    ],
    [
      'status set directly',
      { ...hr, status: { name: 'Done' } },
      { status: "Field 'status' cannot be set. It is not on the appropriate screen, or unknown." },
    ],
    [
      'a bad option id',
      { ...hr, customfield_10050: { id: '1' } },
      { customfield_10050: "Option id '1' is not valid" },
    ],
    [
      'a bad option value',
      { ...hr, customfield_10050: { value: 'Marketing' } },
      { customfield_10050: "Option value 'Marketing' is not valid" },
    ],
    [
      'a bad multi-select option',
      { ...hr, customfield_10051: [{ value: 'Laptop' }, { value: 'Car' }] },
      { customfield_10051: "Option value 'Car' is not valid" },
    ],
    [
      'a string for an option',
      { ...hr, customfield_10050: 'Engineering' },
      { customfield_10050: "Specify a valid 'id' or 'value' for Department" },
    ],
    [
      'a plain-text description',
      { ...hr, description: 'hello' },
      { description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' },
    ],
    [
      'an ADF description with an empty text node',
      {
        ...hr,
        description: {
          type: 'doc',
          version: 1,
          content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }],
        },
      },
      { description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' },
    ],
    [
      'a description over the rich-text limit',
      {
        ...hr,
        description: {
          type: 'doc',
          version: 1,
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(32_767) }] }],
        },
      },
      { description: 'The entered text is too long. It exceeds the allowed limit of 32,767 characters.' },
    ],
    [
      'an unknown assignee',
      { ...hr, assignee: { accountId: 'ghost' } },
      { assignee: "User 'ghost' cannot be assigned issues." },
    ],
    [
      'an inactive assignee',
      { ...hr, assignee: { accountId: '712020:0a1b2c3d-0000-4000-8000-000000000006' } },
      { assignee: "User '712020:0a1b2c3d-0000-4000-8000-000000000006' cannot be assigned issues." },
    ],
    [
      'an unknown reporter',
      { ...hr, reporter: { accountId: 'ghost' } },
      { reporter: "Specified reporter 'ghost' does not exist." },
    ],
    [
      'an impossible due date',
      { ...hr, duedate: '2026-02-30' },
      { duedate: 'Error parsing date string: 2026-02-30' },
    ],
    [
      'a timestamp as a date',
      { ...hr, customfield_10053: '2026-03-01T09:00:00Z' },
      { customfield_10053: 'Error parsing date string: 2026-03-01T09:00:00Z' },
    ],
    [
      'a label with a space',
      { ...hr, labels: ['new hire'] },
      { labels: "The label 'new hire' contains spaces which is invalid." },
    ],
    [
      'a number as a string',
      { ...hr, customfield_10054: '3' },
      { customfield_10054: 'Operation value must be a number' },
    ],
    [
      'an unknown priority',
      { ...hr, priority: { name: 'Urgent' } },
      { priority: "Specify a valid 'id' or 'name' for Priority" },
    ],
    [
      'an unknown component',
      { ...hr, components: [{ id: '10210' }] },
      { components: "Component with id '10210' does not exist." },
    ],
    [
      'an unknown project',
      { ...hr, project: { key: 'XX' } },
      { project: 'Specify a valid project ID or key' },
    ],
    ['no issue type', { ...hr, issuetype: undefined }, { issuetype: 'Specify an issue type' }],
    [
      'an issue type of another project',
      { ...hr, issuetype: { id: DEFAULT_SEED_IDS.itTaskTypeId } },
      { issuetype: 'The issue type selected is invalid.' },
    ],
    [
      'a sub-task without parent',
      { ...hr, issuetype: { name: 'Sub-task' } },
      { parent: 'Issue type is a sub-task but parent issue key or id not specified.' },
    ],
    [
      'a parent on a task',
      { ...hr, parent: { key: 'HR-1' } },
      { parent: "Field 'parent' cannot be set. It is not on the appropriate screen, or unknown." },
    ],
  ])('answers 400 for %s', async (_name, fields, errors) => {
    const answer = await post('/issue', { fields });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errorMessages: [], errors });
    expect(sim.control.issues()).toEqual([]);
  });

  it('collects every error of a request at once', async () => {
    const answer = await post('/issue', {
      fields: { ...hr, summary: '', foo: 1, customfield_10050: { id: 'x' } },
    });
    expect(Object.keys((answer.body as { errors: object }).errors).sort()).toEqual([
      'customfield_10050',
      'foo',
      'summary',
    ]);
  });

  it('creates a valid issue with defaults and answers 201 with id, key and self', async () => {
    const answer = await post('/issue', {
      fields: { ...hr, description: adfParagraph('Welcome'), customfield_10050: { value: 'IT' } },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ id: '10000', key: 'HR-1', self: `${sim.url}/rest/api/3/issue/10000` });
    const fields = sim.control.issue('HR-1')?.fields ?? {};
    expect(fields.priority).toEqual(expect.objectContaining({ name: 'Medium' }));
    expect(fields.reporter).toEqual(expect.objectContaining({ accountId: DEFAULT_SEED_IDS.appAccountId }));
    expect(fields.status).toEqual(
      expect.objectContaining({
        name: 'To Do',
        statusCategory: expect.objectContaining({ key: 'new' }) as unknown,
      }),
    );
    expect(fields.customfield_10050).toEqual(expect.objectContaining({ id: '10104', value: 'IT' }));
  });

  it('creates a sub-task under a parent of the same project only', async () => {
    await post('/issue', { fields: hr });
    await post('/issue', { fields: it_ });
    const subtask = { ...hr, issuetype: { name: 'Sub-task' }, summary: 'Child' };
    expect((await post('/issue', { fields: { ...subtask, parent: { key: 'IT-1' } } })).body).toEqual({
      errorMessages: [],
      errors: { parent: 'Sub-tasks must be created in the same project as the parent.' },
    });
    expect((await post('/issue', { fields: { ...subtask, parent: { key: 'HR-1' } } })).status).toBe(201);
    expect(sim.control.issue('HR-1')?.fields.subtasks).toEqual([expect.objectContaining({ key: 'HR-2' })]);
  });

  it('refuses a body that is not JSON, or not declared as JSON', async () => {
    expect((await rawJira(sim.url, 'POST', '/rest/api/3/issue', { body: '{"fields":' })).status).toBe(400);
    const wrongType = await rawJira(sim.url, 'POST', '/rest/api/3/issue', {
      body: { fields: hr },
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(wrongType.status).toBe(415);
  });
});

describe('POST /issue/bulk', () => {
  it('creates the valid items and reports the others by their position', async () => {
    const answer = await post('/issue/bulk', {
      issueUpdates: [
        { fields: hr },
        { fields: { ...hr, summary: '' } },
        { fields: hr, properties: [{ key: 'peopleforce-task', value: { taskId: '9' } }] },
      ],
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      issues: [expect.objectContaining({ key: 'HR-1' }), expect.objectContaining({ key: 'HR-2' })],
      errors: [
        {
          status: 400,
          elementErrors: {
            errorMessages: [],
            errors: { summary: 'You must specify a summary of the issue.' },
          },
          failedElementNumber: 1,
        },
      ],
    });
    expect(sim.control.issueByProperty('9')?.key).toBe('HR-2');
  });

  it('answers 400 with the bulk body when every item fails', async () => {
    const answer = await post('/issue/bulk', { issueUpdates: [{ fields: { ...hr, summary: '' } }] });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(
      expect.objectContaining({ issues: [], errors: [expect.objectContaining({ failedElementNumber: 0 })] }),
    );
  });

  it('refuses more than 50 issues', async () => {
    const answer = await post('/issue/bulk', {
      issueUpdates: Array.from({ length: 51 }, () => ({ fields: hr })),
    });
    expect(answer.status).toBe(400);
    expect(sim.control.issues()).toEqual([]);
  });

  it('refuses an entity property over 32 KB', async () => {
    const answer = await post('/issue/bulk', {
      issueUpdates: [{ fields: hr, properties: [{ key: 'big', value: 'x'.repeat(32_800) }] }],
    });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('exceeds the maximum length of 32768 characters');
  });
});

describe('PUT /issue/{key} validation', () => {
  beforeEach(async () => {
    await post('/issue', { fields: hr });
  });

  it.each([
    ['clearing the summary', { summary: '' }, { summary: 'You must specify a summary of the issue.' }],
    ['a bad option', { customfield_10050: { id: '0' } }, { customfield_10050: "Option id '0' is not valid" }],
    [
      'moving project',
      { project: { key: 'IT' } },
      { project: "Field 'project' cannot be set. It is not on the appropriate screen, or unknown." },
    ],
    [
      'an unknown field',
      { foo: 1 },
      { foo: "Field 'foo' cannot be set. It is not on the appropriate screen, or unknown." },
    ],
  ])('answers 400 for %s', async (_name, fields, errors) => {
    const answer = await put('/issue/HR-1', { fields });
    expect(answer).toEqual(expect.objectContaining({ status: 400, body: { errorMessages: [], errors } }));
  });

  it('answers 204, clears fields with null and accepts notifyUsers=false', async () => {
    await put('/issue/HR-1', { fields: { duedate: '2026-12-01', labels: ['a'] } });
    const answer = await put('/issue/HR-1?notifyUsers=false', { fields: { duedate: null, labels: [] } });
    expect(answer.status).toBe(204);
    expect(sim.control.issue('HR-1')?.fields).toEqual(expect.objectContaining({ duedate: null, labels: [] }));
  });

  it('answers 404 with Jira’s message for an unknown issue', async () => {
    const answer = await rawJira(sim.url, 'GET', '/rest/api/3/issue/HR-999');
    expect(answer).toEqual(
      expect.objectContaining({
        status: 404,
        body: {
          errorMessages: ['Issue does not exist or you do not have permission to see it.'],
          errors: {},
        },
      }),
    );
  });
});
