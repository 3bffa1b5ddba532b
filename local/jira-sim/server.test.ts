import { hrTask } from '../../test/fixtures/jira/issue-builders';
import { rawJira } from '../../test/fixtures/jira/raw-request';
import { DEFAULT_SEED_IDS } from './default-seed';
import { startJiraSimulator, type JiraSimulator } from './server';

describe('the simulator server', () => {
  let sim: JiraSimulator;

  beforeAll(async () => {
    sim = await startJiraSimulator();
  });
  afterAll(() => sim.close());
  beforeEach(() => {
    sim.control.reset();
  });

  it('listens on 127.0.0.1 on a random port', () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers injected failures with their status and Retry-After, then recovers', async () => {
    sim.control.failNext(2, { status: 429, retryAfter: 7 });
    const first = await rawJira(sim.url, 'GET', '/rest/api/3/myself');
    const second = await rawJira(sim.url, 'GET', '/rest/api/3/myself');
    const third = await rawJira(sim.url, 'GET', '/rest/api/3/myself');
    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers.get('retry-after')).toBe('7');
  });

  it('answers 404 for unknown routes and 405 for a known path with the wrong method', async () => {
    expect((await rawJira(sim.url, 'GET', '/rest/api/3/dashboard')).status).toBe(404);
    expect((await rawJira(sim.url, 'GET', '/rest/api/2/myself')).status).toBe(404);
    expect((await rawJira(sim.url, 'PATCH', '/rest/api/3/issue/HR-1', { body: {} })).status).toBe(405);
  });

  it('logs each request with its path, query, status and actor', async () => {
    await rawJira(sim.url, 'GET', '/rest/api/3/project/search?maxResults=1', {
      headers: { 'x-local-actor': 'user' },
    });
    expect(sim.control.requestLog).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/rest/api/3/project/search',
        query: '?maxResults=1',
        status: 200,
        actor: 'user',
        accountId: DEFAULT_SEED_IDS.adminAccountId,
      }),
    ]);
  });

  it('refuses an unknown x-local-account-id', async () => {
    const answer = await rawJira(sim.url, 'GET', '/rest/api/3/myself', {
      headers: { 'x-local-actor': 'user', 'x-local-account-id': 'nobody' },
    });
    expect(answer.status).toBe(401);
  });

  it('answers mypermissions for the calling user', async () => {
    const asAdmin = await rawJira(sim.url, 'GET', '/rest/api/3/mypermissions?permissions=ADMINISTER', {
      headers: { 'x-local-actor': 'user' },
    });
    expect(asAdmin.body).toEqual({
      permissions: { ADMINISTER: expect.objectContaining({ havePermission: true }) as unknown },
    });
    expect((await rawJira(sim.url, 'GET', '/rest/api/3/mypermissions')).status).toBe(400);
  });

  it('waits the configured latency before answering', async () => {
    sim.control.setLatency(60);
    const started = Date.now();
    await rawJira(sim.url, 'GET', '/rest/api/3/myself');
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});

describe('the simulator’s search endpoints', () => {
  let sim: JiraSimulator;
  const search = (query: string) => rawJira(sim.url, 'GET', `/rest/api/3/search/jql?${query}`);

  beforeAll(async () => {
    sim = await startJiraSimulator();
    for (let index = 0; index < 3; index += 1) {
      await rawJira(sim.url, 'POST', '/rest/api/3/issue', {
        body: hrTask(`Task ${index}`, { labels: ['pf'] }, index),
      });
    }
  });
  afterAll(() => sim.close());

  it('answers the removed /search with 410 and Jira’s migration message', async () => {
    for (const method of ['GET', 'POST']) {
      const answer = await rawJira(
        sim.url,
        method,
        '/rest/api/3/search?jql=project%3DHR',
        method === 'POST' ? { body: { jql: 'project = HR' } } : {},
      );
      expect(answer.status).toBe(410);
      expect(answer.body).toEqual({
        errorMessages: [
          expect.stringContaining(
            'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.',
          ),
        ],
        errors: {},
      });
    }
  });

  it('refuses unbounded queries', async () => {
    const answer = await search('jql=ORDER%20BY%20created');
    expect(answer).toEqual(
      expect.objectContaining({
        status: 400,
        body: {
          errorMessages: [
            'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
          ],
          errors: {},
        },
      }),
    );
  });

  it('pages GET searches with a token and returns id and key without fields by default', async () => {
    const first = await search('jql=labels%3Dpf%20ORDER%20BY%20key&maxResults=2');
    const firstBody = first.body as {
      issues: Array<Record<string, unknown>>;
      nextPageToken: string;
      isLast: boolean;
    };
    expect(firstBody.isLast).toBe(false);
    expect(firstBody.issues.map((issue) => [issue.key, issue.fields])).toEqual([
      ['HR-1', {}],
      ['HR-2', {}],
    ]);
    const second = await search(
      `jql=labels%3Dpf%20ORDER%20BY%20key&maxResults=2&nextPageToken=${firstBody.nextPageToken}&fields=summary`,
    );
    expect(second.body).toEqual({
      issues: [expect.objectContaining({ key: 'HR-3', fields: { summary: 'Task 2' } })],
      isLast: true,
    });
  });

  it('refuses a page token from another query or a forged one', async () => {
    const first = await search('jql=project%3DHR&maxResults=1');
    const token = (first.body as { nextPageToken: string }).nextPageToken;
    expect((await search(`jql=project%3DIT&nextPageToken=${token}`)).status).toBe(400);
    expect((await search('jql=project%3DHR&nextPageToken=garbage')).status).toBe(400);
  });

  it('caps maxResults at 100', async () => {
    const answer = await rawJira(sim.url, 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = HR', maxResults: 5000 },
    });
    expect((answer.body as { issues: unknown[] }).issues).toHaveLength(3);
    expect((answer.body as { isLast: boolean }).isLast).toBe(true);
  });

  it('logs the JQL of every search, from the query or the body', async () => {
    sim.control.clearRequestLog();
    await search('jql=project%3DIT');
    await rawJira(sim.url, 'POST', '/rest/api/3/search/jql', { body: { jql: 'project = HR' } });
    await rawJira(sim.url, 'GET', '/rest/api/3/myself');
    expect(sim.control.requestLog.map((entry) => entry.jql)).toEqual([
      'project=IT',
      'project = HR',
      undefined,
    ]);
  });

  it('rejects a malformed search body', async () => {
    const answer = await rawJira(sim.url, 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'project = HR', reconcileIssues: ['HR-1'] },
    });
    expect(answer.status).toBe(400);
  });
});

describe('the simulator with basic auth', () => {
  let sim: JiraSimulator;

  beforeAll(async () => {
    sim = await startJiraSimulator({ email: 'bot@example.com', apiToken: 'secret-token' });
  });
  afterAll(() => sim.close());

  it('answers 401 without credentials or with wrong ones, and 200 with the right ones', async () => {
    const basic = (credentials: string) => ({
      Authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
    });
    expect((await rawJira(sim.url, 'GET', '/rest/api/3/myself')).status).toBe(401);
    expect(
      (await rawJira(sim.url, 'GET', '/rest/api/3/myself', { headers: basic('bot@example.com:wrong') }))
        .status,
    ).toBe(401);
    expect(
      (
        await rawJira(sim.url, 'GET', '/rest/api/3/myself', {
          headers: basic('bot@example.com:secret-token'),
        })
      ).status,
    ).toBe(200);
  });

  it('never puts the token in an error body', async () => {
    const answer = await rawJira(sim.url, 'GET', '/rest/api/3/myself');
    expect(JSON.stringify(answer.body)).not.toContain('secret-token');
  });
});

describe('starting the simulator', () => {
  it('takes well under a second', async () => {
    const started = performance.now();
    const sim = await startJiraSimulator();
    const elapsed = performance.now() - started;
    await sim.close();
    expect(elapsed).toBeLessThan(500);
  });
});
