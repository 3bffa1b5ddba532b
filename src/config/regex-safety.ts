/**
 * JavaScript regular expressions backtrack, and Forge gives no way to interrupt one: a rule such as `(a+)+$`
 * run on a long title can hold a sync run for minutes. Patterns are therefore checked when the configuration
 * is saved, by a single pass over their syntax. Refused: a quantified group that itself contains a quantifier
 * (`(a+)+`) or an alternation (`(a|ab)*`), back-references (`(a)\1`), more than two unbounded quantifiers
 * (`.*.*.*x` is quartic), and patterns over 200 characters. What remains costs at most cubic time in the
 * 1,000 characters a pattern is shown.
 */
export const MAX_PATTERN_LENGTH = 200;
export const MAX_UNBOUNDED_QUANTIFIERS = 2;

interface Group {
  quantified: boolean;
  alternation: boolean;
}

/** Why the pattern may take catastrophic time, or null when it is safe to run on untrusted text. */
export function catastrophicPatternReason(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return `a pattern may have at most ${MAX_PATTERN_LENGTH} characters`;
  }
  const groups: Group[] = [{ quantified: false, alternation: false }];
  let unbounded = 0;
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index] as string;
    const current = groups.at(-1) as Group;
    if (char === '\\') {
      if (/[1-9k]/.test(pattern[index + 1] ?? '')) return 'back-references can take exponential time';
      index += 2;
    } else if (char === '[') {
      index = endOfClass(pattern, index);
    } else if (char === '(') {
      groups.push({ quantified: false, alternation: false });
      index += 1;
    } else if (char === ')' && groups.length > 1) {
      groups.pop();
      const quantifier = quantifierAt(pattern, index + 1);
      const parent = groups.at(-1) as Group;
      if (quantifier.repeats && (current.quantified || current.alternation)) {
        return current.quantified
          ? 'a repeated group contains another repetition (like "(a+)+"), which can take exponential time'
          : 'a repeated group contains alternatives (like "(a|ab)*"), which can take exponential time';
      }
      parent.quantified ||= current.quantified || quantifier.repeats;
      parent.alternation ||= current.alternation;
      if (quantifier.unbounded) unbounded += 1;
      index += 1 + quantifier.length;
    } else if (char === '|') {
      current.alternation = true;
      index += 1;
    } else {
      const quantifier = quantifierAt(pattern, index);
      if (quantifier.length > 0) {
        current.quantified ||= quantifier.repeats;
        if (quantifier.unbounded) unbounded += 1;
        index += quantifier.length;
      } else {
        index += 1;
      }
    }
    if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) {
      return `a pattern may repeat without bound (*, + or {n,}) at most ${MAX_UNBOUNDED_QUANTIFIERS} times`;
    }
  }
  return null;
}

/** The index just past the character class opening at `start` (escapes and a leading `]` included). */
function endOfClass(pattern: string, start: number): number {
  let index = start + 1;
  if (pattern[index] === '^') index += 1;
  if (pattern[index] === ']') index += 1;
  while (index < pattern.length && pattern[index] !== ']') index += pattern[index] === '\\' ? 2 : 1;
  return index + 1;
}

interface Quantifier {
  length: number;
  /** Can match its atom more than once. */
  repeats: boolean;
  /** Has no upper bound. */
  unbounded: boolean;
}

const NO_QUANTIFIER: Quantifier = { length: 0, repeats: false, unbounded: false };

/** The quantifier starting at `index` (with its lazy `?` or possessive-looking suffix), if any. */
function quantifierAt(pattern: string, index: number): Quantifier {
  const rest = pattern.slice(index);
  const simple = /^[*+?]\??/.exec(rest);
  if (simple !== null) {
    const repeats = simple[0][0] !== '?';
    return { length: simple[0].length, repeats, unbounded: repeats };
  }
  const braces = /^\{(\d+)(,(\d*))?\}\??/.exec(rest);
  if (braces === null) return NO_QUANTIFIER;
  const [whole, min, comma, max] = braces;
  const upper = comma === undefined ? Number(min) : max === '' ? Infinity : Number(max);
  return { length: whole.length, repeats: upper > 1, unbounded: upper === Infinity };
}
