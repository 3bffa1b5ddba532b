import { catastrophicPatternReason } from './regex-safety';

describe('catastrophicPatternReason', () => {
  it.each([
    '^Onboarding',
    'laptop|monitor',
    '^(new|old) hire$',
    '.*@example\\.com$',
    '\\d{3}-\\d{4}',
    '(ab){2,5}',
    '[(+*]+x',
    '\\(a+\\)+',
    'a(?:b|c)d',
    '(?:[a-z]+)?',
    '^\\s*onboarding\\s*$',
    '\\d{3}-\\d{3}-\\d{4}',
    '^(Mr|Ms)\\.? [A-Z]\\w*',
    'colou?r.*laptop',
  ])('accepts %s', (pattern) => {
    expect(catastrophicPatternReason(pattern)).toBeNull();
  });

  it.each<[string, string]>([
    ['(a+)+$', 'contains another repetition'],
    ['(a*)*', 'contains another repetition'],
    ['((a+)b)*', 'contains another repetition'],
    ['(\\w+\\s?){2,}', 'contains another repetition'],
    ['(?:x+){5}', 'contains another repetition'],
    ['(a|ab)*c', 'contains alternatives'],
    ['(?:a|a)+$', 'contains alternatives'],
    ['(a)\\1', 'back-references'],
    ['(?<n>a)\\k<n>', 'back-references'],
    ['.*.*.*x', 'at most 2 times'],
    ['a+b+c+d', 'at most 2 times'],
    ['x'.repeat(201), 'at most 200 characters'],
    [`${'a?'.repeat(30)}${'a'.repeat(30)}`, 'too many repetitions and optional parts'],
    ['a{1,15}b{1,15}c{1,15}d{1,15}e{1,15}x', 'too many repetitions and optional parts'],
    ['.*a?.*x', 'too many repetitions and optional parts'],
  ])('refuses %s', (pattern, reason) => {
    expect(catastrophicPatternReason(pattern)).toContain(reason);
  });
});
