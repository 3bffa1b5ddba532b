import { startLocalApp, type LocalApp, type LocalAppOptions } from '../../local/app/local-app';
import { generateCompany } from '../../local/peopleforce-sim';
import type { Config } from '../../src/config/schema';
import { ConfigSchema } from '../../src/config/schema';
import type { RunRecord } from '../../src/config/records';
import type { Envelope } from '../../src/config/admin-api';
import { DEFAULT_SEED_IDS } from '../../local/jira-sim';
import { ADMIN_FUNCTION } from '../../local/app/local-app';

/** The app on its simulators, plus what integration tests keep asking of it. */
export interface TestApp extends LocalApp {
  saveConfig(config: Partial<Config> | Config): Promise<void>;
  /** Calls an admin resolver as the site admin and returns its data; a refusal throws, naming the key. */
  admin<T = unknown>(key: string, payload?: unknown): Promise<T>;
  lastRun(): Promise<RunRecord>;
  issuesByTask(): Map<number, string[]>;
  jiraWrites(): number;
  /** Waits for the Jira events raised so far, then delivers only the queued events already due by the clock. */
  settleEventsDue(): Promise<void>;
}

export async function startTestApp(
  company = generateCompany({ seed: 11, tasks: 60, employees: 20 }),
  options: LocalAppOptions = {},
): Promise<TestApp> {
  const app = await startLocalApp({ peopleforce: { simulator: { company } }, ...options });
  return {
    ...app,
    async saveConfig(config) {
      await app.host.kv.set('config', ConfigSchema.parse(config));
    },
    async admin<T>(key: string, payload: unknown = {}) {
      const answer = (await app.host.invokeResolver(ADMIN_FUNCTION, key, payload, {
        accountId: DEFAULT_SEED_IDS.adminAccountId,
      })) as Envelope<T>;
      if (!answer.ok) throw new Error(`${key} refused: ${answer.error.code} ${answer.error.message}`);
      return answer.data;
    },
    async lastRun() {
      const history = (await app.host.kv.get('history:runs')) as RunRecord[] | undefined;
      const [run] = history ?? [];
      if (!run) throw new Error('no run recorded');
      return run;
    },
    issuesByTask() {
      const byTask = new Map<number, string[]>();
      for (const issue of app.jiraSim!.control.issues()) {
        const taskId = Number(
          (issue.properties['peopleforce-task'] as { taskId?: string } | undefined)?.taskId,
        );
        if (Number.isInteger(taskId)) byTask.set(taskId, [...(byTask.get(taskId) ?? []), issue.key]);
      }
      return byTask;
    },
    jiraWrites() {
      return app.jiraSim!.control.writeCount();
    },
    async settleEventsDue() {
      await app.settleEvents({ dueOnly: true });
    },
  };
}
