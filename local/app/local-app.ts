import path from 'node:path';
import {
  startSlackSimulator,
  startTelegramSimulator,
  type SlackSimulator,
  type TelegramSimulator,
} from '../alert-sims';
import { createLocalHost, type LocalHost, type QueueRunOptions } from '../host/local-host';
import {
  startJiraSimulator,
  type JiraSimulator,
  type JiraSimulatorOptions,
  type SimIssueEvent,
} from '../jira-sim';
import {
  generateCompany,
  startPeopleForceSimulator,
  type Company,
  type PeopleForceSimulator,
  type PeopleForceSimulatorOptions,
  type SimEmployee,
} from '../peopleforce-sim';

/**
 * The app as it runs locally: the real handlers inside the local Forge host, wired to the PeopleForce and Jira
 * simulators (started here) or to real systems (given by URL). Tests, the command line, `npm start` and the
 * benchmark all start the app through this one function.
 */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const PEOPLEFORCE_ORIGIN = 'https://app.peopleforce.io';
export const POLL_TRIGGER = 'peopleforce-poll';
export const SWEEP_TRIGGER = 'missed-event-sweep';
export const ISSUE_TRIGGER = 'jira-issue-changed';
export const ADMIN_FUNCTION = 'admin-resolver';
export const API_KEY_SECRET = 'peopleforce-api-key';
export const SLACK_ORIGIN = 'https://hooks.slack.com';
export const TELEGRAM_ORIGIN = 'https://api.telegram.org';

export type PeopleForceTarget = { url: string; apiKey?: string } | { simulator: PeopleForceSimulatorOptions };
export type JiraTarget =
  { url: string; email?: string; apiToken?: string } | { simulator: JiraSimulatorOptions };

export interface LocalAppOptions {
  peopleforce?: PeopleForceTarget;
  jira?: JiraTarget;
  /** Folder of the emulated Forge storage (shared between processes); in memory when absent. */
  kvDir?: string;
  /** Share of the PeopleForce company's employees that also exist as Jira users (simulators only). */
  jiraUserShare?: number;
  deadlineScale?: number;
  /** Send alerts to the real Slack and Telegram instead of the local simulators of both. */
  realAlertChannels?: boolean;
  logger?: (line: string) => void;
}

export interface LocalApp {
  host: LocalHost;
  peopleforceSim: PeopleForceSimulator | null;
  jiraSim: JiraSimulator | null;
  /** The Slack webhook and Telegram Bot API simulators alerts reach through egress (null with real channels). */
  slackSim: SlackSimulator | null;
  telegramSim: TelegramSimulator | null;
  /** One scheduled poll, then every queue continuation it schedules. */
  poll(): Promise<void>;
  sweep(): Promise<void>;
  /** Delivers queued events (immediately, ignoring requested delays) until none are left. */
  drainQueue(): Promise<void>;
  /** Waits for product events the Jira simulator raised to be handled, then drains the queue (`runUntilIdle`). */
  settleEvents(queue?: QueueRunOptions): Promise<void>;
  /** Forwards Jira simulator events to the trigger (on by default; off while a test delivers them itself). */
  forwardEvents(on: boolean): void;
  close(): Promise<void>;
}

export async function startLocalApp(options: LocalAppOptions = {}): Promise<LocalApp> {
  const peopleforceTarget = options.peopleforce ?? { simulator: {} };
  const jiraTarget = options.jira ?? { simulator: {} };
  const peopleforceSim =
    'simulator' in peopleforceTarget ? await startPeopleForceSimulator(peopleforceTarget.simulator) : null;
  const jiraSim = 'simulator' in jiraTarget ? await startJiraSimulator(jiraTarget.simulator) : null;
  const slackSim = options.realAlertChannels === true ? null : await startSlackSimulator();
  const telegramSim = options.realAlertChannels === true ? null : await startTelegramSimulator();
  const host = createLocalHost({
    manifestPath: path.join(PROJECT_ROOT, 'manifest.yml'),
    kv: options.kvDir === undefined ? {} : { dir: options.kvDir },
    jira: 'url' in jiraTarget ? jiraTargetOf(jiraTarget) : { baseUrl: jiraSim?.url ?? '' },
    egressRoutes: {
      [PEOPLEFORCE_ORIGIN]:
        'url' in peopleforceTarget ? new URL(peopleforceTarget.url).origin : (peopleforceSim?.origin ?? ''),
      ...(slackSim ? { [SLACK_ORIGIN]: slackSim.origin } : {}),
      ...(telegramSim ? { [TELEGRAM_ORIGIN]: telegramSim.origin } : {}),
    },
    deadlineScale: options.deadlineScale ?? 1,
    ...(options.logger ? { logger: options.logger } : {}),
  }).activate();
  const apiKey = peopleforceSim
    ? peopleforceSim.apiKey
    : 'url' in peopleforceTarget
      ? peopleforceTarget.apiKey
      : undefined;
  if (apiKey !== undefined) await host.setSecret(API_KEY_SECRET, apiKey);
  if (peopleforceSim && jiraSim) {
    mirrorEmployeesAsJiraUsers(
      [...peopleforceSim.state.employees.values()],
      jiraSim,
      options.jiraUserShare ?? 0.8,
    );
  }

  const inFlight = new Set<Promise<unknown>>();
  let forwarding = true;
  const unsubscribe = jiraSim?.control.onIssueEvent((event) => {
    if (!forwarding || !shouldDeliver(host, event)) return;
    const delivery = deliverEvent(host, event).finally(() => inFlight.delete(delivery));
    inFlight.add(delivery);
  });

  const drainQueue = async () => {
    await host.runUntilIdle();
  };
  return {
    host,
    peopleforceSim,
    jiraSim,
    slackSim,
    telegramSim,
    async poll() {
      await host.runScheduledTrigger(POLL_TRIGGER);
      await drainQueue();
    },
    async sweep() {
      await host.runScheduledTrigger(SWEEP_TRIGGER);
      await drainQueue();
    },
    drainQueue,
    async settleEvents(queue) {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await host.runUntilIdle(queue);
    },
    forwardEvents(on) {
      forwarding = on;
    },
    async close() {
      unsubscribe?.();
      await Promise.allSettled([...inFlight]);
      await host.close();
      await Promise.all([peopleforceSim?.close(), jiraSim?.close(), slackSim?.close(), telegramSim?.close()]);
    },
  };
}

/** The trigger's `ignoreSelf: true`: the app's own writes never come back to it. */
function shouldDeliver(host: LocalHost, event: SimIssueEvent): boolean {
  const trigger = host.manifest.module('trigger', ISSUE_TRIGGER);
  const subscribed = (trigger.events ?? []).map((entry) =>
    typeof entry === 'string' ? entry : entry.eventType,
  );
  const ignoreSelf = (trigger.filter as { ignoreSelf?: boolean } | undefined)?.ignoreSelf === true;
  return subscribed.includes(event.eventType) && !(ignoreSelf && event.actor === 'app');
}

async function deliverEvent(host: LocalHost, event: SimIssueEvent): Promise<void> {
  const { actor: _actor, ...forgeEvent } = event;
  try {
    await host.deliverProductEvent(ISSUE_TRIGGER, forgeEvent);
  } catch {
    // Forge logs a failed trigger invocation and moves on (onError IGNORE_AND_LOG); the host has recorded it.
  }
}

export function mirrorEmployeesAsJiraUsers(
  employees: SimEmployee[],
  jiraSim: JiraSimulator,
  share: number,
): void {
  const count = Math.round(employees.length * share);
  for (const employee of employees.slice(0, count)) {
    jiraSim.control.addUser({
      accountId: `local:${employee.id}`,
      emailAddress: employee.email,
      displayName: employee.full_name,
      active: true,
    });
  }
}

function jiraTargetOf(target: Extract<JiraTarget, { url: string }>) {
  return {
    baseUrl: target.url,
    ...(target.email === undefined ? {} : { email: target.email }),
    ...(target.apiToken === undefined ? {} : { apiToken: target.apiToken }),
  };
}

export function demoCompany(seed = 7, tasks = 300): Company {
  return generateCompany({ seed, tasks, employees: 60 });
}
