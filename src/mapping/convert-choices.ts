import type { FieldMeta } from './field-meta';
import { problem, quote, set, splitList, unique, type FieldValueResult } from './field-value.types';

type AllowedValue = NonNullable<FieldMeta['allowedValues']>[number];

const LISTED_CHOICES = 15;

/**
 * Option, priority and component fields take `{ id }`. The value may name the choice by id, value or
 * name, in any case. Without allowedValues in createmeta the value is passed by name and Jira decides.
 */
export function toOption(value: string, meta: FieldMeta): FieldValueResult {
  return single(value, meta, (text) => ({ value: text }));
}

export function toPriority(value: string, meta: FieldMeta): FieldValueResult {
  return single(value, meta, (text) => ({ name: text }));
}

export function toOptions(value: string, meta: FieldMeta): FieldValueResult {
  return several(value, meta, (text) => ({ value: text }));
}

export function toComponents(value: string, meta: FieldMeta): FieldValueResult {
  return several(value, meta, (text) => ({ name: text }));
}

function single(value: string, meta: FieldMeta, byName: (text: string) => object): FieldValueResult {
  const text = value.trim();
  if (meta.allowedValues === undefined) return set(byName(text));
  const choice = findChoice(text, meta.allowedValues);
  return choice === undefined ? notAllowed([text], meta) : set({ id: choice.id });
}

function several(value: string, meta: FieldMeta, byName: (text: string) => object): FieldValueResult {
  const entries = splitList(value);
  const allowed = meta.allowedValues;
  if (allowed === undefined) return set(entries.map(byName));
  const missing = entries.filter((entry) => findChoice(entry, allowed) === undefined);
  if (missing.length > 0) return notAllowed(missing, meta);
  const ids = unique(entries.map((entry) => findChoice(entry, allowed)?.id ?? ''));
  return set(ids.map((id) => ({ id })));
}

export function findChoice(text: string, allowed: readonly AllowedValue[]): AllowedValue | undefined {
  const wanted = text.trim().toLowerCase();
  return allowed.find((choice) =>
    [choice.id, choice.value, choice.name].some((candidate) => candidate?.trim().toLowerCase() === wanted),
  );
}

function notAllowed(values: readonly string[], meta: FieldMeta): FieldValueResult {
  const shown = values.map(quote).join(', ');
  const verb = values.length === 1 ? 'is not an allowed value' : 'are not allowed values';
  return problem(`${meta.name}: ${shown} ${verb}; use one of: ${choiceNames(meta.allowedValues ?? [])}`);
}

function choiceNames(allowed: readonly AllowedValue[]): string {
  const names = allowed.map((choice) => choice.value ?? choice.name ?? choice.id);
  const listed = names.slice(0, LISTED_CHOICES).join(', ');
  const more = names.length - LISTED_CHOICES;
  if (names.length === 0) return '(createmeta lists no choices)';
  return more > 0 ? `${listed} and ${more} more` : listed;
}
