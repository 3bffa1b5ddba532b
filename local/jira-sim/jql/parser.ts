/**
 * A recursive-descent parser for the JQL subset the simulator answers:
 *   query   := [or] [ORDER BY field [ASC|DESC] {, field [ASC|DESC]}]
 *   or      := and {OR and}        and := not {AND not}        not := NOT not | primary
 *   primary := '(' or ')' | clause
 *   clause  := field operator operand
 * Errors carry Jira's wording and the 1-based character position.
 */
import type {
  JqlClause,
  JqlExpression,
  JqlOperand,
  JqlOperator,
  JqlOrder,
  JqlQuery,
  JqlSingleOperand,
} from './ast';
import { syntaxError } from './jql-error';
import { tokenize, type Token } from './tokens';

const RESERVED_WORDS = new Set(['and', 'or', 'not', 'in', 'is', 'order', 'by', 'empty', 'null']);
const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the query' : `'${token.text}'`;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parseQuery(): JqlQuery {
    const where = this.isKeyword('order') || this.peek().kind === 'end' ? null : this.parseOr();
    const orderBy = this.isKeyword('order') ? this.parseOrderBy() : [];
    const rest = this.peek();
    if (rest.kind !== 'end') {
      const expected =
        orderBy.length > 0 ? "Expecting ',' or the end of the query" : "Expecting either 'OR' or 'AND'";
      throw syntaxError(`${expected} but got '${rest.text}'.`, rest.position);
    }
    return { where, orderBy };
  }

  private peek(offset = 0): Token {
    const token = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (!token) throw new Error('The tokenizer always ends with an end token');
    return token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'word' && token.text.toLowerCase() === word;
  }

  private expectKeyword(word: string): void {
    const token = this.next();
    if (token.kind !== 'word' || token.text.toLowerCase() !== word) {
      throw syntaxError(`Expecting '${word.toUpperCase()}' but got ${describe(token)}.`, token.position);
    }
  }

  private parseOr(): JqlExpression {
    const operands = [this.parseAnd()];
    while (this.isKeyword('or')) {
      this.next();
      operands.push(this.parseAnd());
    }
    return operands.length === 1 && operands[0] ? operands[0] : { kind: 'or', operands };
  }

  private parseAnd(): JqlExpression {
    const operands = [this.parseNot()];
    while (this.isKeyword('and')) {
      this.next();
      operands.push(this.parseNot());
    }
    return operands.length === 1 && operands[0] ? operands[0] : { kind: 'and', operands };
  }

  private parseNot(): JqlExpression {
    if (this.isKeyword('not')) {
      this.next();
      return { kind: 'not', operand: this.parseNot() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): JqlExpression {
    if (this.peek().kind !== 'lparen') return this.parseClause();
    this.next();
    const inner = this.parseOr();
    const closing = this.next();
    if (closing.kind !== 'rparen') {
      const problem =
        closing.kind === 'end'
          ? "Expecting ')' before the end of the query."
          : `Expecting ')' but got '${closing.text}'.`;
      throw syntaxError(problem, closing.position);
    }
    return inner;
  }

  private parseFieldName(): Token {
    const token = this.next();
    const reserved = token.kind === 'word' && RESERVED_WORDS.has(token.text.toLowerCase());
    if ((token.kind !== 'word' && token.kind !== 'string') || reserved) {
      throw syntaxError(`Expecting a field name but got ${describe(token)}.`, token.position);
    }
    return token;
  }

  private parseClause(): JqlClause {
    const field = this.parseFieldName();
    const operator = this.parseOperator();
    return {
      kind: 'clause',
      field: field.text,
      operator,
      operand: this.parseOperand(operator),
      position: field.position,
    };
  }

  private parseOperator(): JqlOperator {
    const token = this.next();
    if (token.kind === 'operator') return token.text as JqlOperator;
    const word = token.kind === 'word' ? token.text.toLowerCase() : '';
    if (word === 'in') return 'in';
    if (word === 'not' && this.isKeyword('in')) {
      this.next();
      return 'not in';
    }
    if (word === 'is') {
      if (!this.isKeyword('not')) return 'is';
      this.next();
      return 'is not';
    }
    throw syntaxError(`Expecting operator but got ${describe(token)}. ${VALID_OPERATORS}`, token.position);
  }

  private parseOperand(operator: JqlOperator): JqlOperand {
    if (operator === 'is' || operator === 'is not') {
      const token = this.next();
      if (token.kind === 'word' && ['empty', 'null'].includes(token.text.toLowerCase()))
        return { kind: 'empty' };
      throw syntaxError(`Expecting 'EMPTY' or 'NULL' but got ${describe(token)}.`, token.position);
    }
    if (operator === 'in' || operator === 'not in') return this.parseList();
    if (this.isKeyword('empty') || this.isKeyword('null')) {
      this.next();
      return { kind: 'empty' };
    }
    return this.parseSingleOperand();
  }

  private parseList(): JqlOperand {
    const open = this.next();
    if (open.kind !== 'lparen') throw syntaxError(`Expecting '(' but got ${describe(open)}.`, open.position);
    const items = [this.parseSingleOperand()];
    while (this.peek().kind === 'comma') {
      this.next();
      items.push(this.parseSingleOperand());
    }
    const close = this.next();
    if (close.kind !== 'rparen')
      throw syntaxError(`Expecting ')' but got ${describe(close)}.`, close.position);
    return { kind: 'list', items };
  }

  private parseSingleOperand(): JqlSingleOperand {
    const token = this.next();
    const reserved = token.kind === 'word' && RESERVED_WORDS.has(token.text.toLowerCase());
    if ((token.kind !== 'word' && token.kind !== 'string') || reserved) {
      throw syntaxError(
        `Expecting either a value, list or function but got ${describe(token)}.`,
        token.position,
      );
    }
    if (token.kind === 'word' && this.peek().kind === 'lparen') return this.parseFunctionCall(token);
    return { kind: 'value', text: token.text, position: token.position };
  }

  private parseFunctionCall(name: Token): JqlSingleOperand {
    this.next();
    const args: string[] = [];
    while (this.peek().kind !== 'rparen') {
      const argument = this.next();
      if (argument.kind !== 'word' && argument.kind !== 'string') {
        throw syntaxError(`Expecting ')' but got ${describe(argument)}.`, argument.position);
      }
      args.push(argument.text);
      if (this.peek().kind === 'comma') this.next();
    }
    this.next();
    return { kind: 'function', name: name.text, args, position: name.position };
  }

  private parseOrderBy(): JqlOrder[] {
    this.next();
    this.expectKeyword('by');
    const orders = [this.parseOrderItem()];
    while (this.peek().kind === 'comma') {
      this.next();
      orders.push(this.parseOrderItem());
    }
    return orders;
  }

  private parseOrderItem(): JqlOrder {
    const field = this.parseFieldName();
    let direction: JqlOrder['direction'] = 'asc';
    if (this.isKeyword('asc') || this.isKeyword('desc'))
      direction = this.next().text.toLowerCase() as 'asc' | 'desc';
    return { field: field.text, direction, position: field.position };
  }
}

export function parseJql(jql: string): JqlQuery {
  return new Parser(tokenize(jql)).parseQuery();
}
