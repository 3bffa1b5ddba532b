/**
 * Node's fetch reports every transport failure as "fetch failed" and hides the reason (ECONNREFUSED, ENOTFOUND,
 * a certificate problem, a timeout) in `cause`. This turns it into words a person can act on.
 */
const REASONS: Record<string, string> = {
  ECONNREFUSED: 'nothing is listening there (connection refused)',
  ENOTFOUND: 'the host name does not resolve (DNS)',
  EAI_AGAIN: 'the host name could not be resolved right now (DNS)',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another host name',
};

export function describeNetworkFailure(error: unknown): string {
  if (isTimeout(error)) return 'it did not answer in time';
  const chain = causeChain(error);
  const code = chain
    .map((link) => (link as { code?: unknown }).code)
    .find((found) => typeof found === 'string');
  if (typeof code === 'string') return REASONS[code] ?? `the connection failed (${code})`;
  const deepest = chain.at(-1);
  return deepest === undefined ? 'the request failed' : `the request failed (${deepest.message})`;
}

/** The error and its causes, outermost first (an AggregateError stands for its first error). */
function causeChain(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let current: unknown = error; current instanceof Error && chain.length < 5;) {
    chain.push(current);
    const nested = (current as { errors?: unknown }).errors;
    current = Array.isArray(nested) && nested[0] instanceof Error ? nested[0] : current.cause;
  }
  return chain;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
