import type { AlertDelivery, AlertSettings, OpenProblem } from '../config/alerts';
import type { DetectedProblem, Detection } from './detect-problems';

export interface AlertMessage {
  kind: AlertDelivery['kind'];
  text: string;
  /** The problem keys the message speaks of, for the log. */
  keys: string[];
}

export interface AlertPlan {
  open: OpenProblem[];
  messages: AlertMessage[];
  opened: string[];
  resolved: string[];
}

const TITLE = 'PeopleForce ⇄ Jira Sync';
const DIGEST_EXAMPLES = 10;

/**
 * Decides what to say, given what the last evaluations announced: a new problem is announced at once, a
 * problem still there is announced again only once its period has passed, and an announced problem that is
 * gone is announced as resolved. When more tasks than the digest threshold are due at once, they share one
 * message. Pure: time and settings come in as arguments.
 */
export function planAlerts(
  detection: Detection,
  previous: readonly OpenProblem[],
  now: Date,
  settings: AlertSettings,
): AlertPlan {
  const periodMs = settings.repeatAfterHours * 3600_000;
  const previousByKey = new Map(previous.map((problem) => [problem.key, problem]));
  const currentKeys = new Set(detection.problems.map((problem) => problem.key));
  const due: DetectedProblem[] = [];
  const open: OpenProblem[] = [];
  for (const problem of detection.problems) {
    const known = previousByKey.get(problem.key);
    const lastSentAt =
      known && now.getTime() - Date.parse(known.lastSentAt) < periodMs ? known.lastSentAt : null;
    if (lastSentAt === null) due.push(problem);
    open.push({
      key: problem.key,
      kind: problem.kind,
      subject: problem.subject,
      summary: problem.summary,
      openedAt: known?.openedAt ?? now.toISOString(),
      lastSentAt: lastSentAt ?? now.toISOString(),
    });
  }
  const resolved = previous.filter(
    (problem) => detection.judged.has(problem.kind) && !currentKeys.has(problem.key),
  );
  // An open problem this evaluation could not judge stays as it was.
  open.push(
    ...previous.filter((problem) => !detection.judged.has(problem.kind) && !currentKeys.has(problem.key)),
  );
  const link = settings.adminPageUrl;
  return {
    open,
    messages: [
      ...messagesFor(due, settings.digestAbove, link, 'problem'),
      ...messagesFor(resolved, settings.digestAbove, link, 'resolved'),
    ],
    opened: due.filter((problem) => !previousByKey.has(problem.key)).map((problem) => problem.key),
    resolved: resolved.map((problem) => problem.key),
  };
}

type Said = Pick<DetectedProblem, 'key' | 'kind' | 'subject' | 'summary'>;

function messagesFor(
  problems: readonly Said[],
  digestAbove: number,
  link: string | null,
  kind: 'problem' | 'resolved',
): AlertMessage[] {
  const tasks = problems.filter((problem) => problem.kind === 'taskFailing');
  const others = problems.filter((problem) => problem.kind !== 'taskFailing');
  const single = (problem: Said): AlertMessage => ({
    kind,
    text: compose(kind === 'problem' ? `🚨 ${problem.summary}` : `✅ Resolved: ${problem.summary}`, link),
    keys: [problem.key],
  });
  if (tasks.length <= digestAbove) return [...others, ...tasks].map(single);
  return [...others.map(single), digest(tasks, link, kind)];
}

function digest(tasks: readonly Said[], link: string | null, kind: 'problem' | 'resolved'): AlertMessage {
  const ids = tasks.slice(0, DIGEST_EXAMPLES).map((task) => task.subject);
  const more = tasks.length > DIGEST_EXAMPLES ? ` and ${tasks.length - DIGEST_EXAMPLES} more` : '';
  const headline =
    kind === 'problem'
      ? `🚨 ${tasks.length} tasks keep failing to sync: ${ids.join(', ')}${more}`
      : `✅ Resolved: ${tasks.length} tasks sync again: ${ids.join(', ')}${more}`;
  return {
    kind: kind === 'problem' ? 'digest' : 'resolved',
    text: compose(headline, link),
    keys: tasks.map((task) => task.key),
  };
}

function compose(line: string, link: string | null): string {
  return [TITLE, line, ...(link === null ? [] : [`Admin page: ${link}`])].join('\n');
}

export function testAlertText(link: string | null): string {
  return compose('✅ Test alert: this channel will receive the sync’s alerts.', link);
}
