import { rawJira } from '../../../test/fixtures/jira/raw-request';
import { startJiraSimulator, type JiraSimulator } from '../server';

describe('jira-sim: POST /issue/properties/multi', () => {
  let sim: JiraSimulator;
  let issueIds: number[];

  beforeAll(async () => {
    sim = await startJiraSimulator();
    issueIds = [1, 2].map((n) =>
      Number(
        sim.control.createIssue({ project: { key: 'HR' }, issuetype: { id: '10001' }, summary: `S${n}` }).id,
      ),
    );
  });
  afterAll(() => sim.close());

  const post = (body: unknown) =>
    rawJira(sim.url, 'POST', '/rest/api/3/issue/properties/multi', {
      body,
      headers: { 'x-local-actor': 'app' },
    });

  it('answers 303 to a finished task, and the task says which issues failed', async () => {
    const response = await fetch(`${sim.url}/rest/api/3/issue/properties/multi`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/json', 'x-local-actor': 'app' },
      body: JSON.stringify({
        issues: [
          { issueID: issueIds[0], properties: { mine: { n: 1 } } },
          { issueID: 999_999, properties: { mine: { n: 2 } } },
        ],
      }),
    });
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/\/rest\/api\/3\/task\/\d+$/);
    const task = await rawJira(sim.url, 'GET', new URL(location).pathname);
    expect(task.body).toMatchObject({
      status: 'COMPLETE',
      result: { updated: 1, failedIssueIds: [999_999] },
    });
    expect(sim.control.issue(String(issueIds[0]))!.properties.mine).toEqual({ n: 1 });
  });

  it.each([
    ['no issues', { issues: [] }, "'issues' must not be empty."],
    [
      'more than 100 issues',
      { issues: Array.from({ length: 101 }, () => ({ issueID: 1, properties: { a: 1 } })) },
      'At most 100 issues can be updated in one request.',
    ],
  ])('refuses %s with 400', async (_title, body, message) => {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ errorMessages: [message] });
  });

  it('answers 404 for a task it never started', async () => {
    expect((await rawJira(sim.url, 'GET', '/rest/api/3/task/1')).status).toBe(404);
  });
});
