import type { AdoptionReport } from '../../../../src/config/records';
import {
  adoptionChartRows,
  adoptionOutcome,
  adoptionProgress,
  isAdoptionActive,
  unadoptedWarning,
} from './adoption';

function report(overrides: Partial<AdoptionReport> = {}): AdoptionReport {
  return {
    runId: 'adopt-1',
    dryRun: false,
    label: 'PeopleForce',
    propertyKey: 'pf_sync_metadata',
    phase: 'done',
    startedAt: '2026-12-04T10:00:00.000Z',
    finishedAt: '2026-12-04T10:01:00.000Z',
    total: 10,
    processed: 10,
    counts: { found: 14, adopted: 10, alreadyOurs: 0, conflicts: 2, orphans: 1, unmatched: 1, failed: 0 },
    examples: { adopted: [], alreadyOurs: [], orphans: [], unmatched: [], failed: [] },
    conflicts: [],
    message: null,
    ...overrides,
  };
}

describe('adoption model', () => {
  test.each([
    ['a running adoption', report({ phase: 'running' }), true],
    ['a continued adoption', report({ phase: 'continued' }), true],
    ['a finished adoption', report(), false],
    ['a dry run', report({ dryRun: true, phase: 'running' }), false],
    ['no report', null, false],
  ])('%s is active: %s', (_title, value, expected) => {
    expect(isAdoptionActive(value)).toBe(expected);
  });

  test('progress is unknown until the survey says how many issues need writing', () => {
    expect(adoptionProgress(report({ total: 0, processed: 0 })).fraction).toBeNull();
    expect(adoptionProgress(report({ total: 200, processed: 50 }))).toEqual({
      fraction: 0.25,
      text: '50 of 200 issues linked and marked',
    });
  });

  test('the chart calls adopted issues "would adopt" in a dry run', () => {
    expect(adoptionChartRows(report({ dryRun: true }))[0]).toEqual({
      kind: 'adopted',
      name: 'Would adopt',
      value: 10,
    });
    expect(adoptionChartRows(report()).map((row) => row.value)).toEqual([10, 0, 2, 1, 1, 0]);
  });

  test.each([
    [report(), 'success', 'Adoption finished'],
    [report({ dryRun: true }), 'information', 'Dry run: nothing was written'],
    [report({ counts: { ...report().counts, failed: 3 } }), 'warning', 'Adopted, with issues to finish'],
    [report({ phase: 'failed', message: 'Jira answered 500' }), 'error', 'The adoption stopped'],
    [report({ phase: 'locked', message: 'a sync holds the lock' }), 'warning', 'A sync was running'],
  ] as const)('outcome %#: %s "%s"', (value, appearance, title) => {
    expect(adoptionOutcome(value)).toMatchObject({ appearance, title });
  });

  test('the outcome says how many issues are left alone', () => {
    expect(adoptionOutcome(report()).body).toContain('4 are left alone');
  });

  test('the first-sync warning names the count and the label, and is absent when nothing is waiting', () => {
    expect(unadoptedWarning(null)).toBeNull();
    expect(unadoptedWarning({ label: 'PeopleForce', count: 0, more: false })).toBeNull();
    expect(unadoptedWarning({ label: 'PeopleForce', count: 100, more: true })).toMatch(
      /^100\+ issues labelled "PeopleForce" .* second issue\.$/,
    );
  });
});
