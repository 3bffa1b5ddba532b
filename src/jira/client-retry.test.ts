import { hrTask } from '../../test/fixtures/jira/issue-builders';
import { startJiraHarness, type JiraHarness } from '../../test/fixtures/jira/jira-harness';
import { JiraClient } from './client';
import { JiraError } from './errors';

let harness: JiraHarness;

beforeAll(async () => {
  harness = await startJiraHarness({ client: { maxRetries: 3, maxWaitMs: 10_000 } });
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.sim.control.reset();
  harness.clock.slept.length = 0;
  harness.clock.remaining = 300_000;
});

describe('JiraClient retries', () => {
  it('waits out a 429 for Retry-After, then succeeds', async () => {
    harness.sim.control.failNext(1, { status: 429, retryAfter: 2 });
    const created = await harness.client.createIssue(hrTask('After throttling'));

    expect(created.key).toBe('HR-1');
    expect(harness.clock.slept).toHaveLength(1);
    expect(harness.clock.slept[0]).toBeGreaterThanOrEqual(2_000);
    expect(harness.clock.slept[0]).toBeLessThanOrEqual(2_400);
    expect(harness.log.events('jira.retry')).toEqual([
      expect.objectContaining({
        level: 'warn',
        fields: expect.objectContaining({ status: 429, retry: 1 }) as unknown,
      }),
    ]);
  });

  it('retries 503 with exponential backoff when no hint is given', async () => {
    harness.sim.control.failNext(2, { status: 503 });
    await expect(harness.client.listProjects()).resolves.toHaveLength(2);
    expect(harness.clock.slept).toEqual([750, 1_500]);
  });

  it('throws with retryAfterSeconds, without sleeping, when Jira asks for more than maxWaitMs', async () => {
    harness.sim.control.failNext(1, { status: 429, retryAfter: 60 });
    const error: unknown = await harness.client.getMyself().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(JiraError);
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterSeconds: 60 });
    expect(harness.clock.slept).toEqual([]);
  });

  it('throws rather than wait past the invocation’s remaining time', async () => {
    harness.clock.remaining = 6_000;
    harness.sim.control.failNext(1, { status: 429, retryAfter: 3 });
    await expect(harness.client.getMyself()).rejects.toMatchObject({ status: 429, retryAfterSeconds: 3 });
    expect(harness.clock.slept).toEqual([]);
  });

  it('gives up after maxRetries and reports the last answer', async () => {
    harness.sim.control.failNext(4, { status: 503, retryAfter: 1 });
    await expect(harness.client.getMyself()).rejects.toMatchObject({ status: 503, retryAfterSeconds: 1 });
    expect(harness.clock.slept).toHaveLength(3);
    expect(harness.log.events('jira.retry_abandoned').length).toBeGreaterThan(0);
  });

  it('does not retry other errors', async () => {
    harness.sim.control.failNext(1, { status: 500 });
    await expect(harness.client.getMyself()).rejects.toMatchObject({ status: 500, retryable: true });
    expect(harness.clock.slept).toEqual([]);
    expect(harness.sim.control.requestLog).toHaveLength(1);
  });

  it('wraps a transport failure in a JiraError with status 0', async () => {
    const client = new JiraClient({
      transport: () => Promise.reject(new Error('socket hang up')),
      clock: harness.clock,
    });
    await expect(client.getMyself()).rejects.toMatchObject({
      status: 0,
      retryable: true,
      message: expect.stringContaining('socket hang up') as unknown,
    });
  });

  it('never logs query strings, which may carry emails', async () => {
    await harness.client.findUserByEmail('hanna.hr@example.com');
    const logged = JSON.stringify(harness.log.lines);
    expect(logged).not.toContain('hanna');
    expect(harness.log.events('jira.request').at(-1)?.fields.path).toBe('/rest/api/3/user/search');
  });
});
