import { RemoteFaults } from './remote-faults';

describe('RemoteFaults', () => {
  it('answers for the remote its rule covers, with Retry-After when given, and tallies every request', async () => {
    const faults = new RemoteFaults();
    let calls = 0;
    faults.set('jira', () => (++calls % 2 === 1 ? { status: 429, retryAfter: '2' } : undefined));
    const first = faults.answerFor({ remote: 'jira', method: 'GET', path: '/rest/api/3/myself' });
    const second = faults.answerFor({ remote: 'jira', method: 'GET', path: '/rest/api/3/myself' });
    const other = faults.answerFor({ remote: 'app.peopleforce.io', method: 'GET', path: '/tasks' });

    expect(first?.status).toBe(429);
    expect(first?.headers.get('retry-after')).toBe('2');
    expect(await first?.json()).toEqual({
      message: 'Rate limit exceeded',
      errorMessages: ['Rate limit exceeded'],
    });
    expect(second).toBeUndefined();
    expect(other).toBeUndefined();
    const tally = faults.tally('jira');
    expect(tally).toMatchObject({ requests: 2, injected: 1, byStatus: { 429: 1 } });
    expect(tally.log.map((entry) => entry.injected)).toEqual([429, null]);
    expect(faults.tally('app.peopleforce.io')).toMatchObject({ requests: 1, injected: 0 });
  });

  it('stops answering once its rule is removed', () => {
    const faults = new RemoteFaults();
    faults.set('jira', () => ({ status: 503 }));
    expect(faults.answerFor({ remote: 'jira', method: 'PUT', path: '/x' })?.status).toBe(503);
    faults.set('jira', undefined);
    expect(faults.answerFor({ remote: 'jira', method: 'PUT', path: '/x' })).toBeUndefined();
  });
});
