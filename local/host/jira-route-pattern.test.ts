import { jiraRoutePattern } from './jira-route-pattern';

describe('jiraRoutePattern', () => {
  it.each([
    ['GET', '/rest/api/3/issue/HR-12?fields=summary', 'GET /rest/api/3/issue/{id}'],
    ['post', '/rest/api/3/issue/10042/transitions', 'POST /rest/api/3/issue/{id}/transitions'],
    [
      'PUT',
      '/rest/api/3/issue/HR-7/properties/peopleforce-task',
      'PUT /rest/api/3/issue/{id}/properties/peopleforce-task',
    ],
    ['GET', '/rest/api/3/search/jql?jql=project%3DHR', 'GET /rest/api/3/search/jql'],
    ['GET', '/rest/agile/1.0/board/12', 'GET /rest/agile/1.0/board/{id}'],
    ['GET', '/rest/api/3/user?accountId=5b10ac8d82e05b22cc7d4ef5', 'GET /rest/api/3/user'],
    ['GET', '/rest/api/3/field/customfield_10010/context', 'GET /rest/api/3/field/{id}/context'],
    ['DELETE', '/rest/api/3/issue/HR-1%2F', 'DELETE /rest/api/3/issue/HR-1%2F'],
  ])('%s %s counts as %s', (method, path, pattern) => {
    expect(jiraRoutePattern(method, path)).toBe(pattern);
  });
});
