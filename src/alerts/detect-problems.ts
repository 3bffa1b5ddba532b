import type { AlertProblemKind, AlertSettings } from '../config/alerts';
import type { FailedTask, RunRecord } from '../config/records';
import type { RuleProblem } from '../sync/check-rules';

/** A problem as one evaluation sees it. `key` names it across runs: one message per key per period. */
export interface DetectedProblem {
  key: string;
  kind: AlertProblemKind;
  subject: string;
  /** One line, safe to send anywhere: ids, issue keys, rule names, field ids — never a reason or description. */
  summary: string;
}

export interface AlertFacts {
  /** A poll that finished (success, partial or failed). */
  run: RunRecord;
  /** Set when, after a failed run, PeopleForce refuses the key (401, 403, or no key at all). */
  keyRejection: string | null;
  failures: readonly FailedTask[];
  /** The rules checked against Jira this time; null when they were not checked (their state stands). */
  ruleProblems: readonly RuleProblem[] | null;
}

export interface Detection {
  problems: DetectedProblem[];
  /** Kinds this evaluation could see in full: an open problem of such a kind that is absent is resolved. */
  judged: ReadonlySet<AlertProblemKind>;
}

/** Failures that are the sync's own and can keep failing; deleted issues and vanished tasks are reports. */
const RETRIED_KINDS: ReadonlySet<FailedTask['kind']> = new Set(['jira', 'mapping', 'malformed']);
const RETURN_PATH_EXAMPLES = 5;

export function detectProblems(facts: AlertFacts, settings: AlertSettings): Detection {
  const judged = new Set<AlertProblemKind>(['runFailed', 'peopleforceKey', 'taskFailing', 'returnPath']);
  if (facts.ruleProblems !== null) judged.add('ruleInvalid');
  return {
    problems: [
      ...runProblems(facts),
      ...failingTasks(facts.failures, settings.failingTaskAttempts),
      ...returnPathProblems(facts.failures),
      ...invalidRules(facts.ruleProblems ?? []),
    ],
    judged,
  };
}

function runProblems({ run, keyRejection }: AlertFacts): DetectedProblem[] {
  if (run.outcome !== 'failed') return [];
  if (keyRejection !== null) {
    return [
      {
        key: 'peopleforce-key',
        kind: 'peopleforceKey',
        subject: 'PeopleForce API key',
        summary: `PeopleForce refuses the API key: ${keyRejection}`,
      },
    ];
  }
  return [
    {
      key: 'run-failed',
      kind: 'runFailed',
      subject: run.runId,
      summary: `Sync run ${run.runId} failed as a whole; its reason is on the Activity tab`,
    },
  ];
}

function failingTasks(failures: readonly FailedTask[], attempts: number): DetectedProblem[] {
  return failures
    .filter((failure) => RETRIED_KINDS.has(failure.kind) && failure.attempts >= attempts)
    .map((failure) => ({
      key: `task:${failure.taskId}`,
      kind: 'taskFailing',
      subject: taskLabel(failure),
      summary: `Task ${taskLabel(failure)} has failed ${failure.attempts} times (${failure.kind})`,
    }));
}

/** Return-path failures are the queue's `peopleforce` entries: PeopleForce → Jira never writes to PeopleForce. */
function returnPathProblems(failures: readonly FailedTask[]): DetectedProblem[] {
  const stuck = failures.filter((failure) => failure.kind === 'peopleforce');
  if (stuck.length === 0) return [];
  const examples = stuck.slice(0, RETURN_PATH_EXAMPLES).map(taskLabel).join(', ');
  const more = stuck.length > RETURN_PATH_EXAMPLES ? ` and ${stuck.length - RETURN_PATH_EXAMPLES} more` : '';
  return [
    {
      key: 'return-path',
      kind: 'returnPath',
      subject: 'Jira → PeopleForce',
      summary: `Jira → PeopleForce could not complete or reopen ${stuck.length} task(s): ${examples}${more}`,
    },
  ];
}

function invalidRules(problems: readonly RuleProblem[]): DetectedProblem[] {
  const byRule = new Map<string, RuleProblem[]>();
  for (const problem of problems)
    byRule.set(problem.ruleId, [...(byRule.get(problem.ruleId) ?? []), problem]);
  return [...byRule.entries()].map(([ruleId, ruleProblems]) => {
    const first = ruleProblems[0];
    const fields = [...new Set(ruleProblems.map((problem) => problem.path.split('.').pop() ?? ''))].join(
      ', ',
    );
    return {
      key: `rule:${ruleId}`,
      kind: 'ruleInvalid',
      subject: first?.ruleName ?? ruleId,
      summary: `Rule "${first?.ruleName ?? ruleId}" no longer validates against Jira (${fields}); fix it on the Rules tab`,
    };
  });
}

export function taskLabel(failure: Pick<FailedTask, 'taskId' | 'issueKey'>): string {
  return failure.issueKey === null ? `${failure.taskId}` : `${failure.taskId} (${failure.issueKey})`;
}

/**
 * Whether this evaluation should ask Jira about the rules: only when this run produced mapping failures (a
 * no-change poll must make no Jira call). With no mapping failure left, rule problems count as resolved.
 */
export function ruleCheckNeeded(run: RunRecord, failures: readonly FailedTask[]): 'check' | 'clear' | 'keep' {
  const mapping = failures.filter((failure) => failure.kind === 'mapping');
  if (mapping.length === 0) return 'clear';
  return mapping.some((failure) => failure.lastSeenAt >= run.startedAt) ? 'check' : 'keep';
}
