/**
 * Jira requests grouped by what they do, from the local host's counters (`METHOD /path` with ids as `{id}`).
 * The bench compares each kind with its lower bound, so the grouping is explicit rather than guessed per row.
 */
export const JIRA_KINDS = [
  'bulkCreate',
  'edit',
  'transition',
  'transitionLookup',
  'issueRead',
  'userSearch',
  'createMeta',
  'search',
  'other',
] as const;
export type JiraKind = (typeof JIRA_KINDS)[number];
export type JiraCounts = Record<JiraKind, number>;

const RULES: Array<{ kind: JiraKind; method: string; path: RegExp }> = [
  { kind: 'bulkCreate', method: 'POST', path: /\/issue\/bulk$/ },
  { kind: 'transitionLookup', method: 'GET', path: /\/issue\/\{id\}\/transitions$/ },
  { kind: 'transition', method: 'POST', path: /\/issue\/\{id\}\/transitions$/ },
  { kind: 'edit', method: 'PUT', path: /\/issue\/\{id\}$/ },
  { kind: 'issueRead', method: 'GET', path: /\/issue\/\{id\}$/ },
  { kind: 'userSearch', method: 'GET', path: /\/user\/search$/ },
  { kind: 'createMeta', method: 'GET', path: /\/issue\/createmeta\// },
  { kind: 'search', method: 'POST', path: /\/search\/jql$/ },
  { kind: 'search', method: 'GET', path: /\/search\/jql$/ },
];

export function jiraKindOf(pattern: string): JiraKind {
  const [method = '', path = ''] = pattern.split(' ');
  return RULES.find((rule) => rule.method === method && rule.path.test(path))?.kind ?? 'other';
}

export function countJiraKinds(byPattern: Record<string, number>): JiraCounts {
  const counts = Object.fromEntries(JIRA_KINDS.map((kind) => [kind, 0])) as JiraCounts;
  for (const [pattern, count] of Object.entries(byPattern)) counts[jiraKindOf(pattern)] += count;
  return counts;
}

export function jiraWrites(counts: JiraCounts): number {
  return counts.bulkCreate + counts.edit + counts.transition;
}

export function jiraTotal(counts: JiraCounts): number {
  return JIRA_KINDS.reduce((total, kind) => total + counts[kind], 0);
}
