import type { Direction } from './plan';
import type { IssueTransition } from './sync.types';

/**
 * Which workflow transition moves an issue to done or back to open. A status configured by the admin wins;
 * otherwise a done-category transition with a conventional name, never a "Cancel"/"Won't do" one, which would
 * misreport finished HR work. Reopening prefers a to-do category status.
 */
const DONE_NAMES = ['done', 'completed', 'complete', 'resolved', 'resolve', 'closed', 'close', 'finished'];
const REOPEN_NAMES = ['reopen', 'reopened', 'to do', 'open', 'backlog', 'selected for development'];

export type TransitionChoice = { ok: true; transition: IssueTransition } | { ok: false; reason: string };

export function chooseTransition(
  transitions: readonly IssueTransition[],
  direction: Direction,
  configuredStatus: string | null,
): TransitionChoice {
  if (configuredStatus !== null) return byConfiguredStatus(transitions, configuredStatus);
  const wantedCategory = direction === 'done' ? 'done' : 'new';
  const names = direction === 'done' ? DONE_NAMES : REOPEN_NAMES;
  const inCategory = transitions.filter((t) => t.to.statusCategory.key === wantedCategory);
  const named = inCategory.find((t) => names.includes(norm(t.name)) || names.includes(norm(t.to.name)));
  if (named) return { ok: true, transition: named };
  if (direction === 'reopen') {
    const fallback = inCategory[0] ?? transitions.find((t) => t.to.statusCategory.key === 'indeterminate');
    if (fallback) return { ok: true, transition: fallback };
  }
  const available = transitions.map((t) => `${t.name} → ${t.to.name}`).join(', ') || 'none';
  return {
    ok: false,
    reason:
      direction === 'done'
        ? `no transition to a done status named Done/Completed/Resolved/Closed (available: ${available}); choose the done status on the Status tab`
        : `no transition back to an open status (available: ${available}); choose the reopen status on the Status tab`,
  };
}

function byConfiguredStatus(transitions: readonly IssueTransition[], status: string): TransitionChoice {
  const wanted = norm(status);
  const match = transitions.find((t) => t.to.id === status || norm(t.to.name) === wanted);
  if (match) return { ok: true, transition: match };
  const available = transitions.map((t) => t.to.name).join(', ') || 'none';
  return {
    ok: false,
    reason: `the configured status "${status}" cannot be reached from here (reachable: ${available})`,
  };
}

function norm(text: string): string {
  return text.trim().toLowerCase();
}
