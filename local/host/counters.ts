/** What the host counted since it was created or last reset: the API budget a run spent. */
export interface CounterSnapshot {
  kvs: {
    reads: number;
    writes: number;
    deletes: number;
    bytesRead: number;
    bytesWritten: number;
    queries: number;
  };
  /** `METHOD /path` with ids replaced by `{id}`, e.g. `GET /rest/api/3/issue/{id}`. */
  jira: Record<string, number>;
  /** Allowed egress requests by host name. */
  egress: Record<string, number>;
  /** Egress requests refused because the manifest does not list the host. */
  egressRefused: Record<string, number>;
  queue: { pushes: number; eventsPushed: number; deliveries: number };
  invocations: Record<string, number>;
}

export class HostCounters {
  private counts = emptySnapshot();

  kvsRead(bytes: number): void {
    this.counts.kvs.reads += 1;
    this.counts.kvs.bytesRead += bytes;
  }

  kvsWrite(bytes: number): void {
    this.counts.kvs.writes += 1;
    this.counts.kvs.bytesWritten += bytes;
  }

  kvsDelete(): void {
    this.counts.kvs.deletes += 1;
  }

  kvsQuery(bytesRead: number): void {
    this.counts.kvs.queries += 1;
    this.counts.kvs.bytesRead += bytesRead;
  }

  jiraRequest(pattern: string): void {
    increment(this.counts.jira, pattern);
  }

  egressRequest(host: string): void {
    increment(this.counts.egress, host);
  }

  egressRefused(host: string): void {
    increment(this.counts.egressRefused, host);
  }

  queuePush(events: number): void {
    this.counts.queue.pushes += 1;
    this.counts.queue.eventsPushed += events;
  }

  queueDelivery(): void {
    this.counts.queue.deliveries += 1;
  }

  invocation(functionKey: string): void {
    increment(this.counts.invocations, functionKey);
  }

  /** A plain copy: later counting does not change it. */
  snapshot(): CounterSnapshot {
    return structuredClone(this.counts);
  }

  reset(): void {
    this.counts = emptySnapshot();
  }
}

function emptySnapshot(): CounterSnapshot {
  return {
    kvs: { reads: 0, writes: 0, deletes: 0, bytesRead: 0, bytesWritten: 0, queries: 0 },
    jira: {},
    egress: {},
    egressRefused: {},
    queue: { pushes: 0, eventsPushed: 0, deliveries: 0 },
    invocations: {},
  };
}

function increment(counts: Record<string, number>, name: string): void {
  counts[name] = (counts[name] ?? 0) + 1;
}
