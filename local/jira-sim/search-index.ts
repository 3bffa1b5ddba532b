/**
 * The search index, kept apart from the issues so that search is eventually consistent as in Jira Cloud:
 * each change becomes visible to JQL only `delayMs` after it happened. Until then a search matches the
 * previously indexed state (or misses a new issue entirely), unless the request names the issue in
 * `reconcileIssues`.
 */
import type { JqlSubject } from './jql/subject';

interface IndexedVersion {
  visibleAt: number;
  subject: JqlSubject;
}

export class SearchIndex {
  private readonly versions = new Map<string, IndexedVersion[]>();

  record(subject: JqlSubject, now: number, delayMs: number): void {
    const history = this.versions.get(subject.id) ?? [];
    history.push({ visibleAt: now + delayMs, subject });
    this.versions.set(subject.id, this.pruned(history, now));
  }

  remove(issueId: string): void {
    this.versions.delete(issueId);
  }

  clear(): void {
    this.versions.clear();
  }

  /** The newest indexed state visible at `now`, or undefined while the issue is not yet indexed. */
  visible(issueId: string, now: number): JqlSubject | undefined {
    const history = this.versions.get(issueId) ?? [];
    let found: JqlSubject | undefined;
    for (const version of history) {
      if (version.visibleAt <= now) found = version.subject;
    }
    return found;
  }

  /** Drops versions hidden behind a newer visible one, keeping the history short. */
  private pruned(history: IndexedVersion[], now: number): IndexedVersion[] {
    let lastVisible = -1;
    history.forEach((version, index) => {
      if (version.visibleAt <= now) lastVisible = index;
    });
    return lastVisible > 0 ? history.slice(lastVisible) : history;
  }
}
