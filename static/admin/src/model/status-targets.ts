import type { Config, StatusBehaviour, StatusMapping } from '../../../../src/config/schema';

export interface StatusTarget {
  projectKey: string;
  issueTypeId: string;
}

/** Every project and issue type some sync rule writes to, once each, in rule order. */
export function statusTargets(config: Config): StatusTarget[] {
  const seen = new Set<string>();
  const targets: StatusTarget[] = [];
  for (const rule of config.rules) {
    if (rule.action.type !== 'sync') continue;
    const { projectKey, issueTypeId } = rule.action;
    const key = `${projectKey}/${issueTypeId}`;
    if (projectKey === '' || issueTypeId === '' || seen.has(key)) continue;
    seen.add(key);
    targets.push({ projectKey, issueTypeId });
  }
  return targets;
}

function isFor(mapping: StatusMapping, target: StatusTarget): boolean {
  return mapping.projectKey === target.projectKey && mapping.issueTypeId === target.issueTypeId;
}

export function mappingFor(status: StatusBehaviour, target: StatusTarget): StatusMapping {
  return (
    status.mappings.find((mapping) => isFor(mapping, target)) ?? {
      ...target,
      doneStatus: null,
      reopenStatus: null,
    }
  );
}

/** Sets one target's statuses; a target back on "Automatic" for both is removed rather than stored as nulls. */
export function withStatusMapping(
  status: StatusBehaviour,
  target: StatusTarget,
  change: Partial<Pick<StatusMapping, 'doneStatus' | 'reopenStatus'>>,
): StatusBehaviour {
  const next = { ...mappingFor(status, target), ...change };
  const others = status.mappings.filter((mapping) => !isFor(mapping, target));
  const automatic = next.doneStatus === null && next.reopenStatus === null;
  return { ...status, mappings: automatic ? others : [...others, next] };
}
