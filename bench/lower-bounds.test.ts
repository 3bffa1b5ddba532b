import { bulkCreateLowerBound, pagesFor, peopleforceLowerBound, ratio } from './lower-bounds';

const task = (id: number, completed: boolean) => ({ id, completed });

describe('bench lower bounds', () => {
  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [15_000, 300],
  ])('%i records take %i pages', (records, pages) => {
    expect(pagesFor(records)).toBe(pages);
  });

  it('reads every open page and the completed pages down to the page past the target', () => {
    const open = Array.from({ length: 120 }, (_, i) => task(1000 + i, false));
    const completed = Array.from({ length: 100 }, (_, i) => task(i + 1, true));
    // 49 completed tasks have ids >= 52: with the one below it they fill exactly one page.
    expect(peopleforceLowerBound([...open, ...completed], 52)).toBe(3 + 1);
    expect(peopleforceLowerBound([...open, ...completed], 51)).toBe(3 + 2);
  });

  it('needs one bulk create per 50 issues of each target', () => {
    expect(
      bulkCreateLowerBound(
        new Map([
          ['HR/1', 120],
          ['IT/3', 50],
          ['IT/4', 0],
        ]),
      ),
    ).toBe(3 + 1);
  });

  it('reports zero of zero as on target and anything over zero as unbounded', () => {
    expect(ratio(0, 0)).toBe(1);
    expect(ratio(3, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(ratio(101, 100)).toBe(1.01);
  });
});
