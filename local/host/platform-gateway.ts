import type { InvocationContext } from './invocation/invocation-context';

/** Who the app is, as the runtime reports it through `getAppContext()`. */
export interface AppIdentity {
  readonly appId: string;
  readonly appVersion: string;
  readonly environmentId: string;
  readonly environmentType: string;
  readonly installationId: string;
  readonly cloudId: string;
  readonly scopes: readonly string[];
  readonly external: Record<string, unknown>;
}

/**
 * What the Forge globals delegate to: the active `LocalHost`. `invocation` is the caller's invocation, or
 * undefined for calls made outside one (test set-up code, say).
 */
export interface PlatformGateway {
  readonly identity: AppIdentity;
  forgeFetch(
    descriptor: unknown,
    path: string,
    init: RequestInit | undefined,
    invocation: InvocationContext | undefined,
  ): Promise<Response>;
  egressFetch(
    input: string | URL | Request,
    init: RequestInit | undefined,
    invocation: InvocationContext | undefined,
  ): Promise<Response>;
}
