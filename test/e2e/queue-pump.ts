import type { LocalApp } from '../../local/app/local-app';

/**
 * Forge delivers queue events by itself; the local host only delivers them when asked. "Sync now" and "Retry"
 * run in the queue consumer, so while the page works something must keep draining: this pump drains every
 * `intervalMs`, one drain at a time (never two consumers racing), until stopped.
 */
const SETTLE_TIMEOUT_MS = 20_000;

interface Waiter {
  /** Only a drain that starts after the waiter registered can prove that the queue went idle. */
  afterPass: number;
  resolve: () => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class QueuePump {
  private running = true;
  private startedPasses = 0;
  private failure: Error | null = null;
  private waiters: Waiter[] = [];
  private wake: (() => void) | null = null;
  private readonly loop: Promise<void>;

  constructor(
    private readonly app: LocalApp,
    private readonly intervalMs = 200,
  ) {
    this.loop = this.run();
  }

  /** Resolves once a drain that began after this call has left no event pending. */
  settled(timeoutMs = SETTLE_TIMEOUT_MS): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    if (!this.running)
      return Promise.reject(new Error('The queue pump is stopped; nothing drains the queue.'));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        afterPass: this.startedPasses,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
          const pending = this.app.host.pendingEvents().length;
          reject(new Error(`The queue did not go idle within ${timeoutMs} ms (${pending} events pending).`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Stops after the drain under way, and reports a drain that failed. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.settleWaiters(new Error('The queue pump was stopped before the queue went idle.'));
    if (this.failure !== null) throw this.failure;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.startedPasses += 1;
      const pass = this.startedPasses;
      try {
        await this.app.drainQueue();
      } catch (error) {
        this.failure = new Error(
          `Draining the local queue failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        this.running = false;
        this.settleWaiters(this.failure);
        return;
      }
      if (this.app.host.pendingEvents().length === 0) this.resolveWaitersBefore(pass);
      await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, this.intervalMs);
      this.wake = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  private resolveWaitersBefore(pass: number): void {
    const ready = this.waiters.filter((waiter) => waiter.afterPass < pass);
    this.waiters = this.waiters.filter((waiter) => waiter.afterPass >= pass);
    for (const waiter of ready) {
      clearTimeout(waiter.timer);
      waiter.resolve();
    }
  }

  private settleWaiters(error: Error): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    this.waiters = [];
  }
}
