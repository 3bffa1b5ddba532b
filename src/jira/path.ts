/**
 * Jira REST paths built so that no value can change the route: every interpolated segment is percent-encoded
 * (a key such as `HR/../..` becomes one harmless segment) and query strings are assembled from a map. The
 * `JiraPath` brand lets the client accept only paths made here, which the `JiraTransport` port relies on.
 */

declare const jiraPathBrand: unique symbol;
export type JiraPath = string & { readonly [jiraPathBrand]: true };

export type PathSegment = string | number;

function encodeSegment(segment: PathSegment): string {
  const text = String(segment);
  if (text === '' || text === '.' || text === '..') {
    throw new TypeError(`A Jira path segment cannot be '${text}'`);
  }
  return encodeURIComponent(text);
}

/** Tagged template: `jiraPath\`/rest/api/3/issue/${key}/transitions\``. */
export function jiraPath(literals: TemplateStringsArray, ...segments: readonly PathSegment[]): JiraPath {
  if (literals.some((literal) => literal.includes('?') || literal.includes('#'))) {
    throw new TypeError('Put query parameters in withQuery(), not in the path template');
  }
  let path = literals[0] ?? '';
  segments.forEach((segment, index) => {
    path += encodeSegment(segment) + (literals[index + 1] ?? '');
  });
  if (!path.startsWith('/')) throw new TypeError(`A Jira path must start with '/': ${path}`);
  return path as JiraPath;
}

export type QueryValue = string | number | boolean | readonly PathSegment[] | undefined;

/** Appends a query string; arrays become comma-separated lists, undefined values and empty arrays are left out. */
export function withQuery(path: JiraPath, params: Readonly<Record<string, QueryValue>>): JiraPath {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const text = Array.isArray(value) ? value.map(String).join(',') : String(value);
    pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
  }
  if (pairs.length === 0) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${pairs.join('&')}` as JiraPath;
}

/** The path without its query string, for logs and error messages (queries may hold emails or JQL). */
export function pathWithoutQuery(path: string): string {
  const queryStart = path.indexOf('?');
  return queryStart === -1 ? path : path.slice(0, queryStart);
}
