import type { JqlExpression, JqlOrder } from './ast';
import { compileClause, isKnownField } from './clauses';
import { JqlError } from './jql-error';
import { parseJql } from './parser';
import type { JqlContext, JqlSubject, Predicate } from './subject';

export interface CompiledJql {
  /** False for a query without any restriction, which `/search/jql` refuses. */
  bounded: boolean;
  matches: Predicate;
  compare(left: JqlSubject, right: JqlSubject): number;
}

type Comparator = (left: JqlSubject, right: JqlSubject) => number;

function compileExpression(expression: JqlExpression, context: JqlContext): Predicate {
  switch (expression.kind) {
    case 'clause':
      return compileClause(expression, context);
    case 'not': {
      const inner = compileExpression(expression.operand, context);
      return (subject) => !inner(subject);
    }
    case 'and': {
      const parts = expression.operands.map((operand) => compileExpression(operand, context));
      return (subject) => parts.every((part) => part(subject));
    }
    case 'or': {
      const parts = expression.operands.map((operand) => compileExpression(operand, context));
      return (subject) => parts.some((part) => part(subject));
    }
  }
}

function keyParts(key: string): [string, number] {
  const dash = key.lastIndexOf('-');
  return [key.slice(0, dash), Number(key.slice(dash + 1))];
}

function compareKeys(left: JqlSubject, right: JqlSubject): number {
  const [leftProject, leftNumber] = keyParts(left.key);
  const [rightProject, rightNumber] = keyParts(right.key);
  return leftProject === rightProject ? leftNumber - rightNumber : leftProject.localeCompare(rightProject);
}

const SORTABLE: Record<string, Comparator> = {
  key: compareKeys,
  issuekey: compareKeys,
  created: (left, right) => left.created - right.created,
  createddate: (left, right) => left.created - right.created,
  updated: (left, right) => left.updated - right.updated,
  updateddate: (left, right) => left.updated - right.updated,
};

function compileOrder(order: JqlOrder, context: JqlContext): Comparator {
  const comparator = SORTABLE[order.field.toLowerCase()];
  if (!comparator) {
    if (isKnownField(order.field, context))
      throw new JqlError(`Not able to sort using field '${order.field}'.`);
    throw new JqlError(`Field '${order.field}' does not exist or you do not have permission to view it.`);
  }
  return order.direction === 'asc' ? comparator : (left, right) => comparator(right, left);
}

const byIdDescending: Comparator = (left, right) => Number(right.id) - Number(left.id);

/** Parses and checks a query against the site; throws `JqlError` with Jira's message when it is invalid. */
export function compileJql(jql: string, context: JqlContext): CompiledJql {
  const query = parseJql(jql);
  const matches = query.where ? compileExpression(query.where, context) : () => true;
  // Without ORDER BY the simulator returns the newest issues first; the id breaks ties either way.
  const comparators = [...query.orderBy.map((order) => compileOrder(order, context)), byIdDescending];
  return {
    bounded: query.where !== null,
    matches,
    compare: (left, right) => {
      for (const comparator of comparators) {
        const result = comparator(left, right);
        if (result !== 0) return result;
      }
      return 0;
    },
  };
}
