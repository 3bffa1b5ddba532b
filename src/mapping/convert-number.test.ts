import { toNumber } from './convert-number';

describe('toNumber', () => {
  it.each<[string, number]>([
    ['12', 12],
    [' -3.5 ', -3.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['+7.', 7],
  ])('reads %j as %d', (value, expected) => {
    expect(toNumber(value, 'Budget')).toEqual({ kind: 'set', value: expected });
  });

  it.each<string>(['twelve', '1,5', '12abc', '0x10', 'Infinity', '1e999', '--1'])('refuses %j', (value) => {
    expect(toNumber(value, 'Budget')).toEqual({
      kind: 'problem',
      message: `Budget: ${JSON.stringify(value)} is not a number; use digits with an optional "." such as 12.5`,
    });
  });
});
