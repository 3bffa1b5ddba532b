/**
 * Fault injection at the host's edge to the remotes: before a Jira request or an egress request leaves the host,
 * a rule may answer it instead, as a throttling or failing remote would (429 with or without `Retry-After`, 503).
 * The answer never reaches the remote, so the request had no effect there. Rules are plain functions so a test
 * can make them seeded-random (a 30 % storm) or time-based (an outage window on a virtual clock).
 */
/** `jira` for `requestJira`, otherwise the egress host name (e.g. `app.peopleforce.io`). */
export type RemoteName = string;

export interface RemoteFaultAnswer {
  status: number;
  /** Sent as the `Retry-After` header. */
  retryAfter?: string;
}

export interface RemoteCall {
  remote: RemoteName;
  method: string;
  /** Path (and query) of the request. */
  path: string;
}

export type RemoteFaultRule = (call: RemoteCall) => RemoteFaultAnswer | undefined;

export interface RemoteFaultTally {
  requests: number;
  injected: number;
  byStatus: Record<string, number>;
  /**
   * Every request in order: the host clock's time (`Date.now()`, which a test may move), the monotonic time
   * (`performance.now()`), and the injected status, if any.
   */
  log: Array<{
    method: string;
    path: string;
    atMs: number;
    monotonicMs: number;
    injected: number | null;
    retryAfter: string | null;
  }>;
}

export class RemoteFaults {
  private readonly rules = new Map<RemoteName, RemoteFaultRule>();
  private readonly tallies = new Map<RemoteName, RemoteFaultTally>();

  set(remote: RemoteName, rule: RemoteFaultRule | undefined): void {
    if (rule === undefined) this.rules.delete(remote);
    else this.rules.set(remote, rule);
  }

  /** The injected answer for this call, if a rule gives one; every call is tallied. */
  answerFor(call: RemoteCall): Response | undefined {
    const tally = this.tallyOf(call.remote);
    tally.requests += 1;
    const answer = this.rules.get(call.remote)?.(call);
    tally.log.push({
      method: call.method,
      path: call.path,
      atMs: Date.now(),
      monotonicMs: performance.now(),
      injected: answer?.status ?? null,
      retryAfter: answer?.retryAfter ?? null,
    });
    if (answer === undefined) return undefined;
    tally.injected += 1;
    tally.byStatus[answer.status] = (tally.byStatus[answer.status] ?? 0) + 1;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (answer.retryAfter !== undefined) headers['retry-after'] = answer.retryAfter;
    const message = answer.status === 429 ? 'Rate limit exceeded' : 'Service unavailable';
    return new Response(JSON.stringify({ message, errorMessages: [message] }), {
      status: answer.status,
      headers,
    });
  }

  tally(remote: RemoteName): RemoteFaultTally {
    return structuredClone(this.tallyOf(remote));
  }

  resetTallies(): void {
    this.tallies.clear();
  }

  private tallyOf(remote: RemoteName): RemoteFaultTally {
    let tally = this.tallies.get(remote);
    if (tally === undefined) {
      tally = { requests: 0, injected: 0, byStatus: {}, log: [] };
      this.tallies.set(remote, tally);
    }
    return tally;
  }
}
