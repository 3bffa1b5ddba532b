import type { AdoptionReport } from '../../../src/config/records';

/** An adoption report as the command line prints it: counts, then every listed example with its link. */
export function formatAdoption(report: AdoptionReport, jiraUrl: string | null): string[] {
  const link = (key: string) =>
    jiraUrl === null ? key : `${key} ${jiraUrl.replace(/\/$/, '')}/browse/${key}`;
  const { counts } = report;
  const lines = [
    `Issues labelled "${report.label}" (property ${report.propertyKey}): ${counts.found} found.`,
    `  ${report.dryRun ? 'would adopt' : 'adopted'} ${counts.adopted} · already ours ${counts.alreadyOurs} · conflicts ${counts.conflicts} · orphans ${counts.orphans} · unmatched ${counts.unmatched}${counts.failed > 0 ? ` · failed ${counts.failed}` : ''}`,
  ];
  if (report.message !== null) lines.push(`  ${report.message}`);
  if (report.conflicts.length > 0) {
    lines.push('Conflicts: one task, several issues; the kept one is linked, the others are left alone:');
    for (const conflict of report.conflicts) {
      lines.push(`  task ${conflict.taskId}: kept ${link(conflict.keptKey)}`);
      for (const key of conflict.duplicateKeys) lines.push(`    extra ${link(key)}`);
    }
  }
  const sections = [
    ['Failed', report.examples.failed],
    ['Orphans (task gone from PeopleForce)', report.examples.orphans],
    ['Unmatched (no task id in the property)', report.examples.unmatched],
    [report.dryRun ? 'Would adopt, for example' : 'Adopted, for example', report.examples.adopted],
  ] as const;
  for (const [title, items] of sections) {
    if (items.length === 0) continue;
    lines.push(`${title}:`);
    for (const item of items) {
      const task = item.taskId === null ? '' : ` (task ${item.taskId})`;
      lines.push(`  ${link(item.issueKey)}${task}: ${item.detail}`);
    }
  }
  return lines;
}
