import { errorMessage } from '../../host/host-errors';
import { POLL_TRIGGER, type LocalApp } from '../../app/local-app';
import type { CliOutput } from '../output';
import type { ActivityReporter } from './activity-reporter';

/**
 * What keeps `serve` alive: the scheduled poll right away and then every interval (never two at once), and the
 * queue drained as events fall due, honouring the delays the app asked for. Failures are printed, never fatal:
 * the next tick tries again, as Forge would.
 */
const DRAIN_EVERY_MS = 500;

export class ServeLoop {
  private readonly timers: NodeJS.Timeout[] = [];
  private polling: Promise<void> | null = null;
  private draining = false;
  private stopped = false;

  constructor(
    private readonly app: LocalApp,
    private readonly reporter: ActivityReporter,
    private readonly out: CliOutput,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    void this.pollNow();
    this.timers.push(setInterval(() => void this.pollNow(), this.intervalMs));
    this.timers.push(setInterval(() => void this.drainDueEvents(), DRAIN_EVERY_MS));
  }

  /** Runs the scheduled poll unless one is running already (then waits for that one). */
  pollNow(): Promise<void> {
    this.polling ??= this.runPoll().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  /** Stops the timers and waits (up to `graceMs`) for a poll in progress. */
  async stop(graceMs: number): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    if (this.polling === null) return;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([this.polling, grace]);
    clearTimeout(timer);
  }

  private async runPoll(): Promise<void> {
    try {
      await this.app.host.runScheduledTrigger(POLL_TRIGGER);
    } catch (error) {
      this.complain('The poll failed', error);
    }
    await this.report();
  }

  private async drainDueEvents(): Promise<void> {
    const next = this.app.host.pendingEvents()[0];
    if (this.draining || next === undefined || next.dueAt > Date.now()) return;
    this.draining = true;
    try {
      await this.app.host.runUntilIdle({ honourDelays: true });
    } catch (error) {
      this.complain('The queue stopped', error);
    } finally {
      this.draining = false;
    }
    await this.report();
  }

  private async report(): Promise<void> {
    if (this.stopped) return;
    await this.reporter.report().catch((error: unknown) => {
      this.complain('Could not read the run history', error);
    });
  }

  /** After stop, work still finishing fails because the host is closed: that is expected, not news. */
  private complain(what: string, error: unknown): void {
    if (!this.stopped) this.out.line(`${what}: ${errorMessage(error)}`);
  }
}
