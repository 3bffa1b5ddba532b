import type { Config } from '../config/schema';
import type { FieldMeta } from '../mapping/field-meta';
import { validateRuleAgainstMeta } from '../mapping/rule-validation';
import { errorFacts } from './error-facts';

export interface RuleProblem {
  ruleIndex: number;
  ruleId: string;
  ruleName: string;
  /** Where the admin page shows it, e.g. `rules.0.action.fieldMappings.customfield_10050`. */
  path: string;
  message: string;
}

export type CreateMetaReader = (projectKey: string, issueTypeId: string) => Promise<FieldMeta[]>;

/**
 * Every enabled sync rule checked against its target's live createmeta: a field or option removed in Jira, a
 * required field nothing fills, a target that can no longer be created. Shared by saving the configuration
 * and by the alerts that notice a rule stopped validating.
 */
export async function checkRulesAgainstJira(
  getCreateMeta: CreateMetaReader,
  config: Config,
): Promise<RuleProblem[]> {
  const problems: RuleProblem[] = [];
  for (const [ruleIndex, rule] of config.rules.entries()) {
    if (rule.action.type !== 'sync' || !rule.enabled) continue;
    const { projectKey, issueTypeId } = rule.action;
    const about = { ruleIndex, ruleId: rule.id, ruleName: rule.name };
    let metas;
    try {
      metas = await getCreateMeta(projectKey, issueTypeId);
    } catch (error) {
      const reason = errorFacts(error).message;
      problems.push({
        ...about,
        path: `rules.${ruleIndex}.action.issueTypeId`,
        message: `cannot create ${projectKey} issues of this type: ${reason}`,
      });
      continue;
    }
    for (const problem of validateRuleAgainstMeta(rule.action, metas)) {
      problems.push({
        ...about,
        path: `rules.${ruleIndex}.action.fieldMappings.${problem.fieldId}`,
        message: problem.message,
      });
    }
  }
  return problems;
}
