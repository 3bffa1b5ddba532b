import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import { NoActiveHostError, NotInInvocationError } from './host-errors';
import type { InvocationContext } from './invocation/invocation-context';
import type { PlatformGateway } from './platform-gateway';

/**
 * The seam the real SDK packages call: `@forge/kvs`, `@forge/api` and `@forge/events` send every platform request
 * through `global.__forge_fetch__` and read `global.__forge_runtime__`. `@forge/api` also captures the global
 * `fetch` as its egress `fetch` when it is first loaded, so the global `fetch` is replaced here too, before that.
 *
 * Everything delegates to the active host and to the current invocation (an AsyncLocalStorage), so two
 * invocations running at once each see their own deadline and module key. The state lives on `globalThis`
 * under a registered symbol, so that every copy of this module (jest gives each test file its own registry)
 * shares it.
 */

declare global {
  var __forge_fetch__:
    ((descriptor: unknown, path: string, init?: RequestInit) => Promise<Response>) | undefined;
  var __forge_runtime__: unknown;
}

interface ForgeGlobalsState {
  readonly invocations: AsyncLocalStorage<InvocationContext>;
  readonly directFetch: typeof fetch;
  activeGateway: PlatformGateway | undefined;
}

const STATE_KEY = Symbol.for('peopleforce-jira-sync.local-forge-host');
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Installs the Forge globals once; later calls do nothing. Must run before `@forge/api` is first loaded. */
export function installForgeGlobals(): void {
  if (readState() !== undefined) return;
  assertForgeApiNotYetLoaded();
  const state: ForgeGlobalsState = {
    invocations: new AsyncLocalStorage<InvocationContext>(),
    directFetch: globalThis.fetch.bind(globalThis),
    activeGateway: undefined,
  };
  Object.defineProperty(globalThis, STATE_KEY, { value: state, configurable: false, enumerable: false });
  globalThis.__forge_fetch__ = forgeFetch;
  globalThis.__forge_runtime__ = createRuntimeView();
  globalThis.fetch = egressAwareFetch;
}

/** Makes `gateway` the host that answers calls made outside any invocation. */
export function activateGateway(gateway: PlatformGateway): void {
  state().activeGateway = gateway;
}

export function deactivateGateway(gateway: PlatformGateway): void {
  const current = state();
  if (current.activeGateway === gateway) current.activeGateway = undefined;
}

export function runInInvocation<T>(invocation: InvocationContext, work: () => Promise<T>): Promise<T> {
  return state().invocations.run(invocation, work);
}

export function currentInvocation(): InvocationContext | undefined {
  return readState()?.invocations.getStore();
}

/** Node's own `fetch`, as it was before the egress check was put in front of it. */
export function directFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  return state().directFetch(input, init);
}

async function forgeFetch(descriptor: unknown, requestPath: string, init?: RequestInit): Promise<Response> {
  const invocation = currentInvocation();
  const gateway =
    invocation?.gateway ??
    requireActiveGateway(`the platform call ${JSON.stringify(descriptor)} ${requestPath}`);
  return gateway.forgeFetch(descriptor, requestPath, init, invocation);
}

/**
 * Inside an invocation every request is egress and goes through the host's manifest check. Outside one,
 * loopback requests (tests talking to their simulators) go straight out; anything else still needs a host.
 */
async function egressAwareFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const invocation = currentInvocation();
  if (invocation !== undefined) return invocation.gateway.egressFetch(input, init, invocation);
  const url = new URL(input instanceof Request ? input.url : input);
  if (LOOPBACK_HOSTS.has(url.hostname)) return state().directFetch(input, init);
  return requireActiveGateway(`fetch(${url.origin})`).egressFetch(input, init, undefined);
}

function createRuntimeView(): object {
  const invocationFor = (what: string): InvocationContext => {
    const invocation = currentInvocation();
    if (invocation !== undefined) return invocation;
    requireActiveGateway(what);
    throw new NotInInvocationError(what);
  };
  return {
    get appContext() {
      const invocation = invocationFor('getAppContext()');
      const identity = invocation.gateway.identity;
      return {
        appId: identity.appId,
        appVersion: identity.appVersion,
        environmentId: identity.environmentId,
        environmentType: identity.environmentType,
        installationId: identity.installationId,
        invocationId: invocation.invocationId,
        functionKey: invocation.functionKey,
        moduleType: invocation.moduleType,
        moduleKey: invocation.moduleKey,
        permissions: { scopes: identity.scopes, external: identity.external },
      };
    },
    lambdaContext: {
      get awsRequestId() {
        return invocationFor('the invocation id').invocationId;
      },
      getRemainingTimeInMillis: () =>
        Math.max(0, invocationFor('invocationRemainingTimeInMillis()').deadlineAt - Date.now()),
    },
    get contextAri() {
      return `ari:cloud:jira::site/${invocationFor('the context ARI').gateway.identity.cloudId}`;
    },
    metrics: silentMetrics,
    tracing: { traceId: 'local-forge-host', spanId: 'local-forge-host' },
    realtime: {},
    container: {},
    featureFlags: () => false,
  };
}

const silentTimer = { stop: () => undefined };
const silentMetrics = {
  counter: () => ({
    incr: () => undefined,
    incrBy: () => undefined,
    decr: () => undefined,
    decrBy: () => undefined,
  }),
  timing: () => ({ measure: () => silentTimer }),
  gauge: () => ({ set: () => undefined }),
};

function requireActiveGateway(what: string): PlatformGateway {
  const gateway = state().activeGateway;
  if (gateway === undefined) throw new NoActiveHostError(what);
  return gateway;
}

function state(): ForgeGlobalsState {
  const current = readState();
  if (current === undefined) {
    throw new Error(
      'The Forge globals are not installed: call installForgeGlobals() from local/host/forge-globals.ts.',
    );
  }
  return current;
}

function readState(): ForgeGlobalsState | undefined {
  return (globalThis as Record<symbol, ForgeGlobalsState | undefined>)[STATE_KEY];
}

/** `@forge/api` keeps the `fetch` it saw when first loaded; loaded earlier, its egress would bypass the host. */
function assertForgeApiNotYetLoaded(): void {
  const marker = path.join('@forge', 'api', 'out', 'api', 'fetch.js');
  const loaded = Object.keys(require.cache).some((file) => file.endsWith(marker));
  if (loaded) {
    throw new Error(
      '@forge/api was loaded before installForgeGlobals(): its egress fetch would bypass the local host. ' +
        "Import 'local/host/register' before anything that imports @forge/api.",
    );
  }
}
