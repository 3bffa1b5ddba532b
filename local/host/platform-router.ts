import { z } from 'zod';
import type { HostCounters } from './counters';
import type { EgressPolicy } from './egress-policy';
import { directFetch } from './forge-globals';
import type { CrashSchedule } from './faults/crash-schedule';
import type { RemoteFaults } from './faults/remote-faults';
import {
  HostConfigurationError,
  InvocationCrashedError,
  InvocationTimeoutError,
  UnsupportedPlatformCallError,
} from './host-errors';
import type { InvocationContext } from './invocation/invocation-context';
import type { JiraActor, JiraForwarder } from './jira-forwarder';
import { answerKvsRequest } from './kv/kvs-wire';
import type { KvsStore } from './kv/kvs-store';
import type { KvWriteFaults } from './kv/kv-write-faults';
import type { AppIdentity, PlatformGateway } from './platform-gateway';
import type { AsyncEventQueue } from './queue/async-event-queue';
import { answerQueueRequest } from './queue/queue-wire';
import { requestBodyText } from './request-body';

const DescriptorSchema = z.object({
  type: z.string(),
  provider: z.string().optional(),
  remote: z.string().optional(),
  accountId: z.string().optional(),
});

export interface PlatformServices {
  identity: AppIdentity;
  kvs: KvsStore;
  kvWriteFaults: KvWriteFaults;
  crashes: CrashSchedule;
  remoteFaults: RemoteFaults;
  jira: JiraForwarder;
  queue: AsyncEventQueue;
  egress: EgressPolicy;
  counters: HostCounters;
  hasConsumer: (queueName: string) => boolean;
  isClosed: () => boolean;
  log: (line: string) => void;
}

/**
 * Sends each platform call to the service that answers it, by the descriptor the SDK packages pass:
 * `{type:'kvs'}` to the KVS, `{type:'fpp', remote:'jira'}` to Jira, `{type:'fpp', remote:'stargate'}` queue
 * paths to the async-events queue; egress `fetch` through the manifest's allow-list. A closed host and an
 * invocation past its deadline answer nothing.
 */
export class PlatformRouter implements PlatformGateway {
  readonly identity: AppIdentity;

  constructor(private readonly services: PlatformServices) {
    this.identity = services.identity;
  }

  async forgeFetch(
    descriptor: unknown,
    path: string,
    init: RequestInit | undefined,
    invocation: InvocationContext | undefined,
  ): Promise<Response> {
    this.assertCanCall(invocation);
    const response = await this.answerPlatformCall(descriptor, path, init, invocation);
    this.stopIfCrashDue(invocation);
    return response;
  }

  private async answerPlatformCall(
    descriptor: unknown,
    path: string,
    init: RequestInit | undefined,
    invocation: InvocationContext | undefined,
  ): Promise<Response> {
    const target = DescriptorSchema.safeParse(descriptor);
    if (!target.success) throw new UnsupportedPlatformCallError(descriptor, path);
    const { type, remote, provider, accountId } = target.data;
    if (type === 'kvs') {
      const body = await requestBodyText(init);
      const injected = this.services.kvWriteFaults.refusalFor(path, body ?? '');
      return injected ?? answerKvsRequest(this.services.kvs, path, body);
    }
    if (type === 'fpp' && remote === 'jira') {
      const actor = jiraActor(provider, accountId ?? invocation?.accountId);
      if (actor === undefined) return needsAuthentication();
      const method = (init?.method ?? 'GET').toUpperCase();
      const injected = this.services.remoteFaults.answerFor({ remote: 'jira', method, path });
      return injected ?? this.services.jira.forward(path, init, actor);
    }
    if (type === 'fpp' && remote === 'stargate' && path.startsWith('/webhook/queue/')) {
      const { queue, counters, hasConsumer } = this.services;
      const context = { queue, counters, hasConsumer, chainDepth: invocation?.chainDepth ?? 0 };
      return answerQueueRequest(context, path, await requestBodyText(init));
    }
    throw new UnsupportedPlatformCallError(descriptor, path);
  }

  async egressFetch(
    input: string | URL | Request,
    init: RequestInit | undefined,
    invocation: InvocationContext | undefined,
  ): Promise<Response> {
    this.assertCanCall(invocation);
    const url = new URL(input instanceof Request ? input.url : input);
    const decision = this.services.egress.decide(url);
    if (decision.kind === 'refused') {
      this.services.counters.egressRefused(decision.host);
      this.services.log(`egress to ${url.origin} refused: not in permissions.external.fetch.backend`);
      throw await egressRefusal(url);
    }
    this.services.counters.egressRequest(decision.host);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const call = { remote: decision.host, method, path: `${url.pathname}${url.search}` };
    const request = input instanceof Request ? new Request(decision.target, input) : decision.target;
    const response = this.services.remoteFaults.answerFor(call) ?? (await directFetch(request, init));
    this.stopIfCrashDue(invocation);
    return response;
  }

  /** After an injected crash point the invocation ends: the call took effect, its answer is lost. */
  private stopIfCrashDue(invocation: InvocationContext | undefined): void {
    if (invocation === undefined || !this.services.crashes.afterCall(invocation)) return;
    const crash = new InvocationCrashedError(invocation.functionKey, this.services.crashes.calls);
    invocation.halt(crash);
    throw crash;
  }

  private assertCanCall(invocation: InvocationContext | undefined): void {
    if (this.services.isClosed()) {
      throw new HostConfigurationError('This local host has been closed; create a new one.');
    }
    if (invocation?.crashed === true) {
      throw new InvocationCrashedError(invocation.functionKey, this.services.crashes.calls);
    }
    if (invocation?.expired === true) {
      throw new InvocationTimeoutError(invocation.functionKey, invocation.timeoutMs);
    }
  }
}

function jiraActor(provider: string | undefined, accountId: string | undefined): JiraActor | undefined {
  if (provider !== 'user') return { kind: 'app' };
  return accountId === undefined ? undefined : { kind: 'user', accountId };
}

/** asUser() with no user: the platform answers NEEDS_AUTHENTICATION_ERR, which @forge/api turns into its error. */
function needsAuthentication(): Response {
  return new Response(null, { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });
}

/** Forge's refusal of an unlisted host is @forge/api's own ExternalEndpointNotAllowedError. */
async function egressRefusal(url: URL): Promise<Error> {
  // Loaded lazily: importing @forge/api at module load would let it capture fetch before the globals exist.
  const { ExternalEndpointNotAllowedError } = await import('@forge/api');
  const refusal = new ExternalEndpointNotAllowedError(url.href);
  refusal.message += ` To allow it, add "- address: ${url.origin}" under permissions.external.fetch.backend in manifest.yml.`;
  return refusal;
}
