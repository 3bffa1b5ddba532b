import type { Condition, Rule } from '../../../../src/config/schema';
import { move, newRule, nextRuleId, parseValueList, removeAt, replaceAt, withOperator } from './rule-list';

const rule = (id: string): Rule => ({
  id,
  name: id,
  enabled: true,
  conditions: [],
  action: { type: 'drop' },
});

describe('rule list edits', () => {
  test.each([
    [['a', 'b', 'c'], 0, 1, ['b', 'a', 'c']],
    [['a', 'b', 'c'], 2, -1, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 0, -1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 2, 1, ['a', 'b', 'c']],
  ] as const)('move(%j, %i, %i) gives %j', (items, index, delta, expected) => {
    expect(move(items, index, delta)).toEqual(expected);
  });

  test('replaceAt and removeAt leave the input untouched', () => {
    const items = ['a', 'b', 'c'];
    expect(replaceAt(items, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeAt(items, 0)).toEqual(['b', 'c']);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  test.each([
    [[], 'rule-1'],
    [['rule-1', 'rule-2'], 'rule-3'],
    [['rule-2', 'imported-id'], 'rule-1'],
  ])('with ids %j the next rule id is %s', (ids, expected) => {
    expect(nextRuleId(ids.map(rule))).toBe(expected);
  });

  test('a new rule syncs to a target still to be chosen', () => {
    expect(newRule([rule('rule-1')])).toEqual({
      id: 'rule-2',
      name: 'Rule 2',
      enabled: true,
      conditions: [],
      action: { type: 'sync', projectKey: '', issueTypeId: '', fieldMappings: [] },
    });
  });

  test('switching away from "is one of" keeps only the first value; switching to it keeps all', () => {
    const oneOf: Condition = { field: 'type', operator: 'oneOf', values: ['a', 'b'], caseSensitive: false };
    expect(withOperator(oneOf, 'equals').values).toEqual(['a']);
    expect(withOperator({ ...oneOf, values: [] }, 'equals').values).toEqual(['']);
    expect(withOperator({ ...oneOf, operator: 'equals', values: ['x'] }, 'oneOf').values).toEqual(['x']);
  });

  test('a value list splits on lines only, trims, and drops blank lines', () => {
    expect(parseValueList('Employee\n\n  Candidate, external \n')).toEqual([
      'Employee',
      'Candidate, external',
    ]);
  });
});
