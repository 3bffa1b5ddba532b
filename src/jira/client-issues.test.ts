import { DEFAULT_SEED_IDS } from '../../local/jira-sim';
import { adfParagraph, hrTask, itTask, taskProperty } from '../../test/fixtures/jira/issue-builders';
import { startJiraHarness, type JiraHarness } from '../../test/fixtures/jira/jira-harness';
import { JiraError, JiraNotFoundError } from './errors';

let harness: JiraHarness;

beforeAll(async () => {
  harness = await startJiraHarness();
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.sim.control.reset();
});

describe('JiraClient.bulkCreate', () => {
  it('sends chunks of 50 and returns one result per input, in input order, with per-item errors', async () => {
    const inputs = Array.from({ length: 120 }, (_, index) =>
      index % 40 === 7 ? hrTask('', {}, index) : hrTask(`Task ${index}`, {}, index),
    );
    const results = await harness.client.bulkCreate(inputs);

    expect(harness.requests('POST', '/rest/api/3/issue/bulk')).toHaveLength(3);
    expect(results).toHaveLength(120);
    const failedIndexes = results.flatMap((result, index) => (result.ok ? [] : [index]));
    expect(failedIndexes).toEqual([7, 47, 87]);
    expect(results[7]).toEqual({
      ok: false,
      status: 400,
      errors: { summary: 'You must specify a summary of the issue.' },
      errorMessages: [],
    });
    for (const [index, result] of results.entries()) {
      if (!result.ok) continue;
      expect(harness.sim.control.issue(result.key)?.fields.summary).toBe(`Task ${index}`);
      expect(harness.sim.control.issue(result.key)?.properties['peopleforce-task']).toEqual({
        taskId: String(index),
      });
    }
  });

  it('reports every item of a chunk that Jira refused entirely, without throwing', async () => {
    const results = await harness.client.bulkCreate([
      hrTask('Bad option', { customfield_10050: { id: '999' } }),
      itTask('Missing category', { customfield_10060: null }),
    ]);
    expect(results).toEqual([
      {
        ok: false,
        status: 400,
        errors: { customfield_10050: "Option id '999' is not valid" },
        errorMessages: [],
      },
      {
        ok: false,
        status: 400,
        errors: { customfield_10060: 'Request category is required.' },
        errorMessages: [],
      },
    ]);
  });

  it('returns an empty list for no input without calling Jira', async () => {
    await expect(harness.client.bulkCreate([])).resolves.toEqual([]);
    expect(harness.sim.control.requestLog).toHaveLength(0);
  });
});

describe('JiraClient.createIssue', () => {
  it('throws a JiraError naming each field in error', async () => {
    const error: unknown = await harness.client
      .createIssue(hrTask('x', { foo: 'bar', duedate: '2026-02-30', labels: ['new hire'] }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JiraError);
    const jiraError = error as JiraError;
    expect(jiraError.status).toBe(400);
    expect(Object.keys(jiraError.errors).sort()).toEqual(['duedate', 'foo', 'labels']);
    expect(jiraError.message).toContain(
      "foo: Field 'foo' cannot be set. It is not on the appropriate screen, or unknown.",
    );
    expect(jiraError.message).toContain('duedate: Error parsing date string: 2026-02-30');
    expect(jiraError.message).toContain("labels: The label 'new hire' contains spaces which is invalid.");
  });

  it('creates an issue with rich fields and returns its id and key', async () => {
    const created = await harness.client.createIssue(
      hrTask('Prepare laptop', {
        description: adfParagraph('Order a laptop'),
        assignee: { accountId: DEFAULT_SEED_IDS.hrManagerAccountId },
        customfield_10051: [{ value: 'Laptop' }, { id: '10111' }],
        customfield_10054: 2.5,
      }),
    );
    expect(created.key).toBe('HR-1');
    const stored = harness.sim.control.issue('HR-1');
    expect(stored?.fields.customfield_10051).toEqual([
      expect.objectContaining({ id: '10110', value: 'Laptop' }),
      expect.objectContaining({ id: '10111', value: 'Monitor' }),
    ]);
    expect(stored?.fields.assignee).toEqual(
      expect.objectContaining({ accountId: DEFAULT_SEED_IDS.hrManagerAccountId }),
    );
  });
});

describe('JiraClient issue reads and edits', () => {
  it('edits fields without notifying users and reads them back', async () => {
    const { key } = await harness.client.createIssue(hrTask('Old summary'));
    await harness.client.editIssue(
      key,
      { summary: 'New summary', labels: ['onboarding'] },
      { notifyUsers: false },
    );

    const edit = harness.requests('PUT', `/rest/api/3/issue/${key}`)[0];
    expect(edit?.query).toBe('?notifyUsers=false');
    const issue = await harness.client.getIssue(key, { fields: ['summary', 'labels'] });
    expect(issue?.fields).toEqual({ summary: 'New summary', labels: ['onboarding'] });
  });

  it('returns null for an issue that does not exist, and throws JiraNotFoundError when editing it', async () => {
    await expect(harness.client.getIssue('HR-404')).resolves.toBeNull();
    await expect(harness.client.editIssue('HR-404', { summary: 'x' })).rejects.toBeInstanceOf(
      JiraNotFoundError,
    );
  });

  it('reads requested properties with the issue', async () => {
    const { key } = await harness.client.createIssue(hrTask('With property', {}, 77));
    const issue = await harness.client.getIssue(key, {
      fields: ['summary'],
      properties: ['peopleforce-task'],
    });
    expect(issue).toEqual({
      id: expect.any(String) as string,
      key,
      fields: { summary: 'With property' },
      properties: { 'peopleforce-task': { taskId: '77' } },
    });
  });

  it('deletes an issue', async () => {
    const { key } = await harness.client.createIssue(hrTask('Short-lived'));
    await harness.client.deleteIssue(key);
    expect(harness.sim.control.issue(key)).toBeUndefined();
    await expect(harness.client.deleteIssue(key)).rejects.toBeInstanceOf(JiraNotFoundError);
  });

  it('adds an ADF comment', async () => {
    const { key } = await harness.client.createIssue(hrTask('Commented'));
    const comment = await harness.client.addComment(key, adfParagraph('Synced from PeopleForce'));
    expect(comment.id).toMatch(/^\d+$/);
    await expect(
      harness.client.addComment(key, { type: 'doc', version: 1, content: [{ type: 'text', text: '' }] }),
    ).rejects.toThrow(/comment: Operation value must be an Atlassian Document/);
  });
});

describe('JiraClient transitions', () => {
  it('lists the transitions available from the current status and follows one', async () => {
    const { key } = await harness.client.createIssue(itTask('Request a monitor'));
    const fromToDo = await harness.client.getTransitions(key);
    expect(fromToDo.map((transition) => transition.name)).toEqual(['Start progress', 'Resolve', 'Cancel']);
    const resolve = fromToDo.find(
      (transition) => transition.to.statusCategory.key === 'done' && transition.name === 'Resolve',
    );

    await harness.client.transitionIssue(key, resolve?.id ?? '');

    const issue = await harness.client.getIssue(key, { fields: ['status'] });
    expect(issue?.fields.status).toEqual(expect.objectContaining({ name: 'Resolved' }));
    const fromResolved = await harness.client.getTransitions(key);
    expect(fromResolved).toEqual([
      { id: '41', name: 'Reopen', to: { id: '10000', name: 'To Do', statusCategory: { key: 'new' } } },
    ]);
  });

  it('throws when the transition is not available from the current status', async () => {
    const { key } = await harness.client.createIssue(hrTask('Not started'));
    await expect(harness.client.transitionIssue(key, '41')).rejects.toThrow(
      "Jira POST /rest/api/3/issue/HR-1/transitions failed with 400: Transition id '41' is not valid for this issue.",
    );
  });
});

describe('JiraClient issue properties', () => {
  it('sets, reads, replaces and deletes a property', async () => {
    const { key } = await harness.client.createIssue(hrTask('Property holder'));
    await expect(harness.client.getIssueProperty(key, 'peopleforce-task')).resolves.toBeNull();

    await harness.client.setIssueProperty(key, 'peopleforce-task', taskProperty(5).value);
    await harness.client.setIssueProperty(key, 'peopleforce-task', { taskId: '6', version: 2 });
    await expect(harness.client.getIssueProperty(key, 'peopleforce-task')).resolves.toEqual({
      taskId: '6',
      version: 2,
    });

    await expect(harness.client.deleteIssueProperty(key, 'peopleforce-task')).resolves.toBe(true);
    await expect(harness.client.deleteIssueProperty(key, 'peopleforce-task')).resolves.toBe(false);
  });

  it('refuses a value over 32 KB with Jira’s 400', async () => {
    const { key } = await harness.client.createIssue(hrTask('Big property'));
    await expect(
      harness.client.setIssueProperty(key, 'blob', { data: 'x'.repeat(33_000) }),
    ).rejects.toMatchObject({
      status: 400,
      retryable: false,
    });
  });

  it('keeps a property key with reserved characters as one segment', async () => {
    const { key } = await harness.client.createIssue(hrTask('Odd key'));
    await harness.client.setIssueProperty(key, 'a/b?c', { ok: true });
    expect(harness.sim.control.issue(key)?.properties).toEqual({ 'a/b?c': { ok: true } });
  });
});

describe('JiraClient write accounting', () => {
  it('counts each created issue, edit, transition and property write by the app', async () => {
    await harness.client.bulkCreate([hrTask('A'), hrTask('B')]);
    await harness.client.editIssue('HR-1', { summary: 'A2' });
    await harness.client.transitionIssue('HR-1', '11');
    await harness.client.setIssueProperty('HR-2', 'k', { v: 1 });
    await harness.client.getIssue('HR-1');
    expect(harness.sim.control.writeCount()).toBe(5);
  });
});
