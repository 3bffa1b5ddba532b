import type { ScenarioResult } from './scale-bench';

/**
 * The bench's one table: per size and scenario, what each system was asked, the invocations it took, and every
 * count's ratio to its lower bound (✓ on target, ✗ off it).
 */
export function formatTable(results: readonly ScenarioResult[]): string {
  const header = [
    'N',
    'scenario',
    'outcome',
    'PeopleForce',
    'Jira (create/edit/trans/lookup/read/user/meta/other)',
    'KVS r/w',
    'KVS KiB w',
    'invocations',
    'longest s',
    'heap MiB live/sampled',
    'ratios to lower bound',
  ];
  const rows = results.map((r) => [
    r.tasks.toLocaleString('en-US'),
    r.scenario,
    r.outcome,
    String(r.peopleforce),
    `${r.jiraTotal} (${[
      r.jira.bulkCreate,
      r.jira.edit,
      r.jira.transition,
      r.jira.transitionLookup,
      r.jira.issueRead,
      r.jira.userSearch,
      r.jira.createMeta,
      r.jira.search + r.jira.other,
    ].join('/')})`,
    `${r.kvReads}/${r.kvWrites}`,
    String(r.kvKiBWritten),
    String(r.invocations),
    r.longestInvocationS.toFixed(1),
    `${r.peakLiveHeapMiB ?? '–'}/${r.peakHeapMiB}`,
    r.checks
      .filter((c) => !c.name.startsWith('longest') && !c.name.startsWith('peak'))
      .map((c) => `${c.name} ${c.count}/${c.bound} = ${c.ratio}${c.ok ? ' ✓' : ' ✗'}`)
      .join('; '),
  ]);
  return markdownTable(header, rows);
}

export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
