import type { CliOutput } from '../output';
import { formatAction, formatRunLine, isReturnPathRecord } from '../format/run-line';
import type { ActivityWatcher } from '../state/activity-watcher';

/**
 * Prints what the app did while `serve` runs: one line per finished poll and one per Jira → PeopleForce action.
 * Reports run one after another, so a change is never printed twice or out of order.
 */
export class ActivityReporter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly watcher: ActivityWatcher,
    private readonly out: CliOutput,
  ) {}

  /** Prints what changed; resolves with the issue keys of the Jira → PeopleForce actions it printed. */
  report(): Promise<string[]> {
    const next = this.queue.then(() => this.printChanges());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async printChanges(): Promise<string[]> {
    const activity = await this.watcher.next();
    for (const run of activity.runs) {
      if (!isReturnPathRecord(run) && run.outcome !== 'continued') this.out.line(formatRunLine(run));
    }
    for (const action of activity.actions) this.out.line(formatAction(action));
    return activity.actions.map((action) => action.issueKey ?? action.issueId);
  }
}
