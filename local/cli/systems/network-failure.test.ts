import { describeNetworkFailure } from './network-failure';

function fetchFailure(cause: unknown): Error {
  return new TypeError('fetch failed', { cause });
}

function coded(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('describeNetworkFailure', () => {
  it.each([
    [
      fetchFailure(coded('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED')),
      'nothing is listening there (connection refused)',
    ],
    [
      fetchFailure(coded('getaddrinfo ENOTFOUND x.invalid', 'ENOTFOUND')),
      'the host name does not resolve (DNS)',
    ],
    [fetchFailure(new AggregateError([coded('a', 'EHOSTUNREACH')], 'all failed')), 'the host is unreachable'],
    [fetchFailure(coded('odd', 'EWHATEVER')), 'the connection failed (EWHATEVER)'],
    [fetchFailure(new Error('bad port')), 'the request failed (bad port)'],
    [
      Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
      'it did not answer in time',
    ],
    ['not an error', 'the request failed'],
  ])('%#: %s', (error, description) => {
    expect(describeNetworkFailure(error)).toBe(description);
  });
});
