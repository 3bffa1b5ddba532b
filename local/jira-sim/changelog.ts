import type { SiteCatalogue } from './catalogue';
import { displayValue, referenceId, type ChangeItem } from './issue-model';

function sameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left ?? null) === JSON.stringify(right ?? null);
}

/** The changelog items for the fields whose value actually changes; unchanged fields leave no trace. */
export function fieldChangeItems(
  before: ReadonlyMap<string, unknown>,
  after: ReadonlyMap<string, unknown>,
  catalogue: SiteCatalogue,
): ChangeItem[] {
  const items: ChangeItem[] = [];
  for (const [fieldId, next] of after) {
    const previous = before.get(fieldId);
    if (sameValue(previous, next)) continue;
    const field = catalogue.field(fieldId);
    const customName = field?.schema.custom === undefined ? undefined : field.name;
    items.push({
      field: customName ?? fieldId,
      fieldtype: customName === undefined ? 'jira' : 'custom',
      fieldId,
      from: referenceId(previous),
      fromString: displayValue(previous),
      to: referenceId(next),
      toString: displayValue(next),
    });
  }
  return items;
}

export function statusChangeItem(fromId: string, toId: string, catalogue: SiteCatalogue): ChangeItem {
  return {
    field: 'status',
    fieldtype: 'jira',
    fieldId: 'status',
    from: fromId,
    fromString: catalogue.status(fromId).name,
    to: toId,
    toString: catalogue.status(toId).name,
  };
}

export function resolutionChangeItem(resolved: boolean): ChangeItem {
  return {
    field: 'resolution',
    fieldtype: 'jira',
    fieldId: 'resolution',
    from: resolved ? null : '10000',
    fromString: resolved ? null : 'Done',
    to: resolved ? '10000' : null,
    toString: resolved ? 'Done' : null,
  };
}
