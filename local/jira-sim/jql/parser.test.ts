import type { JqlExpression, JqlQuery } from './ast';
import { JqlError } from './jql-error';
import { parseJql } from './parser';

/** A compact rendering of the AST so that the case table stays readable. */
function show(expression: JqlExpression | null): string {
  if (expression === null) return '∅';
  switch (expression.kind) {
    case 'and':
    case 'or':
      return `(${expression.operands.map(show).join(` ${expression.kind.toUpperCase()} `)})`;
    case 'not':
      return `NOT ${show(expression.operand)}`;
    case 'clause': {
      const operand = expression.operand;
      const value = (single: { kind: string; text?: string; name?: string; args?: string[] }) =>
        single.kind === 'function'
          ? `${single.name ?? ''}(${(single.args ?? []).join(',')})`
          : `«${single.text ?? ''}»`;
      const rendered =
        operand.kind === 'list'
          ? `[${operand.items.map(value).join(',')}]`
          : operand.kind === 'empty'
            ? 'EMPTY'
            : value(operand);
      return `${expression.field} ${expression.operator} ${rendered}`;
    }
  }
}

function showQuery(query: JqlQuery): string {
  const order = query.orderBy.map((item) => `${item.field} ${item.direction}`).join(', ');
  return order ? `${show(query.where)} ORDER ${order}` : show(query.where);
}

describe('parseJql', () => {
  it.each([
    ['project = HR', 'project = «HR»'],
    ['project = "People Ops"', 'project = «People Ops»'],
    ["status = 'In Progress'", 'status = «In Progress»'],
    ['project = HR AND status != Done', '(project = «HR» AND status != «Done»)'],
    ['a = 1 OR b = 2 AND c = 3', '(a = «1» OR (b = «2» AND c = «3»))'],
    ['(a = 1 OR b = 2) AND c = 3', '((a = «1» OR b = «2») AND c = «3»)'],
    ['project in (HR, IT, "X Y")', 'project in [«HR»,«IT»,«X Y»]'],
    ['statusCategory not in (Done)', 'statusCategory not in [«Done»]'],
    ['NOT labels = x', 'NOT labels = «x»'],
    ['labels is EMPTY', 'labels is EMPTY'],
    ['labels IS NOT null', 'labels is not EMPTY'],
    ['labels = EMPTY', 'labels = EMPTY'],
    ['updated >= -24h', 'updated >= «-24h»'],
    ['created < "2026-11-01 10:00"', 'created < «2026-11-01 10:00»'],
    ['updated > startOfDay()', 'updated > startOfDay()'],
    ['issue.property[peopleforce-task].taskId = "42"', 'issue.property[peopleforce-task].taskId = «42»'],
    ['peopleforceTaskId=42', 'peopleforceTaskId = «42»'],
    ['summary ~ "laptop"', 'summary ~ «laptop»'],
    ['key = "HR-1" ORDER BY updated DESC, key', 'key = «HR-1» ORDER updated desc, key asc'],
    ['ORDER BY created', '∅ ORDER created asc'],
    ['', '∅'],
    ['project = "say \\"hi\\""', 'project = «say "hi"»'],
  ])('parses %p', (jql, expected) => {
    expect(showQuery(parseJql(jql))).toBe(expected);
  });

  it.each([
    [
      'project = ',
      'Error in the JQL Query: Expecting either a value, list or function but got the end of the query. (line 1, character 11)',
    ],
    ['project HR', "Error in the JQL Query: Expecting operator but got 'HR'."],
    [
      '(project = HR',
      "Error in the JQL Query: Expecting ')' before the end of the query. (line 1, character 14)",
    ],
    [
      'project = HR status = Done',
      "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 14)",
    ],
    [
      'project = "HR',
      "Error in the JQL Query: The quoted string 'HR' has not been completed. (line 1, character 11)",
    ],
    ['project in HR', "Error in the JQL Query: Expecting '(' but got 'HR'."],
    ['project in (HR IT)', "Error in the JQL Query: Expecting ')' but got 'IT'."],
    ['AND = 1', "Error in the JQL Query: Expecting a field name but got 'AND'."],
    ['labels is x', "Error in the JQL Query: Expecting 'EMPTY' or 'NULL' but got 'x'."],
    ['project = HR ORDER updated', "Error in the JQL Query: Expecting 'BY' but got 'updated'."],
    ['project = HR!', "Error in the JQL Query: The character '!' is a reserved JQL character."],
  ])('rejects %p with Jira’s message', (jql, message) => {
    expect(() => parseJql(jql)).toThrow(JqlError);
    expect(() => parseJql(jql)).toThrow(message);
  });
});
