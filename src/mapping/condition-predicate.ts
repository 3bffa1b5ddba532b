import { REGEX_INPUT_LIMIT } from '../config/regex-safety';
import type { Condition } from '../config/schema';

export type ValuePredicate = (value: string | null) => boolean;

/**
 * A regular expression only ever sees REGEX_INPUT_LIMIT characters of a value: the config schema's check of
 * a pattern's worst-case time (src/config/regex-safety.ts) is computed for that length.
 */
export { REGEX_INPUT_LIMIT };

/**
 * One condition as a predicate, built once per rules list.
 *
 * A missing value (null: no assignee, no description...) is not the empty string for `contains`,
 * `startsWith` or `regex`: those never match it, so "contains ''" does not catch tasks without the field.
 * It does match `equals ""` and a `oneOf` listing "", which is how a rule says "has no assignee".
 */
export function compileCondition(condition: Condition): ValuePredicate {
  const fold = condition.caseSensitive ? (text: string) => text : (text: string) => text.toLowerCase();
  const expected = condition.values.map(fold);
  const first = expected[0] ?? '';
  switch (condition.operator) {
    case 'equals':
      return (value) => fold(value ?? '') === first;
    case 'oneOf':
      return (value) => expected.includes(fold(value ?? ''));
    case 'contains':
      return (value) => value !== null && fold(value).includes(first);
    case 'startsWith':
      return (value) => value !== null && fold(value).startsWith(first);
    case 'regex':
      return regexPredicate(condition.values[0] ?? '', condition.caseSensitive);
  }
}

function regexPredicate(pattern: string, caseSensitive: boolean): ValuePredicate {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, caseSensitive ? '' : 'i');
  } catch {
    // The config schema refuses invalid patterns; one that slips through matches nothing rather than throwing.
    return () => false;
  }
  return (value) => value !== null && regex.test(value.slice(0, REGEX_INPUT_LIMIT));
}
