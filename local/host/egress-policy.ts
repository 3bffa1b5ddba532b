import { EgressFilteringService } from '@forge/egress';

export type EgressDecision =
  { kind: 'refused'; host: string } | { kind: 'allowed'; host: string; target: URL; routed: boolean };

/**
 * Decides what happens to an egress request: refused when the manifest's `permissions.external.fetch.backend`
 * does not list its host (matched by Forge's own `@forge/egress` filter: exact hosts need the same scheme,
 * `*.example.com` matches sub-domains), otherwise sent to the configured route for that origin or host
 * (path and query kept) or, without a route, to the URL itself.
 */
export class EgressPolicy {
  private readonly filter: EgressFilteringService;
  private readonly routes: { match: (url: URL) => boolean; base: URL }[];

  constructor(allowList: readonly string[], routes: Record<string, string>) {
    this.filter = new EgressFilteringService([...allowList]);
    this.routes = Object.entries(routes).map(([from, to]) => ({
      match: routeMatcher(from),
      base: new URL(to),
    }));
  }

  decide(url: URL): EgressDecision {
    if (!this.filter.isValidUrl(url.href)) return { kind: 'refused', host: url.host };
    const route = this.routes.find((candidate) => candidate.match(url));
    if (route === undefined) return { kind: 'allowed', host: url.host, target: url, routed: false };
    const target = new URL(route.base.href);
    target.pathname = `${route.base.pathname.replace(/\/$/, '')}${url.pathname}`;
    target.search = url.search;
    return { kind: 'allowed', host: url.host, target, routed: true };
  }
}

/** A route key is an origin (`https://app.peopleforce.io`) or a bare host name (`app.peopleforce.io`). */
function routeMatcher(from: string): (url: URL) => boolean {
  if (from.includes('://')) {
    const origin = new URL(from).origin;
    return (url) => url.origin === origin;
  }
  return (url) => url.host === from;
}
