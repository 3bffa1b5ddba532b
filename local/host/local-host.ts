import path from 'node:path';
import { HostCounters, type CounterSnapshot } from './counters';
import { directKvAccess, type DirectKvAccess } from './direct-kv';
import { EgressPolicy } from './egress-policy';
import { activateGateway, deactivateGateway, directFetch, installForgeGlobals } from './forge-globals';
import { CrashSchedule } from './faults/crash-schedule';
import {
  RemoteFaults,
  type RemoteFaultRule,
  type RemoteFaultTally,
  type RemoteName,
} from './faults/remote-faults';
import { HostConfigurationError } from './host-errors';
import { FunctionInvoker, type InvocationRecord } from './invocation/function-invoker';
import { HandlerLoader } from './invocation/handler-loader';
import { JiraForwarder, type JiraTarget } from './jira-forwarder';
import { FileKvBackend } from './kv/file-kv-backend';
import { KvsStore } from './kv/kvs-store';
import { KvWriteFaults } from './kv/kv-write-faults';
import { MemoryKvBackend } from './kv/memory-kv-backend';
import { functionOf, loadManifest, type AppManifest, type ManifestModule } from './manifest';
import type { AppIdentity } from './platform-gateway';
import { PlatformRouter } from './platform-router';
import { AsyncEventQueue, type JobStats, type QueuedEvent } from './queue/async-event-queue';
import {
  QueueRunner,
  type DeliveryRecord,
  type QueueRunOptions,
  type QueueRunSummary,
} from './queue/queue-runner';

export interface LocalHostOptions {
  manifestPath: string;
  /** The module `index.<export>` handlers come from; default `src/index.ts` beside the manifest. */
  handlersModule?: string;
  /** Without `dir` the store lives in memory; with it, in that directory (shareable between processes). */
  kv?: { dir?: string };
  jira?: JiraTarget;
  /** Egress origin (or host) → base URL it is sent to instead, e.g. the PeopleForce simulator. */
  egressRoutes?: Record<string, string>;
  /** Multiplies every function timeout: 0.01 turns a 300 s function into a 3 s one. Default 1. */
  deadlineScale?: number;
  installationId?: string;
  cloudId?: string;
  /** The KVS clock (TTL, createdAt); tests can move it forward. Default `Date.now`. */
  now?: () => number;
  logger?: (line: string) => void;
}

export type {
  CounterSnapshot,
  DeliveryRecord,
  DirectKvAccess,
  InvocationRecord,
  QueueRunOptions,
  QueueRunSummary,
};

/**
 * An emulation of the Forge platform for one app: it answers the SDK packages' platform calls (KVS, Jira, queue,
 * egress, runtime context) and invokes the app's handlers as the manifest wires them. See README.md here.
 */
export class LocalHost {
  readonly manifest: AppManifest;
  readonly identity: AppIdentity;
  readonly counters: Pick<HostCounters, 'snapshot' | 'reset'>;
  readonly kv: DirectKvAccess;
  private readonly hostCounters = new HostCounters();
  private readonly queue = new AsyncEventQueue(() => Date.now());
  private readonly kvWriteFaults = new KvWriteFaults();
  private readonly crashes = new CrashSchedule();
  private readonly remoteFaults = new RemoteFaults();
  private readonly router: PlatformRouter;
  private readonly invoker: FunctionInvoker;
  private readonly queueRunner: QueueRunner;
  private closed = false;

  constructor(options: LocalHostOptions) {
    installForgeGlobals();
    this.manifest = loadManifest(options.manifestPath);
    this.identity = identityOf(this.manifest, options);
    this.counters = this.hostCounters;
    const log = options.logger ?? (() => undefined);
    const now = options.now ?? Date.now;
    const backend = options.kv?.dir === undefined ? new MemoryKvBackend() : new FileKvBackend(options.kv.dir);
    this.kv = directKvAccess(new KvsStore(backend, now, new HostCounters()));
    this.router = new PlatformRouter({
      kvWriteFaults: this.kvWriteFaults,
      crashes: this.crashes,
      remoteFaults: this.remoteFaults,
      identity: this.identity,
      kvs: new KvsStore(backend, now, this.hostCounters),
      jira: new JiraForwarder(options.jira, directFetch, this.hostCounters),
      queue: this.queue,
      egress: new EgressPolicy(this.manifest.egressAllowList, options.egressRoutes ?? {}),
      counters: this.hostCounters,
      hasConsumer: (queueName) => this.manifest.consumerOf(queueName) !== undefined,
      isClosed: () => this.closed,
      log,
    });
    const appDir = path.dirname(path.resolve(options.manifestPath));
    const handlers = new HandlerLoader(
      path.resolve(options.handlersModule ?? path.join(appDir, 'src', 'index.ts')),
      path.join(appDir, 'src'),
    );
    const scale = options.deadlineScale ?? 1;
    this.invoker = new FunctionInvoker(this.manifest, handlers, this.router, scale, this.hostCounters, log);
    const forgeContext = () => this.forgeContext();
    this.queueRunner = new QueueRunner(
      this.queue,
      this.manifest,
      this.invoker,
      forgeContext,
      this.hostCounters,
      log,
    );
  }

  /** Makes this host answer platform calls made outside invocations (tests, the CLI). */
  activate(): this {
    this.assertOpen();
    activateGateway(this.router);
    return this;
  }

  close(): Promise<void> {
    this.closed = true;
    deactivateGateway(this.router);
    return Promise.resolve();
  }

  /** Calls a manifest function with Forge's `(payload, context)` arguments. */
  async invoke(functionKey: string, event: unknown, context?: Record<string, unknown>): Promise<unknown> {
    return await this.invoker.invoke({
      functionKey,
      ...this.moduleCalling(functionKey),
      args: [event, context ?? this.forgeContext()],
    });
  }

  async runScheduledTrigger(triggerKey: string): Promise<unknown> {
    const trigger = this.manifest.module('scheduledTrigger', triggerKey);
    const event = {
      context: { cloudId: this.identity.cloudId, moduleKey: triggerKey },
      contextToken: 'local-context',
    };
    return await this.invokeModule(trigger, [event, this.forgeContext()]);
  }

  /** Delivers a product event (e.g. `avi:jira:updated:issue`) to the function of a `trigger` module. */
  async deliverProductEvent(triggerKey: string, event: Record<string, unknown>): Promise<unknown> {
    const trigger = this.manifest.module('trigger', triggerKey);
    const subscribed = (trigger.events ?? []).map((entry) =>
      typeof entry === 'string' ? entry : entry.eventType,
    );
    if (typeof event.eventType === 'string' && !subscribed.includes(event.eventType)) {
      throw new HostConfigurationError(
        `Trigger "${triggerKey}" does not subscribe to ${event.eventType} (events: ${subscribed.join(', ')}).`,
      );
    }
    return await this.invokeModule(trigger, [event, this.forgeContext()]);
  }

  /** Calls a `@forge/resolver` definition as Custom UI's `invoke(resolverKey, payload)` would. */
  async invokeResolver(
    functionKey: string,
    resolverKey: string,
    payload: unknown,
    caller: { accountId: string; extension?: Record<string, unknown> },
  ): Promise<unknown> {
    const { moduleType, moduleKey } = this.moduleCalling(functionKey);
    const request = {
      call: { functionKey: resolverKey, payload },
      context: {
        accountId: caller.accountId,
        cloudId: this.identity.cloudId,
        moduleKey,
        // What Jira adds for the module, e.g. the issue an issue panel is open on.
        extension: { ...caller.extension, type: moduleType },
      },
    };
    return await this.invoker.invoke({
      functionKey,
      moduleType,
      moduleKey,
      args: [request, this.forgeContext(caller.accountId)],
      accountId: caller.accountId,
    });
  }

  /**
   * Runs `work` as if it were the body of function `functionKey`: inside its invocation context (deadline, module
   * key, user), so adapters and engine code can be exercised without a handler.
   */
  async runAs<T>(
    functionKey: string,
    work: () => T | Promise<T>,
    caller: { accountId?: string } = {},
  ): Promise<T> {
    return await this.invoker.runWithin(
      {
        functionKey,
        ...this.moduleCalling(functionKey),
        ...(caller.accountId === undefined ? {} : { accountId: caller.accountId }),
      },
      work,
    );
  }

  runUntilIdle(options?: QueueRunOptions): Promise<QueueRunSummary> {
    return this.queueRunner.runUntilIdle(options);
  }

  /** Test fault: the next `count` KVS writes of a key starting with `keyPrefix` fail as a storage outage. */
  failNextKvWrites(keyPrefix: string, count = 1): void {
    this.kvWriteFaults.failNextWrites(keyPrefix, count);
  }

  /**
   * Test fault: the invocation that makes the `k`-th platform call from now (KVS, Jira, queue, egress) stops right
   * after it — the call takes effect, its answer is lost, the handler can reach nothing more.
   */
  crashAfterPlatformCalls(k: number): void {
    this.crashes.arm(k);
  }

  disarmCrash(): void {
    this.crashes.disarm();
  }

  /** Platform calls made inside invocations since the last `crashAfterPlatformCalls`, and whether it fired. */
  crashState(): { calls: number; armed: boolean; fired: number; stopped: readonly string[] } {
    return {
      calls: this.crashes.calls,
      armed: this.crashes.armed,
      fired: this.crashes.fired,
      stopped: [...this.crashes.stopped],
    };
  }

  /** Test fault: `rule` may answer requests to `remote` (`jira`, or an egress host) instead of the remote. */
  setRemoteFault(remote: RemoteName, rule: RemoteFaultRule | undefined): void {
    this.remoteFaults.set(remote, rule);
  }

  /** Requests sent towards `remote` and how many of them a fault rule answered. */
  remoteFaultTally(remote: RemoteName): RemoteFaultTally {
    return this.remoteFaults.tally(remote);
  }

  pendingEvents(): readonly QueuedEvent[] {
    return this.queue.pendingEvents();
  }

  getJobStats(jobId: string): JobStats | undefined {
    return this.queue.stats(jobId);
  }

  invocations(): readonly InvocationRecord[] {
    return [...this.invoker.records];
  }

  deliveries(): readonly DeliveryRecord[] {
    return [...this.queueRunner.deliveries];
  }

  /** Stores a secret as `kvs.setSecret` would, without counting it. */
  setSecret(key: string, value: unknown): Promise<void> {
    return this.kv.setSecret(key, value);
  }

  private invokeModule(module: ManifestModule, args: unknown[]): Promise<unknown> {
    const functionKey = functionOf(module);
    if (functionKey === undefined) {
      throw new HostConfigurationError(`The ${module.moduleType} module "${module.key}" names no function.`);
    }
    return this.invoker.invoke({ functionKey, moduleType: module.moduleType, moduleKey: module.key, args });
  }

  /** The module an invocation of `functionKey` is attributed to (a resolver's first, as Custom UI calls it). */
  private moduleCalling(functionKey: string): { moduleType: string; moduleKey: string } {
    const callers = this.manifest.modulesInvoking(functionKey);
    const module = callers.find((candidate) => candidate.resolver !== undefined) ?? callers[0];
    return { moduleType: module?.moduleType ?? 'function', moduleKey: module?.key ?? functionKey };
  }

  private forgeContext(accountId?: string): Record<string, unknown> {
    return {
      installContext: `ari:cloud:jira::site/${this.identity.cloudId}`,
      ...(accountId === undefined ? {} : { principal: { accountId } }),
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new HostConfigurationError('This local host has been closed; create a new one.');
  }
}

export function createLocalHost(options: LocalHostOptions): LocalHost {
  return new LocalHost(options);
}

function identityOf(manifest: AppManifest, options: LocalHostOptions): AppIdentity {
  return {
    appId: manifest.appId,
    appVersion: '1.0.0-local',
    environmentId: 'local',
    environmentType: 'DEVELOPMENT',
    installationId: options.installationId ?? 'local-installation',
    cloudId: options.cloudId ?? 'local-cloud',
    scopes: manifest.scopes,
    external: manifest.external,
  };
}
