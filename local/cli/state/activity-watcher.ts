import type { LocalHost } from '../../host/local-host';
import {
  FailedTaskSchema,
  type FailedTask,
  type ReturnPathAction,
  type RunRecord,
} from '../../../src/config/records';
import { FailureQueue, type StoredFailure } from '../../../src/state/failure-queue';
import { readRunHistory } from '../../../src/state/run-history';
import { withAppKv } from './app-kv';

/**
 * The handlers return nothing a caller could print: what a run did is in the stored history and error queue.
 * This watches both from a starting point and hands out each change once: run records that are new or changed
 * (oldest first), Jira → PeopleForce actions, and tasks that failed.
 */
export interface Activity {
  runs: RunRecord[];
  actions: ReturnPathAction[];
  failures: FailedTask[];
}

export class ActivityWatcher {
  private readonly runVersions = new Map<string, string>();
  private readonly seenActions = new Set<string>();
  private readonly seenFailures = new Set<string>();

  private constructor(
    private readonly host: LocalHost,
    private readonly since: string,
  ) {}

  /** Starts watching now: what is stored already is never reported. */
  static async start(host: LocalHost): Promise<ActivityWatcher> {
    const watcher = new ActivityWatcher(host, new Date().toISOString());
    const { history } = await watcher.read();
    for (const run of history) watcher.runVersions.set(run.runId, versionOf(run));
    return watcher;
  }

  /** What changed since the previous call. */
  async next(): Promise<Activity> {
    const { history, failures } = await this.read();
    const runs = history.filter((run) => this.changed(run)).reverse();
    const actions = history
      .flatMap((run) => run.actions)
      .filter((action) => action.at >= this.since && firstTime(this.seenActions, actionKey(action)))
      .sort((a, b) => a.at.localeCompare(b.at));
    const failed = failures
      .filter((entry) => entry.lastSeenAt >= this.since && firstTime(this.seenFailures, failureKey(entry)))
      .map((entry) => FailedTaskSchema.parse(entry));
    return { runs, actions, failures: failed };
  }

  private read(): Promise<{ history: RunRecord[]; failures: StoredFailure[] }> {
    return withAppKv(this.host, async (kv) => ({
      history: await readRunHistory(kv),
      failures: (await FailureQueue.load(kv)).list(),
    }));
  }

  private changed(run: RunRecord): boolean {
    const version = versionOf(run);
    const changed = this.runVersions.get(run.runId) !== version;
    this.runVersions.set(run.runId, version);
    return changed;
  }
}

function versionOf(run: RunRecord): string {
  return `${run.outcome}|${run.finishedAt ?? ''}|${run.actions.length}`;
}

function actionKey(action: ReturnPathAction): string {
  return `${action.at}|${action.taskId}|${action.action}|${action.via}`;
}

function failureKey(failure: StoredFailure): string {
  return `${failure.taskId}|${failure.lastSeenAt}`;
}

function firstTime(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
