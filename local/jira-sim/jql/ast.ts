export type JqlOperator =
  '=' | '!=' | '>' | '>=' | '<' | '<=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export interface JqlValue {
  kind: 'value';
  text: string;
  position: number;
}

export interface JqlFunctionCall {
  kind: 'function';
  name: string;
  args: string[];
  position: number;
}

export type JqlSingleOperand = JqlValue | JqlFunctionCall;

export type JqlOperand = JqlSingleOperand | { kind: 'list'; items: JqlSingleOperand[] } | { kind: 'empty' };

export interface JqlClause {
  kind: 'clause';
  field: string;
  operator: JqlOperator;
  operand: JqlOperand;
  position: number;
}

export type JqlExpression =
  | JqlClause
  | { kind: 'and'; operands: JqlExpression[] }
  | { kind: 'or'; operands: JqlExpression[] }
  | { kind: 'not'; operand: JqlExpression };

export interface JqlOrder {
  field: string;
  direction: 'asc' | 'desc';
  position: number;
}

export interface JqlQuery {
  where: JqlExpression | null;
  orderBy: JqlOrder[];
}
