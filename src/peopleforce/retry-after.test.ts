import { parseRetryAfter } from './retry-after';

const now = new Date('2026-03-02T09:00:00.000Z');

describe('parseRetryAfter', () => {
  it.each([
    ['delta seconds', '2', 2],
    ['delta seconds with spaces', ' 30 ', 30],
    ['fractional seconds, rounded up', '1.2', 2],
    ['zero', '0', 0],
    ['an HTTP date in the future', 'Mon, 02 Mar 2026 09:00:05 GMT', 5],
    ['an HTTP date in the past', 'Mon, 02 Mar 2026 08:59:00 GMT', 0],
    ['absent', null, null],
    ['empty', '', null],
    ['unreadable', 'soon', null],
    ['negative', '-5', null],
  ])('%s', (_case, header, seconds) => {
    expect(parseRetryAfter(header, now)).toBe(seconds);
  });
});
