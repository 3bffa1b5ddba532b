import { QUICK_SIZES, runBench } from './run';

/**
 * `npm run bench -- --quick` inside `npm test`: the four scenarios at N = 1,000 through the real handlers, with
 * every count held to its lower bound. Times and heap are printed by the bench, never asserted here.
 */
describe('scale bench, quick (N = 1,000)', () => {
  it('meets every count target in all four scenarios', async () => {
    const results = await runBench(QUICK_SIZES, () => undefined);
    expect(results.map((r) => `${r.scenario}: ${r.outcome}`)).toEqual([
      'first sync: success',
      'no change: success',
      '1% retitled: success',
      '1% completed: success',
    ]);
    const countChecks = results.flatMap((r) =>
      r.checks
        .filter((c) => !c.name.startsWith('longest') && !c.name.startsWith('peak'))
        .map((c) => ({ scenario: r.scenario, name: c.name, ratio: c.ratio, ok: c.ok })),
    );
    expect(countChecks.length).toBeGreaterThanOrEqual(15);
    expect(countChecks.filter((c) => !c.ok)).toEqual([]);
  }, 120_000);
});
