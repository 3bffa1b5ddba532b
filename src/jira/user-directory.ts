/**
 * Finds Jira account ids by email. `/user/search` matches loosely (prefixes of names and emails), so only an
 * exact, case-insensitive email match counts. Answers, misses included, are cached for the client's lifetime,
 * and concurrent lookups of one email share a request; a failed lookup is not cached.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-search-get
 */
import type { JiraHttp } from './jira-http';
import { jiraPath, withQuery } from './path';
import { UserSearchSchema } from './schemas';

export class UserDirectory {
  private readonly cache = new Map<string, Promise<string | null>>();

  constructor(private readonly http: JiraHttp) {}

  findAccountIdByEmail(email: string): Promise<string | null> {
    const normalized = email.trim().toLowerCase();
    if (normalized === '') return Promise.resolve(null);
    const cached = this.cache.get(normalized);
    if (cached) return cached;
    const lookup = this.lookup(normalized);
    this.cache.set(normalized, lookup);
    lookup.catch(() => this.cache.delete(normalized));
    return lookup;
  }

  private async lookup(email: string): Promise<string | null> {
    const path = withQuery(jiraPath`/rest/api/3/user/search`, { query: email, maxResults: 50 });
    const users = await this.http.json('GET', path, UserSearchSchema);
    const matches = users.filter((user) => user.emailAddress?.toLowerCase() === email);
    const chosen = matches.find((user) => user.active !== false) ?? matches[0];
    return chosen?.accountId ?? null;
  }
}
