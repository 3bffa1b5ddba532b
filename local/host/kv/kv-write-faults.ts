import { jsonResponse } from '../http-responses';

/**
 * Crash injection for tests: the next writes touching a key with a given prefix are refused as the storage
 * service refuses a write it cannot take (500 INTERNAL_SERVER_ERROR), so a test can stop the app exactly between
 * two of its writes — e.g. after Jira created issues and before their links were stored.
 */
const WRITE_PATHS = new Set(['/api/v1/set', '/api/v1/batch/set', '/api/v1/transaction']);

export class KvWriteFaults {
  private readonly pending: Array<{ keyPrefix: string; remaining: number }> = [];

  failNextWrites(keyPrefix: string, count = 1): void {
    this.pending.push({ keyPrefix, remaining: count });
  }

  /** The refusal to answer instead of running this request, if one is armed for it. */
  refusalFor(requestPath: string, bodyText: string): Response | undefined {
    if (!WRITE_PATHS.has(requestPath) || this.pending.length === 0) return undefined;
    const fault = this.pending.find((candidate) => bodyText.includes(`"key":"${candidate.keyPrefix}`));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.pending.splice(this.pending.indexOf(fault), 1);
    return jsonResponse(500, {
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Injected storage failure (local host test fault)',
    });
  }
}
