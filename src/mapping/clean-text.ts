/**
 * C0 controls other than tab, line feed, form feed and carriage return, plus DEL. JSON can carry them but
 * Jira's storage and renderers refuse or mangle them, so they never reach a document.
 */
function isRemovedControl(code: number): boolean {
  return code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

/** The characters HTML collapses; U+00A0 (`&nbsp;`) is deliberately not among them. */
const COLLAPSIBLE_WHITESPACE = /[\t\n\f\r ]+/g;

/** Half of a surrogate pair with no other half: not a character, and not valid text for Jira's storage. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Line breaks HTML does not collapse but a one-line field must not carry: NEL, line and paragraph separators. */
const UNICODE_LINE_BREAKS = /[\u0085\u2028\u2029]+/g;

/** Removes the controls above and replaces lone surrogates with U+FFFD. */
export function removeControlCharacters(text: string): string {
  return removeControls(text).replace(LONE_SURROGATE, '\uFFFD');
}

function removeControls(text: string): string {
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

/**
 * Collapsed, trimmed and cut to `maxLength` UTF-16 units (Jira's count) with an ellipsis when cut; the cut
 * never splits a surrogate pair, so an emoji at the limit is dropped whole rather than left half.
 */
export function singleLine(text: string, maxLength: number): string {
  const line = collapseWhitespace(removeControlCharacters(text).replace(UNICODE_LINE_BREAKS, ' ')).trim();
  return line.length <= maxLength ? line : `${cutAt(line, maxLength - 1).trimEnd()}…`;
}

/** The first `length` UTF-16 units of `text`, one fewer when the last would be half of a surrogate pair. */
export function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
