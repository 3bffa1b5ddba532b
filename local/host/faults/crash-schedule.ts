import type { InvocationContext } from '../invocation/invocation-context';

/**
 * Crash injection: stop the invocation that makes the k-th platform call (KVS, Jira, queue or egress) counted
 * from when the crash was armed. That call reaches its service and takes effect, but its answer never comes back:
 * the invocation ends there, as when Forge's runtime dies, and anything the handler still tries afterwards is
 * refused. Every stop between two calls of a run can be reached by arming k = 1, 2, 3, ...
 */
export class CrashSchedule {
  private remaining: number | undefined;
  private callsSinceArmed = 0;
  private crashes = 0;
  private readonly stoppedFunctions: string[] = [];

  /** Stops the invocation making the `k`-th platform call from now (k ≥ 1). Replaces any armed crash. */
  arm(k: number): void {
    if (!Number.isInteger(k) || k < 1)
      throw new RangeError(`A crash point must be a whole number ≥ 1, got ${k}.`);
    this.remaining = k;
    this.callsSinceArmed = 0;
  }

  /** No crash pending; the call count starts again from zero. */
  disarm(): void {
    this.remaining = undefined;
    this.callsSinceArmed = 0;
  }

  /** Whether an armed crash has not fired yet. */
  get armed(): boolean {
    return this.remaining !== undefined;
  }

  /** Platform calls made inside invocations since the crash was last armed or disarmed. */
  get calls(): number {
    return this.callsSinceArmed;
  }

  /** How many invocations this schedule has stopped. */
  get fired(): number {
    return this.crashes;
  }

  /** The function key of every invocation stopped so far, in order. */
  get stopped(): readonly string[] {
    return this.stoppedFunctions;
  }

  /** Counts a finished platform call; true when it is the one after which its invocation must stop. */
  afterCall(invocation: InvocationContext | undefined): boolean {
    if (invocation === undefined) return false;
    this.callsSinceArmed += 1;
    if (this.remaining === undefined) return false;
    this.remaining -= 1;
    if (this.remaining > 0) return false;
    this.remaining = undefined;
    this.crashes += 1;
    this.stoppedFunctions.push(invocation.functionKey);
    return true;
  }
}
