import { hrTask } from '../../test/fixtures/jira/issue-builders';
import { startJiraHarness, type JiraHarness } from '../../test/fixtures/jira/jira-harness';
import { JiraError } from './errors';

describe('JiraClient.setIssueProperties', () => {
  let harness: JiraHarness;
  let issueIds: string[];

  beforeAll(async () => {
    harness = await startJiraHarness();
    const created = await harness.client.bulkCreate(
      Array.from({ length: 30 }, (_, index) => hrTask(`Task ${index}`, {}, 1000 + index)),
    );
    issueIds = created.map((result) => (result.ok ? result.id : ''));
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    harness.sim.control.clearRequestLog();
  });

  it('sets each issue its own values, 100 issues per request, and follows the task to its end', async () => {
    const updates = [...issueIds, ...issueIds, ...issueIds, ...issueIds].slice(0, 120).map((issueId, n) => ({
      issueId,
      properties: { 'adopted-from': { order: n } },
    }));
    await harness.client.setIssueProperties(updates);
    expect(harness.requests('POST', '/rest/api/3/issue/properties/multi')).toHaveLength(2);
    const first = harness.sim.control.issue(issueIds[0]!)!;
    // Item n goes to issue n mod 30: issue 0 last gets item 90 (first request), issue 29 item 119 (second).
    expect(first.properties['adopted-from']).toEqual({ order: 90 });
    expect(harness.sim.control.issue(issueIds[29]!)!.properties['adopted-from']).toEqual({ order: 119 });
  });

  it('leaves an issue Jira refuses untouched while the request as a whole succeeds (non-transactional)', async () => {
    const properties = Object.fromEntries(Array.from({ length: 11 }, (_, n) => [`p${n}`, { n }]));
    await harness.client.setIssueProperties([{ issueId: issueIds[0]!, properties }]);
    expect(harness.sim.control.issue(issueIds[0]!)!.properties.p0).toBeUndefined();
  });

  it('sends nothing for no updates, and throws JiraError when Jira rejects the request', async () => {
    await expect(harness.client.setIssueProperties([])).resolves.toBeUndefined();
    expect(harness.requests('POST', '/rest/api/3/issue/properties/multi')).toHaveLength(0);
    const error = await harness.client
      .setIssueProperties([{ issueId: 'not-a-number', properties: { a: { b: 1 } } }])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JiraError);
  });
});
