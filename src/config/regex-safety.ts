/**
 * JavaScript regular expressions backtrack, and Forge gives no way to interrupt one: a rule such as `(a+)+$`
 * run on a long title can hold a sync run for minutes. Patterns are therefore checked when the configuration
 * is saved, by one pass over their syntax, and a pattern only ever sees the first REGEX_INPUT_LIMIT characters
 * of a value. Refused: a repeated group that itself contains a repetition (`(a+)+`) or alternatives
 * (`(a|ab)*`), back-references (`(a)\1`), more than two unbounded repetitions, and patterns whose worst-case
 * backtracking over REGEX_INPUT_LIMIT characters exceeds MAX_BACKTRACKING_STEPS (about 0.2 s): each unbounded
 * repetition multiplies it by the input length, each bounded choice (`a?`, `a{1,5}`) by its number of options.
 */
export const REGEX_INPUT_LIMIT = 1_000;
export const MAX_PATTERN_LENGTH = 200;
export const MAX_UNBOUNDED_QUANTIFIERS = 2;
export const MAX_BACKTRACKING_STEPS = 2e8;

interface Group {
  quantified: boolean;
  alternation: boolean;
}

interface Scan {
  unbounded: number;
  /** Product of the options of every bounded choice: `a?` gives 2, `a{1,5}` gives 5. */
  choices: number;
}

class UnsafePattern extends Error {}

/** Why the pattern may take catastrophic time, or null when it is safe to run on untrusted text. */
export function catastrophicPatternReason(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `a pattern may have at most ${MAX_PATTERN_LENGTH} characters`;
  try {
    const { unbounded, choices } = scanPattern(pattern);
    if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) {
      return `a pattern may repeat without bound (*, + or {n,}) at most ${MAX_UNBOUNDED_QUANTIFIERS} times`;
    }
    return worstCaseSteps(unbounded, choices) > MAX_BACKTRACKING_STEPS
      ? 'too many repetitions and optional parts in sequence, which can take minutes on a long value'
      : null;
  } catch (error) {
    if (error instanceof UnsafePattern) return error.message;
    throw error;
  }
}

/** Trying every start, every split of the input between unbounded repetitions, and every bounded choice. */
function worstCaseSteps(unbounded: number, choices: number): number {
  let splits = REGEX_INPUT_LIMIT;
  for (let power = 1; power <= unbounded; power += 1) splits = (splits * REGEX_INPUT_LIMIT) / (power + 1);
  return splits * choices;
}

function scanPattern(pattern: string): Scan {
  const groups: Group[] = [{ quantified: false, alternation: false }];
  const scan: Scan = { unbounded: 0, choices: 1 };
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index] as string;
    if (char === '\\') {
      if (/[1-9k]/.test(pattern[index + 1] ?? ''))
        throw new UnsafePattern('back-references can take exponential time');
      index = afterAtom(pattern, index + 2, groups, scan);
    } else if (char === '[') {
      index = afterAtom(pattern, endOfClass(pattern, index), groups, scan);
    } else if (char === '(') {
      groups.push({ quantified: false, alternation: false });
      index += 1;
    } else if (char === ')' && groups.length > 1) {
      index = afterGroup(pattern, index + 1, groups, scan);
    } else if (char === '|') {
      (groups.at(-1) as Group).alternation = true;
      index += 1;
    } else {
      index = afterAtom(pattern, index + 1, groups, scan);
    }
  }
  return scan;
}

/** Reads the quantifier (if any) after an atom ending at `index`; returns where the next atom starts. */
function afterAtom(pattern: string, index: number, groups: Group[], scan: Scan): number {
  const quantifier = quantifierAt(pattern, index);
  (groups.at(-1) as Group).quantified ||= quantifier.repeats;
  count(quantifier, scan);
  return index + quantifier.length;
}

function afterGroup(pattern: string, index: number, groups: Group[], scan: Scan): number {
  const closed = groups.pop() as Group;
  const parent = groups.at(-1) as Group;
  const quantifier = quantifierAt(pattern, index);
  if (quantifier.repeats && closed.quantified) {
    throw new UnsafePattern(
      'a repeated group contains another repetition (like "(a+)+"), which can take exponential time',
    );
  }
  if (quantifier.repeats && closed.alternation) {
    throw new UnsafePattern(
      'a repeated group contains alternatives (like "(a|ab)*"), which can take exponential time',
    );
  }
  parent.quantified ||= closed.quantified || quantifier.repeats;
  parent.alternation ||= closed.alternation;
  count(quantifier, scan);
  return index + quantifier.length;
}

function count(quantifier: Quantifier, scan: Scan): void {
  if (quantifier.options === Infinity) scan.unbounded += 1;
  else scan.choices *= quantifier.options;
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
  /** How many different counts it allows: 1 for none or `{3}`, 2 for `?`, Infinity for `*`, `+`, `{n,}`. */
  options: number;
}

const NO_QUANTIFIER: Quantifier = { length: 0, repeats: false, options: 1 };

/** The quantifier starting at `index` (with its lazy `?` suffix), if any. */
function quantifierAt(pattern: string, index: number): Quantifier {
  const rest = pattern.slice(index);
  const simple = /^[*+?]\??/.exec(rest);
  if (simple !== null) {
    const optional = simple[0].startsWith('?');
    return { length: simple[0].length, repeats: !optional, options: optional ? 2 : Infinity };
  }
  const braces = /^\{(\d+)(,(\d*))?\}\??/.exec(rest);
  if (braces === null) return NO_QUANTIFIER;
  const [whole, min, comma, max] = braces;
  const upper = comma === undefined ? Number(min) : max === '' ? Infinity : Number(max);
  return { length: whole.length, repeats: upper > 1, options: upper - Number(min) + 1 };
}
