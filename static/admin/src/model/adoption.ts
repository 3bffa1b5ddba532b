import type { AdoptionStatus } from '../../../../src/config/admin-api';
import type { AdoptionCounts, AdoptionReport } from '../../../../src/config/records';

/** What the adoption section shows: progress while the queue consumer works, then the report in words. */
export const ADOPTION_POLL_MS = 1000;

export function isAdoptionActive(report: AdoptionReport | null): boolean {
  return report !== null && !report.dryRun && (report.phase === 'running' || report.phase === 'continued');
}

export type AdoptionKind = Exclude<keyof AdoptionCounts, 'found'>;

export const ADOPTION_KINDS: ReadonlyArray<{ kind: AdoptionKind; name: string }> = [
  { kind: 'adopted', name: 'Adopted' },
  { kind: 'alreadyOurs', name: 'Already ours' },
  { kind: 'conflicts', name: 'Conflicts' },
  { kind: 'orphans', name: 'Orphans' },
  { kind: 'unmatched', name: 'Unmatched' },
  { kind: 'failed', name: 'Failed' },
];

export function adoptionChartRows(report: AdoptionReport) {
  return ADOPTION_KINDS.map(({ kind, name }) => ({
    kind,
    name: kind === 'adopted' && report.dryRun ? 'Would adopt' : name,
    value: report.counts[kind],
  }));
}

export function adoptionProgress(report: AdoptionReport): { fraction: number | null; text: string } {
  if (report.total === 0) return { fraction: null, text: 'Searching Jira and reading PeopleForce…' };
  return {
    fraction: Math.min(1, report.processed / report.total),
    text: `${report.processed} of ${report.total} issues linked and marked`,
  };
}

export interface OutcomeText {
  appearance: 'success' | 'warning' | 'error' | 'information';
  title: string;
  body: string;
}

export function adoptionOutcome(report: AdoptionReport): OutcomeText {
  const { counts } = report;
  const found = `${counts.found} issues labelled "${report.label}"`;
  const leftAlone = counts.conflicts + counts.orphans + counts.unmatched;
  const rest =
    leftAlone === 0 ? '' : ` ${leftAlone} ${leftAlone === 1 ? 'is' : 'are'} left alone and listed below.`;
  if (report.phase === 'locked') {
    return {
      appearance: 'warning',
      title: 'A sync was running',
      body: report.message ?? 'Try again in a minute.',
    };
  }
  if (report.phase === 'failed') {
    return {
      appearance: 'error',
      title: 'The adoption stopped',
      body: `${report.message ?? 'Unknown reason.'} Running it again continues where it stopped.`,
    };
  }
  if (report.dryRun) {
    const partial = report.message === null ? '' : ` ${report.message}`;
    return {
      appearance: 'information',
      title: 'Dry run: nothing was written',
      body: `${found}: ${counts.adopted} would be adopted, ${counts.alreadyOurs} are already ours.${rest}${partial}`,
    };
  }
  if (counts.failed > 0) {
    return {
      appearance: 'warning',
      title: 'Adopted, with issues to finish',
      body: `${found}: ${counts.adopted} adopted; Jira did not take our property on ${counts.failed} of them. Adopt again to finish them.${rest}`,
    };
  }
  return {
    appearance: 'success',
    title: 'Adoption finished',
    body: `${found}: ${counts.adopted} adopted, ${counts.alreadyOurs} already ours. No sync will create a second issue for their tasks.${rest}`,
  };
}

/** The warning shown before the very first sync while labelled issues are not ours; null when there is none. */
export function unadoptedWarning(unadopted: AdoptionStatus['unadopted']): string | null {
  if (unadopted === null || unadopted.count === 0) return null;
  const count = `${unadopted.count}${unadopted.more ? '+' : ''}`;
  return `${count} issues labelled "${unadopted.label}" were made by a previous integration and are not linked to this app. Adopt them (Connection tab, "Adopt issues from a previous integration") before the first sync, or each of their open tasks gets a second issue.`;
}
