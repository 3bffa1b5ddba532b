import { JqlError, syntaxError } from './jql-error';

export type TokenKind = 'word' | 'string' | 'operator' | 'lparen' | 'rparen' | 'comma' | 'end';

export interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based character position in the query, as Jira reports it. */
  position: number;
}

const OPERATORS = ['!=', '>=', '<=', '!~', '=', '>', '<', '~'];
const WORD_STOPPERS = new Set(['(', ')', ',', '=', '!', '<', '>', '~', '"', "'"]);
const PUNCTUATION: Record<string, TokenKind> = { '(': 'lparen', ')': 'rparen', ',': 'comma' };

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function readString(jql: string, start: number): { text: string; end: number } {
  const quote = jql.charAt(start);
  let text = '';
  let index = start + 1;
  while (index < jql.length) {
    const char = jql.charAt(index);
    if (char === quote) return { text, end: index + 1 };
    if (char === '\\' && index + 1 < jql.length) {
      text += jql.charAt(index + 1);
      index += 2;
      continue;
    }
    text += char;
    index += 1;
  }
  throw new JqlError(
    `Error in the JQL Query: The quoted string '${text}' has not been completed. (line 1, character ${start + 1})`,
  );
}

function readWord(jql: string, start: number): { text: string; end: number } {
  let index = start;
  while (index < jql.length && !isSpace(jql.charAt(index)) && !WORD_STOPPERS.has(jql.charAt(index)))
    index += 1;
  return { text: jql.slice(start, index), end: index };
}

/** Splits a JQL query into words, quoted strings, operators and punctuation. */
export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < jql.length) {
    const char = jql.charAt(index);
    if (isSpace(char)) {
      index += 1;
      continue;
    }
    const position = index + 1;
    const punctuation = PUNCTUATION[char];
    if (punctuation) {
      tokens.push({ kind: punctuation, text: char, position });
      index += 1;
      continue;
    }
    const operator = OPERATORS.find((candidate) => jql.startsWith(candidate, index));
    if (operator) {
      tokens.push({ kind: 'operator', text: operator, position });
      index += operator.length;
      continue;
    }
    if (char === '!') throw syntaxError("The character '!' is a reserved JQL character.", position);
    const read = char === '"' || char === "'" ? readString(jql, index) : readWord(jql, index);
    tokens.push({ kind: char === '"' || char === "'" ? 'string' : 'word', text: read.text, position });
    index = read.end;
  }
  tokens.push({ kind: 'end', text: '', position: jql.length + 1 });
  return tokens;
}
