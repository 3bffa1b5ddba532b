import { randomUUID } from 'node:crypto';
import type { HostCounters } from '../counters';
import { runInInvocation } from '../forge-globals';
import { errorMessage, InvocationCrashedError, InvocationTimeoutError } from '../host-errors';
import type { AppManifest } from '../manifest';
import type { PlatformGateway } from '../platform-gateway';
import type { HandlerLoader } from './handler-loader';
import type { InvocationContext } from './invocation-context';

export interface InvocationRequest {
  functionKey: string;
  moduleType: string;
  moduleKey: string;
  /** The handler's arguments: Forge passes `(payload, context)`. */
  args: readonly unknown[];
  accountId?: string;
  chainDepth?: number;
}

export interface InvocationRecord {
  invocationId: string;
  functionKey: string;
  moduleKey: string;
  startedAt: string;
  durationMs: number;
  outcome: 'success' | 'error' | 'timeout' | 'crashed';
  error?: string;
}

/**
 * Runs one handler as Forge would: inside its own invocation context, with a deadline of the function's timeout
 * (scaled by `deadlineScale` so tests can simulate short invocations). Past the deadline the call fails with
 * `InvocationTimeoutError` and the still-running handler is cut off from the platform.
 */
export class FunctionInvoker {
  readonly records: InvocationRecord[] = [];

  constructor(
    private readonly manifest: AppManifest,
    private readonly handlers: HandlerLoader,
    private readonly gateway: PlatformGateway,
    private readonly deadlineScale: number,
    private readonly counters: HostCounters,
    private readonly log: (line: string) => void,
  ) {}

  async invoke(request: InvocationRequest): Promise<unknown> {
    const handler = await this.handlers.load(this.manifest.functionByKey(request.functionKey).handler);
    return this.runWithin(request, () => handler(...request.args));
  }

  /** Runs `work` as the body of an invocation of `request.functionKey` (its deadline, module key, records). */
  async runWithin<T>(request: Omit<InvocationRequest, 'args'>, work: () => T | Promise<T>): Promise<T> {
    const timeoutMs = Math.round(
      this.manifest.timeoutSeconds(request.functionKey) * 1000 * this.deadlineScale,
    );
    let stop: (error: Error) => void = () => undefined;
    const halted = new Promise<never>((_resolve, reject) => {
      stop = reject;
    });
    const invocation = this.invocationContext(request, timeoutMs, (error) => {
      invocation.crashed = true;
      stop(error);
    });
    this.counters.invocation(request.functionKey);
    const startedAt = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        invocation.expired = true;
        reject(new InvocationTimeoutError(request.functionKey, timeoutMs));
      }, timeoutMs);
    });
    const running = runInInvocation(invocation, () => Promise.resolve().then(work));
    // After a timeout nobody awaits the handler any more; its eventual failure must not surface as unhandled.
    running.catch(() => undefined);
    try {
      const result = await Promise.race([running, deadline, halted]);
      this.record(invocation, startedAt, 'success');
      return result;
    } catch (error) {
      this.record(invocation, startedAt, outcomeOf(error), error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private invocationContext(
    request: Omit<InvocationRequest, 'args'>,
    timeoutMs: number,
    halt: (error: Error) => void,
  ): InvocationContext {
    return {
      gateway: this.gateway,
      invocationId: randomUUID(),
      functionKey: request.functionKey,
      moduleKey: request.moduleKey,
      moduleType: request.moduleType,
      deadlineAt: Date.now() + timeoutMs,
      timeoutMs,
      chainDepth: request.chainDepth ?? 0,
      expired: false,
      crashed: false,
      halt,
      ...(request.accountId === undefined ? {} : { accountId: request.accountId }),
    };
  }

  private record(
    invocation: InvocationContext,
    startedAt: number,
    outcome: InvocationRecord['outcome'],
    error?: unknown,
  ): void {
    const durationMs = Date.now() - startedAt;
    const message = error === undefined ? undefined : errorMessage(error);
    this.records.push({
      invocationId: invocation.invocationId,
      functionKey: invocation.functionKey,
      moduleKey: invocation.moduleKey,
      startedAt: new Date(startedAt).toISOString(),
      durationMs,
      outcome,
      ...(message === undefined ? {} : { error: message }),
    });
    this.log(
      `invocation ${invocation.functionKey} (${invocation.moduleKey}) ${outcome} in ${durationMs} ms` +
        (message === undefined ? '' : `: ${message}`),
    );
  }
}

function outcomeOf(error: unknown): InvocationRecord['outcome'] {
  if (error instanceof InvocationTimeoutError) return 'timeout';
  return error instanceof InvocationCrashedError ? 'crashed' : 'error';
}
