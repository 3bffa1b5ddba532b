import { jiraIssueUrl, peopleforceTaskUrl } from './links';

describe('links', () => {
  test('a PeopleForce task opens on app.peopleforce.io', () => {
    expect(peopleforceTaskUrl(42)).toBe('https://app.peopleforce.io/tasks/42');
  });

  test.each([
    ['https://acme.atlassian.net', 'HR-7', 'https://acme.atlassian.net/browse/HR-7'],
    ['https://acme.atlassian.net/', 'HR-7', 'https://acme.atlassian.net/browse/HR-7'],
    [null, 'HR-7', '/browse/HR-7'],
    ['', 'A B', '/browse/A%20B'],
  ])('site %p and issue %s link to %s', (siteUrl, key, expected) => {
    expect(jiraIssueUrl(siteUrl, key)).toBe(expected);
  });
});
