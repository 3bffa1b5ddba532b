import { hrTask } from '../../test/fixtures/jira/issue-builders';
import { rawJira } from '../../test/fixtures/jira/raw-request';
import { DEFAULT_SEED_IDS } from './default-seed';
import type { SimIssueEvent } from './issue-events';
import { startJiraSimulator, type JiraSimulator } from './server';

let sim: JiraSimulator;
let events: SimIssueEvent[];
let unsubscribe: () => void;

beforeAll(async () => {
  sim = await startJiraSimulator({ now: () => Date.parse('2026-11-26T09:00:00Z') });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.control.reset();
  events = [];
  unsubscribe = sim.control.onIssueEvent((event) => events.push(event));
});
afterEach(() => {
  unsubscribe();
});

const createAsApp = (summary: string, taskId?: number) =>
  rawJira(sim.url, 'POST', '/rest/api/3/issue', { body: hrTask(summary, {}, taskId) });

describe('product events', () => {
  it('announces an app create as avi:jira:created:issue by the app account', async () => {
    await createAsApp('Created by app');
    expect(events).toEqual([
      expect.objectContaining({
        eventType: 'avi:jira:created:issue',
        actor: 'app',
        atlassianId: DEFAULT_SEED_IDS.appAccountId,
        timestamp: Date.parse('2026-11-26T09:00:00Z'),
        issue: expect.objectContaining({
          key: 'HR-1',
          fields: expect.objectContaining({ summary: 'Created by app' }) as unknown,
        }) as unknown,
      }),
    ]);
  });

  it('announces a user’s transition with the status change in the changelog', async () => {
    await createAsApp('Work');
    sim.control.transitionIssue('HR-1', 'Done', DEFAULT_SEED_IDS.hrManagerAccountId);
    const update = events.at(-1);
    expect(update).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      actor: 'user',
      atlassianId: DEFAULT_SEED_IDS.hrManagerAccountId,
    });
    expect(update?.changelog?.items).toEqual([
      {
        field: 'status',
        fieldtype: 'jira',
        fieldId: 'status',
        from: '10000',
        fromString: 'To Do',
        to: '10001',
        toString: 'Done',
      },
      {
        field: 'resolution',
        fieldtype: 'jira',
        fieldId: 'resolution',
        from: null,
        fromString: null,
        to: '10000',
        toString: 'Done',
      },
    ]);
    expect(update?.issue.fields.status).toEqual(expect.objectContaining({ name: 'Done' }));
  });

  it('attributes HTTP changes to the user named by x-local-actor and x-local-account-id', async () => {
    await createAsApp('Edited by a person');
    const headers = { 'x-local-actor': 'user', 'x-local-account-id': DEFAULT_SEED_IDS.itSupportAccountId };
    await rawJira(sim.url, 'PUT', '/rest/api/3/issue/HR-1', {
      body: { fields: { customfield_10050: { value: 'Finance' } } },
      headers,
    });
    expect(events.at(-1)).toMatchObject({
      actor: 'user',
      atlassianId: DEFAULT_SEED_IDS.itSupportAccountId,
      changelog: {
        items: [
          expect.objectContaining({
            field: 'Department',
            fieldtype: 'custom',
            to: '10102',
            toString: 'Finance',
          }),
        ],
      },
    });
    expect(sim.control.writeCount()).toBe(1);
  });

  it('sends no update event for an edit that changes nothing', async () => {
    await createAsApp('Same');
    await rawJira(sim.url, 'PUT', '/rest/api/3/issue/HR-1', { body: { fields: { summary: 'Same' } } });
    expect(events.map((event) => event.eventType)).toEqual(['avi:jira:created:issue']);
  });

  it('announces a delete with the issue’s last fields', async () => {
    await createAsApp('Doomed');
    sim.control.deleteIssue('HR-1');
    expect(events.at(-1)).toMatchObject({
      eventType: 'avi:jira:deleted:issue',
      actor: 'user',
      issue: { key: 'HR-1' },
    });
  });
});

describe('control', () => {
  it('finds an issue by its task property and lists all issues with properties', async () => {
    await createAsApp('Task 5', 5);
    await createAsApp('Task 6', 6);
    expect(sim.control.issueByProperty('6')?.key).toBe('HR-2');
    expect(sim.control.issueByProperty('7')).toBeUndefined();
    expect(sim.control.issues().map((issue) => issue.properties)).toEqual([
      { 'peopleforce-task': { taskId: '5' } },
      { 'peopleforce-task': { taskId: '6' } },
    ]);
  });

  it('refuses a transition to a status the workflow cannot reach from here', async () => {
    await createAsApp('Fresh');
    expect(() => {
      sim.control.transitionIssue('HR-1', 'To Do');
    }).toThrow("HR-1 cannot move to 'To Do' from 'To Do'; available: In Progress, Done, Cancelled");
  });

  it('creates and edits as a user without counting app writes', () => {
    const { key } = sim.control.createIssue({
      project: { key: 'HR' },
      issuetype: { name: 'Task' },
      summary: 'By hand',
    });
    sim.control.editIssue(key, { labels: ['manual'] });
    sim.control.setIssueProperty(key, 'note', { by: 'user' });
    expect(sim.control.writeCount()).toBe(0);
    expect(events.every((event) => event.actor === 'user')).toBe(true);
  });

  it('counts only writes by the app', async () => {
    await createAsApp('Counted');
    await rawJira(sim.url, 'POST', '/rest/api/3/issue/HR-1/transitions', {
      body: { transition: { id: '11' } },
    });
    await rawJira(sim.url, 'PUT', '/rest/api/3/issue/HR-1/properties/x', { body: { a: 1 } });
    await rawJira(sim.url, 'GET', '/rest/api/3/issue/HR-1');
    expect(sim.control.writeCount()).toBe(3);
  });

  it('adds users that user search and assignment then accept', async () => {
    sim.control.addUser({ accountId: 'new-hire', emailAddress: 'new.hire@acme.io', displayName: 'New Hire' });
    const found = await rawJira(sim.url, 'GET', '/rest/api/3/user/search?query=new.hire%40acme.io');
    expect(found.body).toEqual([
      expect.objectContaining({ accountId: 'new-hire', emailAddress: 'new.hire@acme.io', active: true }),
    ]);
    const created = await rawJira(sim.url, 'POST', '/rest/api/3/issue', {
      body: hrTask('Assigned', { assignee: { accountId: 'new-hire' } }),
    });
    expect(created.status).toBe(201);
  });

  it('forgets issues, users, failures and the request log on reset, and numbers keys from 1 again', async () => {
    sim.control.addUser({ accountId: 'temp', emailAddress: 'temp@example.com', displayName: 'Temp' });
    await createAsApp('Before reset');
    sim.control.failNext(3, { status: 503 });
    sim.control.reset();
    expect(sim.control.issues()).toEqual([]);
    expect(sim.control.requestLog).toEqual([]);
    expect((await createAsApp('After reset')).body).toEqual(expect.objectContaining({ key: 'HR-1' }));
    expect((await rawJira(sim.url, 'GET', '/rest/api/3/user?accountId=temp')).status).toBe(404);
  });
});
