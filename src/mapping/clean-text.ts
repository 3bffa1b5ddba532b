/**
 * C0 controls other than tab, line feed, form feed and carriage return, plus DEL. JSON can carry them but
 * Jira's storage and renderers refuse or mangle them, so they never reach a document.
 */
function isRemovedControl(code: number): boolean {
  return code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

/** The characters HTML collapses; U+00A0 (`&nbsp;`) is deliberately not among them. */
const COLLAPSIBLE_WHITESPACE = /[\t\n\f\r ]+/g;

export function removeControlCharacters(text: string): string {
  let kept = '';
  let from = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (isRemovedControl(text.charCodeAt(index))) {
      kept += text.slice(from, index);
      from = index + 1;
    }
  }
  return from === 0 ? text : kept + text.slice(from);
}

export function collapseWhitespace(text: string): string {
  return text.replace(COLLAPSIBLE_WHITESPACE, ' ');
}

/** Collapsed, trimmed and cut to `maxLength` characters (with an ellipsis when cut). */
export function singleLine(text: string, maxLength: number): string {
  const line = collapseWhitespace(removeControlCharacters(text)).trim();
  return line.length <= maxLength ? line : `${line.slice(0, maxLength - 1).trimEnd()}…`;
}

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
