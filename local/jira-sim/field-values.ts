/**
 * Converts a value sent in `fields` into the value Jira stores and returns, or into the error Jira answers,
 * one function per field schema type. `null` clears a field; whether that is allowed is the caller's concern.
 */
import { ADF_ERROR_MESSAGE, findAdfProblem } from './adf-validation';
import { takesAdf, type SiteCatalogue } from './catalogue';
import { parseCalendarDate } from './jira-time';
import type { SeedField, SeedProject } from './seed.types';

export interface ValueContext {
  catalogue: SiteCatalogue;
  project: SeedProject;
  baseUrl: string;
}

export type Conversion = { ok: true; value: unknown } | { ok: false; error: string };

const RICH_TEXT_LIMIT = 32_767;
const RICH_TEXT_TOO_LONG = 'The entered text is too long. It exceeds the allowed limit of 32,767 characters.';

const ok = (value: unknown): Conversion => ({ ok: true, value });
const fail = (error: string): Conversion => ({ ok: false, error });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function renderUser(
  user: {
    accountId: string;
    emailAddress: string;
    displayName: string;
    active?: boolean;
    accountType?: string;
  },
  baseUrl: string,
): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    emailAddress: user.emailAddress,
    displayName: user.displayName,
    active: user.active !== false,
    accountType: user.accountType ?? 'atlassian',
    timeZone: 'UTC',
  };
}

function convertString(field: SeedField, input: unknown): Conversion {
  if (takesAdf(field)) {
    if (input === null) return ok(null);
    if (findAdfProblem(input) !== null) return fail(ADF_ERROR_MESSAGE);
    // Counted as the document's JSON: the strictest reading of Jira's limit for rich text.
    return JSON.stringify(input).length > RICH_TEXT_LIMIT ? fail(RICH_TEXT_TOO_LONG) : ok(input);
  }
  if (input === null) return ok(null);
  if (typeof input !== 'string') return fail('Operation value must be a string');
  if (field.maxLength !== undefined && input.length > field.maxLength) {
    return fail(`${field.name} must be less than ${field.maxLength} characters.`);
  }
  return ok(input);
}

function convertDate(input: unknown): Conversion {
  if (input === null) return ok(null);
  if (typeof input !== 'string' || parseCalendarDate(input) === null) {
    return fail(`Error parsing date string: ${typeof input === 'string' ? input : JSON.stringify(input)}`);
  }
  return ok(input);
}

function convertNumber(input: unknown): Conversion {
  if (input === null) return ok(null);
  if (typeof input !== 'number' || !Number.isFinite(input)) return fail('Operation value must be a number');
  return ok(input);
}

function convertUser(field: SeedField, input: unknown, context: ValueContext): Conversion {
  if (input === null) return ok(null);
  const accountId = isRecord(input) ? (input.accountId ?? input.id) : undefined;
  if (typeof accountId !== 'string') return fail(`Specify a valid value for ${field.name.toLowerCase()}`);
  const user = context.catalogue.user(accountId);
  if (field.id === 'assignee' && (!user || user.active === false)) {
    return fail(`User '${accountId}' cannot be assigned issues.`);
  }
  if (!user) return fail(`Specified ${field.name.toLowerCase()} '${accountId}' does not exist.`);
  return ok(renderUser(user, context.baseUrl));
}

function convertPriority(input: unknown, context: ValueContext): Conversion {
  const priority = isRecord(input) ? context.catalogue.priority(input) : undefined;
  if (!priority) return fail("Specify a valid 'id' or 'name' for Priority");
  return ok({
    self: `${context.baseUrl}/rest/api/3/priority/${priority.id}`,
    id: priority.id,
    name: priority.name,
  });
}

function convertOption(field: SeedField, input: unknown, context: ValueContext): Conversion {
  if (!isRecord(input)) return fail(`Specify a valid 'id' or 'value' for ${field.name}`);
  const options = field.options ?? [];
  const option =
    typeof input.id === 'string'
      ? options.find((candidate) => candidate.id === input.id)
      : options.find((candidate) => candidate.value === input.value);
  if (!option) {
    return typeof input.id === 'string'
      ? fail(`Option id '${input.id}' is not valid`)
      : fail(`Option value '${String(input.value)}' is not valid`);
  }
  return ok({
    self: `${context.baseUrl}/rest/api/3/customFieldOption/${option.id}`,
    id: option.id,
    value: option.value,
  });
}

function convertComponent(input: unknown, context: ValueContext): Conversion {
  if (!isRecord(input)) return fail('Specify a valid component id or name');
  const components = context.project.components;
  const component =
    typeof input.id === 'string'
      ? components.find((candidate) => candidate.id === input.id)
      : components.find((candidate) => candidate.name === input.name);
  if (!component) {
    return typeof input.id === 'string'
      ? fail(`Component with id '${input.id}' does not exist.`)
      : fail(`Component name '${String(input.name)}' is not valid`);
  }
  return ok({
    self: `${context.baseUrl}/rest/api/3/component/${component.id}`,
    id: component.id,
    name: component.name,
  });
}

function convertLabel(input: unknown): Conversion {
  if (typeof input !== 'string' || input.length === 0) return fail('Labels must be non-empty strings.');
  if (/\s/.test(input)) return fail(`The label '${input}' contains spaces which is invalid.`);
  if (input.length > 255) return fail('The label must be less than 255 characters.');
  return ok(input);
}

function convertArray(field: SeedField, input: unknown, context: ValueContext): Conversion {
  if (input === null) return ok([]);
  if (!Array.isArray(input)) return fail(`Operation value must be an array for ${field.name}`);
  const converted: unknown[] = [];
  for (const item of input) {
    const result = convertArrayItem(field, item, context);
    if (!result.ok) return result;
    converted.push(result.value);
  }
  return ok(converted);
}

function convertArrayItem(field: SeedField, item: unknown, context: ValueContext): Conversion {
  switch (field.schema.items) {
    case 'string':
      return convertLabel(item);
    case 'option':
      return convertOption(field, item, context);
    case 'component':
      return convertComponent(item, context);
    default:
      return fail(`The simulator cannot set arrays of '${String(field.schema.items)}'`);
  }
}

/** Converts a settable field's input. Project, issue type and parent are resolved by the issue store. */
export function convertFieldValue(field: SeedField, input: unknown, context: ValueContext): Conversion {
  switch (field.schema.type) {
    case 'string':
      return convertString(field, input);
    case 'date':
      return convertDate(input);
    case 'number':
      return convertNumber(input);
    case 'user':
      return convertUser(field, input, context);
    case 'priority':
      return input === null ? ok(null) : convertPriority(input, context);
    case 'option':
      return input === null ? ok(null) : convertOption(field, input, context);
    case 'array':
      return convertArray(field, input, context);
    default:
      return fail(`The simulator cannot set fields of type '${field.schema.type}'`);
  }
}

/** Jira treats null, empty strings and empty arrays as "no value" when it checks required fields. */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}
