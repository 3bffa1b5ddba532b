import type { Problem } from '../../../../src/config/admin-api';

/**
 * Problems come back from `saveConfig` with dotted paths (`rules.0.conditions.1.values`,
 * `rules.0.action.fieldMappings.customfield_10050`). A control shows the problems at or below its own path;
 * a path matches on whole segments, so `rules.1` never claims `rules.10`.
 */
export function isAtOrBelow(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

export function messagesAt(problems: readonly Problem[], ...prefixes: string[]): string[] {
  return problems
    .filter((problem) => prefixes.some((prefix) => isAtOrBelow(problem.path, prefix)))
    .map((problem) => problem.message);
}

/** Problems addressed to exactly this path, not to anything below it (those belong to inner controls). */
export function messagesExactlyAt(problems: readonly Problem[], path: string): string[] {
  return problems.filter((problem) => problem.path === path).map((problem) => problem.message);
}

export function rulePath(ruleIndex: number): string {
  return `rules.${ruleIndex}`;
}

export function conditionPath(ruleIndex: number, conditionIndex: number): string {
  return `rules.${ruleIndex}.conditions.${conditionIndex}`;
}

export function actionPath(ruleIndex: number): string {
  return `rules.${ruleIndex}.action`;
}

/** A mapping's problems may be addressed by its position (zod) or by its Jira field id (template checks). */
export function mappingPaths(ruleIndex: number, mappingIndex: number, fieldId: string): string[] {
  const base = `rules.${ruleIndex}.action.fieldMappings`;
  return fieldId === '' ? [`${base}.${mappingIndex}`] : [`${base}.${mappingIndex}`, `${base}.${fieldId}`];
}

export interface ConditionProblems {
  field: string[];
  operator: string[];
  values: string[];
  /** Problems about the condition as a whole or a part without its own control. */
  other: string[];
}

export function conditionProblems(
  problems: readonly Problem[],
  ruleIndex: number,
  conditionIndex: number,
): ConditionProblems {
  const base = conditionPath(ruleIndex, conditionIndex);
  const own = ['field', 'operator', 'values'].map((part) => `${base}.${part}`);
  return {
    field: messagesAt(problems, `${base}.field`),
    operator: messagesAt(problems, `${base}.operator`),
    values: messagesAt(problems, `${base}.values`),
    other: problems
      .filter(
        (problem) => isAtOrBelow(problem.path, base) && !own.some((path) => isAtOrBelow(problem.path, path)),
      )
      .map((problem) => problem.message),
  };
}
