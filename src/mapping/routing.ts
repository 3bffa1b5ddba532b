import type { ConditionField, Rule, SyncAction } from '../config/schema';
import { conditionFieldValue } from './condition-fields';
import { compileCondition, type ValuePredicate } from './condition-predicate';
import type { TaskView } from './task-view';

export type RouteDecision =
  { kind: 'sync'; rule: Rule; action: SyncAction } | { kind: 'drop'; rule: Rule | null; reason: string };

interface CompiledCondition {
  field: ConditionField;
  matches: ValuePredicate;
}

interface CompiledRule {
  rule: Rule;
  conditions: CompiledCondition[];
}

/** Compiled once per rules list (the config object is reused for a whole run), not once per task. */
const compiledByRules = new WeakMap<readonly Rule[], CompiledRule[]>();

function compileRules(rules: readonly Rule[]): CompiledRule[] {
  let compiled = compiledByRules.get(rules);
  if (compiled === undefined) {
    compiled = rules
      .filter((rule) => rule.enabled)
      .map((rule) => ({
        rule,
        conditions: rule.conditions.map((condition) => ({
          field: condition.field,
          matches: compileCondition(condition),
        })),
      }));
    compiledByRules.set(rules, compiled);
  }
  return compiled;
}

/**
 * The first enabled rule whose conditions all hold decides: sync to its target or drop. A rule without
 * conditions matches every task, so it works as a catch-all at the end. No match drops the task.
 */
export function routeTask(task: TaskView, rules: readonly Rule[]): RouteDecision {
  const values = new Map<ConditionField, string | null>();
  const valueOf = (field: ConditionField): string | null => {
    if (!values.has(field)) values.set(field, conditionFieldValue(task, field));
    return values.get(field) ?? null;
  };
  const match = compileRules(rules).find(({ conditions }) =>
    conditions.every((condition) => condition.matches(valueOf(condition.field))),
  );
  if (match === undefined) return { kind: 'drop', rule: null, reason: 'no rule matched' };
  const { rule } = match;
  if (rule.action.type === 'drop') return { kind: 'drop', rule, reason: `dropped by rule "${rule.name}"` };
  return { kind: 'sync', rule, action: rule.action };
}
