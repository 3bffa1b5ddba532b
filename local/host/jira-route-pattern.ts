/**
 * `METHOD /path` with ids replaced by `{id}`, so that counters group requests by endpoint:
 * `GET /rest/api/3/issue/HR-12?fields=status` becomes `GET /rest/api/3/issue/{id}`.
 */
const ID_SEGMENT = [
  /^\d+$/, // numeric ids: issues, transitions, projects, fields
  /^[A-Z][A-Z0-9_]+-\d+$/, // issue keys
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUIDs
  /^\d+:[0-9a-f-]{36}$/i, // account ids of the form 712020:uuid
  /^[0-9a-f]{24}$/i, // legacy 24-hex account ids
  /^customfield_\d+$/, // custom field ids
];

/** The segment after these is an API version (`/rest/api/3`, `/rest/agile/1.0`), not an id. */
const VERSIONED_APIS = new Set(['api', 'agile']);

export function jiraRoutePattern(method: string, path: string): string {
  const [pathname = ''] = path.split('?');
  const segments = pathname.split('/').map((segment, index, all) => {
    const isVersion = VERSIONED_APIS.has(all[index - 1] ?? '');
    return !isVersion && ID_SEGMENT.some((pattern) => pattern.test(safeDecode(segment))) ? '{id}' : segment;
  });
  return `${method.toUpperCase()} ${segments.join('/')}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
