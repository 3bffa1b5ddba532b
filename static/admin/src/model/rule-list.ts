import type { Condition, FieldMapping, Rule, RuleAction } from '../../../../src/config/schema';

/** Pure edits of the rule list; every function returns new arrays and leaves its input untouched. */

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, position) => (position === index ? item : existing));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}

/** Moves the item at `index` by `delta` places; a move past either end leaves the list as it was. */
export function move<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const moving = items[index];
  const displaced = items[target];
  if (moving === undefined || displaced === undefined) return [...items];
  const next = [...items];
  next[target] = moving;
  next[index] = displaced;
  return next;
}

/** `rule-1`, `rule-2`, …: the lowest number not taken, so ids stay short (the schema allows 40 characters). */
export function nextRuleId(rules: readonly Rule[]): string {
  const taken = new Set(rules.map((rule) => rule.id));
  let candidate = 1;
  while (taken.has(`rule-${candidate}`)) candidate += 1;
  return `rule-${candidate}`;
}

export function newRule(rules: readonly Rule[]): Rule {
  return {
    id: nextRuleId(rules),
    name: `Rule ${rules.length + 1}`,
    enabled: true,
    conditions: [],
    action: emptySyncAction(),
  };
}

export function newCondition(): Condition {
  return { field: 'title', operator: 'contains', values: [''], caseSensitive: false };
}

export function emptySyncAction(): RuleAction {
  return { type: 'sync', projectKey: '', issueTypeId: '', fieldMappings: [] };
}

export function newMapping(fieldId: string): FieldMapping {
  return { fieldId, source: { kind: 'path', path: 'title' } };
}

/** `oneOf` takes a list; the other operators take exactly one value, so a switch keeps the first. */
export function withOperator(condition: Condition, operator: Condition['operator']): Condition {
  const values = operator === 'oneOf' ? condition.values : [condition.values[0] ?? ''];
  return { ...condition, operator, values };
}

/** Splits the text of a `oneOf` box (one value per line; values may contain commas) dropping blank lines. */
export function parseValueList(text: string): string[] {
  return text
    .split('\n')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
