import type { PreviewResult } from '../../../src/config/admin-api';

/**
 * What a dry run would do, for a person: totals, then per rule the counts and a few example tasks, then the
 * people without a Jira account and the tasks whose fields would not convert.
 */
type PreviewRule = PreviewResult['rules'][number];

export function formatPreview(preview: PreviewResult): string[] {
  const { totals } = preview;
  return [
    `Would create ${totals.created}, update ${totals.updated}, transition ${totals.transitioned}, ` +
      `drop ${totals.dropped}, fail ${totals.failed}; ${totals.unchanged} unchanged of ${totals.seen} tasks seen.`,
    ...preview.rules.flatMap(ruleLines),
    ...unmatchedLines(preview.unmatchedUsers),
    ...problemLines(preview.problems),
  ];
}

function ruleLines(rule: PreviewRule): string[] {
  const id = rule.ruleId === null ? '' : ` (${rule.ruleId})`;
  const counts =
    `create ${rule.create}, update ${rule.update}, transition ${rule.transition}, ` +
    `drop ${rule.drop}, fail ${rule.fail}, unchanged ${rule.unchanged}`;
  return [
    `Rule "${rule.ruleName}"${id}: ${counts}`,
    ...rule.examples.map((example) => {
      const issue = example.issueKey === null ? '' : ` ${example.issueKey}`;
      const detail = example.detail === '' ? '' : `: ${example.detail}`;
      return `  ${example.action.padEnd(10)} task ${example.taskId} "${example.title}"${issue}${detail}`;
    }),
  ];
}

function unmatchedLines(users: PreviewResult['unmatchedUsers']): string[] {
  if (users.length === 0) return ['Unmatched users: none (every mapped person has a Jira account).'];
  return [
    `Unmatched users (no Jira account with this email): ${users.length}`,
    ...users.map((user) => `  ${user.email} (${user.taskCount} task${user.taskCount === 1 ? '' : 's'})`),
  ];
}

function problemLines(problems: PreviewResult['problems']): string[] {
  if (problems.length === 0) return [];
  return [
    `Tasks that would fail: ${problems.length}`,
    ...problems.map((problem) => `  task ${problem.taskId}: ${problem.message}`),
  ];
}
