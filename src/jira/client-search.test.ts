import { hrTask } from '../../test/fixtures/jira/issue-builders';
import { startJiraHarness, type JiraHarness } from '../../test/fixtures/jira/jira-harness';
import { JiraError } from './errors';
import { JiraHttp } from './jira-http';
import { jiraPath, withQuery } from './path';

describe('JiraClient.searchJql paging', () => {
  let harness: JiraHarness;

  beforeAll(async () => {
    harness = await startJiraHarness();
    await harness.client.bulkCreate(
      Array.from({ length: 25 }, (_, index) => hrTask(`Task ${index}`, {}, index)),
    );
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    harness.sim.control.clearRequestLog();
  });

  it('follows nextPageToken until the last page and yields each page', async () => {
    const pages: string[][] = [];
    for await (const page of harness.client.searchJql({
      jql: 'project = HR ORDER BY key ASC',
      maxResults: 10,
    })) {
      pages.push(page.map((issue) => issue.key));
    }
    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(Array.from({ length: 25 }, (_, index) => `HR-${index + 1}`));
    expect(harness.requests('POST', '/rest/api/3/search/jql')).toHaveLength(3);
  });

  it('returns the requested fields and properties of every match', async () => {
    const issues = await harness.client.searchAllJql({
      jql: 'issue.property[peopleforce-task].taskId in ("3", "4")',
      fields: ['summary'],
      properties: ['peopleforce-task'],
    });
    expect(issues.map(({ key, fields, properties }) => ({ key, fields, properties }))).toEqual([
      { key: 'HR-5', fields: { summary: 'Task 4' }, properties: { 'peopleforce-task': { taskId: '4' } } },
      { key: 'HR-4', fields: { summary: 'Task 3' }, properties: { 'peopleforce-task': { taskId: '3' } } },
    ]);
  });

  it('surfaces a JQL error as a JiraError with Jira’s message', async () => {
    await expect(harness.client.searchAllJql({ jql: 'assigneeGroup = admins' })).rejects.toThrow(
      "failed with 400: Field 'assigneeGroup' does not exist or you do not have permission to view it.",
    );
  });

  it('refuses more than 50 reconcile ids before calling Jira', async () => {
    const ids = Array.from({ length: 51 }, (_, index) => 10_000 + index);
    await expect(harness.client.searchAllJql({ jql: 'project = HR', reconcileIssues: ids })).rejects.toThrow(
      RangeError,
    );
    expect(harness.sim.control.requestLog).toHaveLength(0);
  });

  it('meets the removed /search endpoint as a 410 JiraError', async () => {
    const http = new JiraHttp({
      transport: (request) => fetch(`${harness.sim.url}${request.path}`),
      clock: harness.clock,
    });
    const error: unknown = await http
      .send('GET', withQuery(jiraPath`/rest/api/3/search`, { jql: 'project = HR' }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JiraError);
    expect((error as JiraError).status).toBe(410);
    expect((error as JiraError).message).toContain('Please migrate to the /rest/api/3/search/jql API');
  });
});

describe('JiraClient.searchJql eventual consistency', () => {
  const VISIBILITY_DELAY_MS = 5_000;
  let siteNow = Date.parse('2026-11-26T09:00:00Z');
  let harness: JiraHarness;

  beforeAll(async () => {
    harness = await startJiraHarness({
      simulator: { searchVisibilityDelayMs: VISIBILITY_DELAY_MS, now: () => siteNow },
    });
  });
  afterAll(() => harness.close());

  it('misses fresh issues until indexed, unless they are reconciled', async () => {
    const [first] = await harness.client.bulkCreate([hrTask('Fresh', {}, 901)]);
    if (!first?.ok) throw new Error('the create must succeed');
    const jql = 'peopleforceTaskId = "901"';

    await expect(harness.client.searchAllJql({ jql })).resolves.toEqual([]);
    const reconciled = await harness.client.searchAllJql({ jql, reconcileIssues: [first.id] });
    expect(reconciled.map((issue) => issue.key)).toEqual([first.key]);

    siteNow += VISIBILITY_DELAY_MS;
    const indexed = await harness.client.searchAllJql({ jql });
    expect(indexed.map((issue) => issue.key)).toEqual([first.key]);
  });

  it('matches a changed issue by its previously indexed state until the change is indexed', async () => {
    const created = await harness.client.createIssue(hrTask('Changing', {}, 902));
    siteNow += VISIBILITY_DELAY_MS;
    await harness.client.transitionIssue(created.key, '21');
    const doneJql = 'peopleforceTaskId = "902" AND statusCategory = Done';
    const openJql = 'peopleforceTaskId = "902" AND statusCategory != Done';

    await expect(harness.client.searchAllJql({ jql: doneJql })).resolves.toEqual([]);
    expect((await harness.client.searchAllJql({ jql: openJql })).map((issue) => issue.key)).toEqual([
      created.key,
    ]);
    expect(await harness.client.searchAllJql({ jql: doneJql, reconcileIssues: [created.id] })).toHaveLength(
      1,
    );

    siteNow += VISIBILITY_DELAY_MS;
    expect(await harness.client.searchAllJql({ jql: doneJql })).toHaveLength(1);
    await expect(harness.client.searchAllJql({ jql: openJql })).resolves.toEqual([]);
  });
});
