import type { RunProgress } from '../../../../src/config/records';
import { runRecord, statusAnswer } from '../test-support/run-fixtures';
import { maxSilentPolls, nextWatch, progressFraction, progressText, watchFromStatus } from './run-watch';

const progress = (
  processed: number,
  total: number,
  phase: RunProgress['phase'] = 'applying',
): RunProgress => ({
  runId: 'r1',
  phase,
  processed,
  total,
  updatedAt: '2026-03-01T10:00:00Z',
});
const run = (runId: string) => runRecord({ runId, counts: { seen: 5, created: 1, unchanged: 4 } });
const status = statusAnswer;
const running = { phase: 'running', runId: 'r1', progress: null, silentPolls: 0 } as const;

describe('following a run', () => {
  test('a page opened during a run starts following it', () => {
    expect(watchFromStatus(status({ progress: progress(1, 4) }))).toMatchObject({
      phase: 'running',
      runId: 'r1',
    });
    expect(watchFromStatus(status({}))).toEqual({ phase: 'idle' });
  });

  test('progress keeps it running; its end with our run as the last run finishes it', () => {
    expect(nextWatch(running, status({ progress: progress(2, 4) }))).toMatchObject({
      phase: 'running',
      progress: { processed: 2 },
    });
    expect(nextWatch(running, status({ lastRun: run('r1') }))).toEqual({ phase: 'finished', run: run('r1') });
  });

  test('an older last run does not finish it; silence long enough gives up', () => {
    expect(nextWatch(running, status({ lastRun: run('r0') }))).toMatchObject({
      phase: 'running',
      silentPolls: 1,
    });
    const almost = { ...running, silentPolls: maxSilentPolls - 1 };
    expect(nextWatch(almost, status({ lastRun: run('r0') }))).toEqual({ phase: 'unreported', runId: 'r1' });
  });

  test.each([
    [null, 'Waiting for the run to report…', null],
    [progress(0, 0, 'listing'), 'Reading tasks from PeopleForce…', null],
    [progress(0, 0, 'planning'), 'Planning…', null],
    [progress(12, 40), '12 of 40 tasks', 0.3],
    [progress(41, 40), '41 of 40 tasks', 1],
  ])('progress %j reads %p', (given, text, fraction) => {
    expect(progressText(given)).toBe(text);
    expect(progressFraction(given)).toBe(fraction);
  });
});
