import type { PlatformGateway } from '../platform-gateway';

/** What one running invocation knows about itself; kept in an AsyncLocalStorage so concurrent ones stay apart. */
export interface InvocationContext {
  readonly gateway: PlatformGateway;
  readonly invocationId: string;
  readonly functionKey: string;
  readonly moduleKey: string;
  readonly moduleType: string;
  /** Epoch milliseconds at which Forge would stop the function. */
  readonly deadlineAt: number;
  readonly timeoutMs: number;
  /** The user the invocation runs for (resolvers); asUser() requests default to it. */
  readonly accountId?: string;
  /** How many queue hops led here; Forge stops cyclic invocation chains at 1000. */
  readonly chainDepth: number;
  /** Set once the deadline passed: a stopped function can no longer reach the platform. */
  expired: boolean;
  /** Set once an injected crash stopped it: it can no longer reach the platform either. */
  crashed: boolean;
  /** Ends the invocation at once with `error` (its handler, still running, is cut off from the platform). */
  halt(error: Error): void;
}
