/**
 * One handler per searchable field: which operators it takes, how its operand values are resolved against
 * the site (unknown values are errors, as in Jira), and the predicate it becomes.
 */
import { STATUS_CATEGORIES } from '../catalogue';
import type { StatusCategoryKey } from '../seed.types';
import type { JqlClause, JqlOperator, JqlSingleOperand } from './ast';
import { resolveDateOperand } from './date-operand';
import { JqlError } from './jql-error';
import type { JqlContext, JqlSubject, Predicate } from './subject';

interface FieldHandler {
  operators: readonly JqlOperator[];
  acceptsEmpty: boolean;
  compile(clause: JqlClause, name: string, context: JqlContext): Predicate;
}

const EQUALITY: readonly JqlOperator[] = ['=', '!=', 'in', 'not in'];
const EQUALITY_AND_EMPTY: readonly JqlOperator[] = [...EQUALITY, 'is', 'is not'];
const ORDERED: readonly JqlOperator[] = [...EQUALITY, '>', '>=', '<', '<='];

function operands(clause: JqlClause): JqlSingleOperand[] {
  const operand = clause.operand;
  if (operand.kind === 'list') return operand.items;
  if (operand.kind === 'empty') return [];
  return [operand];
}

function operandTexts(clause: JqlClause, name: string): string[] {
  return operands(clause).map((operand) => {
    if (operand.kind === 'function') {
      throw new JqlError(`The function '${operand.name}' is not supported by the '${name}' field.`);
    }
    return operand.text;
  });
}

/** Membership semantics shared by single- and multi-valued fields; negations never match an empty field. */
function membership(
  clause: JqlClause,
  valuesOf: (subject: JqlSubject) => readonly string[],
  accepted: Set<string>,
) {
  const emptyOperand = clause.operand.kind === 'empty';
  const isIn = (subject: JqlSubject) => valuesOf(subject).some((value) => accepted.has(value));
  const hasValue = (subject: JqlSubject) => valuesOf(subject).length > 0;
  switch (clause.operator) {
    case '=':
    case 'in':
      return emptyOperand ? (subject: JqlSubject) => !hasValue(subject) : isIn;
    case 'is':
      return (subject: JqlSubject) => !hasValue(subject);
    case 'is not':
      return hasValue;
    default:
      return emptyOperand ? hasValue : (subject: JqlSubject) => hasValue(subject) && !isIn(subject);
  }
}

function valueDoesNotExist(text: string, name: string): JqlError {
  return new JqlError(`The value '${text}' does not exist for the field '${name}'.`);
}

function resolvedSet(clause: JqlClause, name: string, resolve: (text: string) => string[]): Set<string> {
  const resolved = new Set<string>();
  for (const text of operandTexts(clause, name)) {
    const ids = resolve(text);
    if (ids.length === 0) throw valueDoesNotExist(text, name);
    for (const id of ids) resolved.add(id);
  }
  return resolved;
}

const project: FieldHandler = {
  operators: EQUALITY,
  acceptsEmpty: false,
  compile: (clause, name, context) => {
    const ids = resolvedSet(clause, name, (text) => {
      const found = context.catalogue.projectByKeyIdOrName(text);
      return found ? [found.id] : [];
    });
    return membership(clause, (subject) => [subject.projectId], ids);
  },
};

const issueType: FieldHandler = {
  operators: EQUALITY,
  acceptsEmpty: false,
  compile: (clause, name, context) => {
    const ids = resolvedSet(clause, name, (text) =>
      context.catalogue.issueTypesMatching(text).map((type) => type.id),
    );
    return membership(clause, (subject) => [subject.issueTypeId], ids);
  },
};

const status: FieldHandler = {
  operators: EQUALITY,
  acceptsEmpty: false,
  compile: (clause, name, context) => {
    const ids = resolvedSet(clause, name, (text) =>
      context.catalogue.statusesMatching(text).map((found) => found.id),
    );
    return membership(clause, (subject) => [subject.statusId], ids);
  },
};

function categoryKeys(text: string): StatusCategoryKey[] {
  const lower = text.toLowerCase();
  return Object.values(STATUS_CATEGORIES)
    .filter(
      (category) =>
        category.key === lower || category.name.toLowerCase() === lower || String(category.id) === text,
    )
    .map((category) => category.key);
}

const statusCategory: FieldHandler = {
  operators: EQUALITY,
  acceptsEmpty: false,
  compile: (clause, name) => {
    const keys = resolvedSet(clause, name, categoryKeys);
    return membership(clause, (subject) => [subject.statusCategory], keys);
  },
};

const labels: FieldHandler = {
  operators: EQUALITY_AND_EMPTY,
  acceptsEmpty: true,
  compile: (clause, name) => {
    const wanted = new Set(operandTexts(clause, name).map((text) => text.toLowerCase()));
    return membership(clause, (subject) => subject.labels.map((label) => label.toLowerCase()), wanted);
  },
};

interface ParsedKey {
  project: string;
  number: number;
}

function parseKey(text: string): ParsedKey | null {
  const match = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/.exec(text);
  return match ? { project: (match[1] ?? '').toUpperCase(), number: Number(match[2]) } : null;
}

function compareOrdered<T>(operator: JqlOperator, actual: T, expected: T): boolean {
  switch (operator) {
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
    case '<':
      return actual < expected;
    default:
      return actual <= expected;
  }
}

function isOrderedOperator(operator: JqlOperator): boolean {
  return operator === '>' || operator === '>=' || operator === '<' || operator === '<=';
}

const key: FieldHandler = {
  operators: ORDERED,
  acceptsEmpty: false,
  compile: (clause, name, context) => {
    const keys = operandTexts(clause, name).map((text) => {
      const parsed = parseKey(text);
      if (!parsed) throw new JqlError(`The issue key '${text}' for field '${name}' is invalid.`);
      const normalized = `${parsed.project}-${parsed.number}`;
      if (!isOrderedOperator(clause.operator) && !context.issueKeyExists(normalized)) {
        throw new JqlError(`An issue with key '${text}' does not exist for field '${name}'.`);
      }
      return { parsed, normalized };
    });
    const bound = keys[0];
    if (isOrderedOperator(clause.operator) && bound) {
      return (subject) => {
        const actual = parseKey(subject.key);
        return (
          actual?.project === bound.parsed.project &&
          compareOrdered(clause.operator, actual.number, bound.parsed.number)
        );
      };
    }
    return membership(clause, (subject) => [subject.key], new Set(keys.map((entry) => entry.normalized)));
  },
};

function dateField(read: (subject: JqlSubject) => number): FieldHandler {
  return {
    operators: ORDERED,
    acceptsEmpty: false,
    compile: (clause, name, context) => {
      const instants = operands(clause).map((operand) => resolveDateOperand(operand, name, context.now));
      const bound = instants[0];
      if (isOrderedOperator(clause.operator) && bound !== undefined) {
        return (subject) => compareOrdered(clause.operator, read(subject), bound);
      }
      return membership(clause, (subject) => [String(read(subject))], new Set(instants.map(String)));
    },
  };
}

function valueAtPath(root: unknown, path: string): unknown {
  let current = root;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function indexedStrings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(indexedStrings);
  if (typeof value === 'string') return [value];
  return typeof value === 'number' || typeof value === 'boolean' ? [String(value)] : [];
}

function propertyField(propertyKey: string, path: string): FieldHandler {
  return {
    operators: EQUALITY_AND_EMPTY,
    acceptsEmpty: true,
    compile: (clause, name) => {
      const wanted = new Set(operandTexts(clause, name));
      const valuesOf = (subject: JqlSubject) =>
        indexedStrings(valueAtPath(subject.properties[propertyKey], path));
      return membership(clause, valuesOf, wanted);
    },
  };
}

const FIELDS: Record<string, FieldHandler> = {
  project,
  key,
  issuekey: key,
  issuetype: issueType,
  type: issueType,
  status,
  statuscategory: statusCategory,
  category: statusCategory,
  labels,
  created: dateField((subject) => subject.created),
  createddate: dateField((subject) => subject.created),
  updated: dateField((subject) => subject.updated),
  updateddate: dateField((subject) => subject.updated),
};

const PROPERTY_FIELD = /^issue\.property\[([^\]]+)\]\.(.+)$/i;

function resolveField(name: string, context: JqlContext): FieldHandler {
  const builtIn = FIELDS[name.toLowerCase()];
  if (builtIn) return builtIn;
  const property = PROPERTY_FIELD.exec(name);
  if (property?.[1] && property[2]) return propertyField(property[1], property[2]);
  const aliasKey = Object.keys(context.propertyAliases).find(
    (alias) => alias.toLowerCase() === name.toLowerCase(),
  );
  const alias = aliasKey === undefined ? undefined : context.propertyAliases[aliasKey];
  if (alias) return propertyField(alias.propertyKey, alias.path);
  throw new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);
}

export function compileClause(clause: JqlClause, context: JqlContext): Predicate {
  const handler = resolveField(clause.field, context);
  if (!handler.operators.includes(clause.operator)) {
    throw new JqlError(
      `The operator '${clause.operator.toUpperCase()}' is not supported by the '${clause.field}' field.`,
    );
  }
  if (clause.operand.kind === 'empty' && !handler.acceptsEmpty) {
    throw new JqlError(`The field '${clause.field}' does not support searching for EMPTY values.`);
  }
  return handler.compile(clause, clause.field, context);
}

/** Whether the name is a field the simulator can search or sort on (for ORDER BY checks). */
export function isKnownField(name: string, context: JqlContext): boolean {
  try {
    resolveField(name, context);
    return true;
  } catch {
    return false;
  }
}
