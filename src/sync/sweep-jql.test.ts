import fc from 'fast-check';
import { sweepJql } from './sweep';

/** The sweep's JQL has one variable part, a number of minutes; nothing stored can change its shape. */
const SHAPE =
  /^peopleforceTaskId IS NOT EMPTY AND statusCategory (=|!=) Done( AND updated >= "-\d+m")? ORDER BY updated ASC$/;
const now = new Date('2026-05-01T12:00:00Z');

describe('sweepJql', () => {
  it('looks back from the last sweep, with an overlap, in whole minutes', () => {
    expect(sweepJql(true, '2026-05-01T11:00:00Z', now)).toMatch(
      /^peopleforceTaskId IS NOT EMPTY AND statusCategory = Done AND updated >= "-\d+m" ORDER BY updated ASC$/,
    );
    expect(sweepJql(false, null, now)).toBe(
      'peopleforceTaskId IS NOT EMPTY AND statusCategory != Done ORDER BY updated ASC',
    );
  });

  it('keeps its shape whatever the stored watermark holds, quotes and JQL included', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.oneof(
          fc.string(),
          fc.constant('") OR project = SECRET OR ("'),
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        ),
        (done, since) => {
          expect(sweepJql(done, since, now)).toMatch(SHAPE);
        },
      ),
      { numRuns: 500 },
    );
  });
});
