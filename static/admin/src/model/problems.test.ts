import { conditionProblems, isAtOrBelow, mappingPaths, messagesAt, messagesExactlyAt } from './problems';

const problems = [
  { path: 'rules.1.name', message: 'a rule needs a name' },
  { path: 'rules.10.name', message: 'too long' },
  { path: 'rules.1.conditions.0.values', message: 'a condition needs a value' },
  { path: 'rules.1.conditions.0.values.0', message: 'not a valid regular expression: (' },
  { path: 'rules.1.conditions.0.caseSensitive', message: 'expected a boolean' },
  { path: 'rules.1.action.fieldMappings', message: 'duedate is mapped twice' },
  { path: 'rules.1.action.fieldMappings.customfield_10050', message: 'unknown option' },
  { path: 'rules.1.action.fieldMappings.2.source.template', message: 'a template is required' },
];

describe('problem paths', () => {
  test.each([
    ['rules.1', 'rules.1', true],
    ['rules.1.name', 'rules.1', true],
    ['rules.10.name', 'rules.1', false],
    ['rules.1', 'rules.1.name', false],
    ['rulesX', 'rules', false],
  ])('%s is at or below %s: %s', (path, prefix, expected) => {
    expect(isAtOrBelow(path, prefix)).toBe(expected);
  });

  test('a control gets the problems at and below its path, never a sibling with a longer index', () => {
    expect(messagesAt(problems, 'rules.1.name')).toEqual(['a rule needs a name']);
    expect(messagesAt(problems, 'rules.10')).toEqual(['too long']);
  });

  test('a list gets only the problems addressed to the list itself', () => {
    expect(messagesExactlyAt(problems, 'rules.1.action.fieldMappings')).toEqual(['duedate is mapped twice']);
  });

  test('a mapping is found by its position and by its Jira field id', () => {
    expect(messagesAt(problems, ...mappingPaths(1, 2, 'customfield_10050'))).toEqual([
      'unknown option',
      'a template is required',
    ]);
    expect(mappingPaths(1, 0, '')).toEqual(['rules.1.action.fieldMappings.0']);
  });

  test('a condition splits its problems by control, the rest going to the condition as a whole', () => {
    expect(conditionProblems(problems, 1, 0)).toEqual({
      field: [],
      operator: [],
      values: ['a condition needs a value', 'not a valid regular expression: ('],
      other: ['expected a boolean'],
    });
  });
});
