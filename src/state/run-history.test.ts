import { emptyCounts, type RunRecord } from '../config/records';
import { lastSuccessfulPollAt } from './run-history';

const run = (overrides: Partial<RunRecord>): RunRecord => ({
  runId: 'run-1',
  trigger: 'schedule',
  startedAt: '2026-03-02T09:00:00.000Z',
  finishedAt: '2026-03-02T09:01:00.000Z',
  outcome: 'success',
  counts: emptyCounts(),
  durationMs: 60_000,
  message: null,
  actions: [],
  ...overrides,
});

describe('lastSuccessfulPollAt', () => {
  it.each([
    ['no history: the cursor stamp', [], '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
    [
      'a newer successful poll wins over the cursor',
      [run({})],
      '2026-03-01T00:00:00.000Z',
      '2026-03-02T09:01:00.000Z',
    ],
    [
      'a newer cursor stamp wins over an older poll',
      [run({})],
      '2026-03-03T00:00:00.000Z',
      '2026-03-03T00:00:00.000Z',
    ],
    ['a failed poll does not count', [run({ outcome: 'failed' })], null, null],
    ['Jira → PeopleForce lines do not count', [run({ trigger: 'event' })], null, null],
    [
      'the newest successful poll, below a failed one',
      [run({ outcome: 'failed', finishedAt: '2026-03-02T10:00:00.000Z' }), run({ outcome: 'partial' })],
      null,
      '2026-03-02T09:01:00.000Z',
    ],
  ])('%s', (_title, history: RunRecord[], cursorStamp: string | null, expected: string | null) => {
    expect(lastSuccessfulPollAt(history, cursorStamp)).toBe(expected);
  });
});
