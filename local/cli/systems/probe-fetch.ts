import { directFetch } from '../../host/forge-globals';

/** The command line's own requests (probes, simulator actions): Node's fetch, outside the app's egress rules. */
export type ProbeFetch = (url: string, init: RequestInit) => Promise<Response>;

const PROBE_TIMEOUT_MS = 10_000;

export const probeFetch: ProbeFetch = (url, init) =>
  directFetch(url, { ...init, signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
