/** Where a PeopleForce task and a Jira issue can be opened. */
export { peopleforceTaskUrl } from '../../../../src/config/peopleforce-links';

/** On the Jira site from the view context; without one, a relative link (the page is served from the site). */
export function jiraIssueUrl(siteUrl: string | null, issueKey: string): string {
  const path = `/browse/${encodeURIComponent(issueKey)}`;
  return siteUrl === null || siteUrl === '' ? path : `${siteUrl.replace(/\/+$/, '')}${path}`;
}
