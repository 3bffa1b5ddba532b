import { ConditionSchema, type Condition } from '../config/schema';
import { compileCondition, REGEX_INPUT_LIMIT } from './condition-predicate';

function condition(operator: Condition['operator'], values: string[], caseSensitive = false): Condition {
  return ConditionSchema.parse({ field: 'title', operator, values, caseSensitive });
}

describe('compileCondition', () => {
  it.each<[string, Condition, string | null, boolean]>([
    ['equals ignores case by default', condition('equals', ['Onboarding']), 'ONBOARDING', true],
    ['equals respects case when asked', condition('equals', ['Onboarding'], true), 'onboarding', false],
    ['equals needs the whole value', condition('equals', ['Onboard']), 'Onboarding', false],
    ['contains finds a substring', condition('contains', ['laptop']), 'Prepare LAPTOP now', true],
    ['contains misses an absent substring', condition('contains', ['phone']), 'Prepare laptop', false],
    ['startsWith matches a prefix', condition('startsWith', ['prep']), 'Prepare laptop', true],
    ['startsWith ignores a later match', condition('startsWith', ['laptop']), 'Prepare laptop', false],
    ['oneOf matches any listed value', condition('oneOf', ['Employee', 'Candidate']), 'candidate', true],
    ['oneOf misses an unlisted value', condition('oneOf', ['Employee']), 'Candidate', false],
    ['regex matches', condition('regex', ['^prep.*top$']), 'Prepare laptop', true],
    ['regex respects case when asked', condition('regex', ['^prep'], true), 'Prepare', false],
    ['a null value fails contains, even of ""', condition('contains', ['']), null, false],
    ['a null value fails startsWith', condition('startsWith', ['']), null, false],
    ['a null value fails regex, even ^$', condition('regex', ['^$']), null, false],
    ['a null value fails equals of a word', condition('equals', ['x']), null, false],
    ['a null value matches equals ""', condition('equals', ['']), null, true],
    ['a null value matches oneOf listing ""', condition('oneOf', ['x', '']), null, true],
    ['an empty value matches equals ""', condition('equals', ['']), '', true],
  ])('%s', (_title, compiled, value, expected) => {
    expect(compileCondition(compiled)(value)).toBe(expected);
  });

  it('shows a regex only the first REGEX_INPUT_LIMIT characters', () => {
    const matches = compileCondition(condition('regex', ['needle']));
    expect(matches(`${'x'.repeat(REGEX_INPUT_LIMIT - 6)}needle`)).toBe(true);
    expect(matches(`${'x'.repeat(REGEX_INPUT_LIMIT)}needle`)).toBe(false);
  });

  it('makes an invalid pattern that slipped past the schema match nothing', () => {
    const broken: Condition = { field: 'title', operator: 'regex', values: ['('], caseSensitive: false };
    expect(compileCondition(broken)('(')).toBe(false);
  });
});
