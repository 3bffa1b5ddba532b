import { jiraPath, pathWithoutQuery, withQuery } from './path';

describe('jiraPath', () => {
  it.each([
    ['HR-1', '/rest/api/3/issue/HR-1/transitions'],
    ['HR/../../admin', '/rest/api/3/issue/HR%2F..%2F..%2Fadmin/transitions'],
    ['a b?c#d', '/rest/api/3/issue/a%20b%3Fc%23d/transitions'],
    ['ключ', '/rest/api/3/issue/%D0%BA%D0%BB%D1%8E%D1%87/transitions'],
    [10001, '/rest/api/3/issue/10001/transitions'],
  ])('encodes the interpolated segment %p as one path segment', (segment, expected) => {
    expect(jiraPath`/rest/api/3/issue/${segment}/transitions`).toBe(expected);
  });

  it('encodes every segment of a path with several', () => {
    expect(jiraPath`/rest/api/3/issue/${'HR 1'}/properties/${'peopleforce/task'}`).toBe(
      '/rest/api/3/issue/HR%201/properties/peopleforce%2Ftask',
    );
  });

  it.each(['', '.', '..'])('refuses the segment %p, which would change the route', (segment) => {
    expect(() => jiraPath`/rest/api/3/issue/${segment}`).toThrow(TypeError);
  });

  it('refuses a query string written into the template', () => {
    expect(() => jiraPath`/rest/api/3/issue/${'HR-1'}?fields=summary`).toThrow(/withQuery/);
  });
});

describe('withQuery', () => {
  const base = jiraPath`/rest/api/3/issue/${'HR-1'}`;

  it.each([
    [{ fields: ['summary', 'status'] }, '/rest/api/3/issue/HR-1?fields=summary%2Cstatus'],
    [{ notifyUsers: false }, '/rest/api/3/issue/HR-1?notifyUsers=false'],
    [{ query: 'anna+1@example.com' }, '/rest/api/3/issue/HR-1?query=anna%2B1%40example.com'],
    [{ jql: 'project = "HR" & x' }, '/rest/api/3/issue/HR-1?jql=project%20%3D%20%22HR%22%20%26%20x'],
    [{ fields: undefined, properties: [] }, '/rest/api/3/issue/HR-1'],
    [{ startAt: 50, maxResults: 50 }, '/rest/api/3/issue/HR-1?startAt=50&maxResults=50'],
  ])('builds %p into an encoded query', (params, expected) => {
    expect(withQuery(base, params)).toBe(expected);
  });

  it('appends to a path that already has a query', () => {
    expect(withQuery(withQuery(base, { a: 1 }), { b: 2 })).toBe('/rest/api/3/issue/HR-1?a=1&b=2');
  });
});

describe('pathWithoutQuery', () => {
  it('drops the query so logs never carry emails or JQL', () => {
    expect(pathWithoutQuery('/rest/api/3/user/search?query=anna%40example.com')).toBe(
      '/rest/api/3/user/search',
    );
  });
});
