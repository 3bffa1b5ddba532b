import { demoCompany, startLocalApp, type LocalApp, type LocalAppOptions } from '../app/local-app';
import { DEFAULT_SEED_IDS } from '../jira-sim';
import type { CommandContext } from './command-context';
import type { CliEnvironment } from './environment';
import { storeApiKey } from '../../src/state/api-key-store';
import { withAppKv } from './state/app-kv';
import { checkSystems } from './systems/check-systems';
import { ProcessRegistry } from './state/process-registry';
import { releaseLeftoverLocks } from './state/leftover-locks';
import { storeDemoConfigIfNone } from './state/stored-config';

/**
 * The app as one command runs it: the real handlers in the local Forge host, pointed where the environment
 * says, with PeopleForce and Jira checked before any work so that a wrong URL or credential is one clear line.
 */
export interface CliApp {
  app: LocalApp;
  /** Both systems are this process's own simulators. */
  embedded: boolean;
  /** The Jira account that admin operations act as. */
  adminAccountId: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The storage folder to use; null keeps storage in memory. */
  kvDir: string | null;
  /** Commands that run handlers on the shared state folder register, and clear what killed commands left. */
  claimStateDir: boolean;
}

export async function openCliApp(ctx: CommandContext, options: OpenOptions): Promise<CliApp> {
  const app = await startLocalApp(localAppOptions(ctx, options.kvDir));
  let registry: ProcessRegistry | null = null;
  try {
    const apiKey = ctx.env.peopleforce?.apiKey ?? null;
    // Stored as the admin page stores it, so that the key's hint (its last four characters) matches too.
    if (apiKey !== null) await withAppKv(app.host, (kv) => storeApiKey(kv, apiKey));
    const { adminAccountId } = await checkSystems(app, ctx.env);
    const embedded = ctx.env.peopleforce === null && ctx.env.jira === null;
    const stateDir = ctx.env.stateDir;
    if (options.claimStateDir && stateDir !== null) {
      // Registered first: two commands starting together then see each other and neither clears anything.
      registry = new ProcessRegistry(stateDir);
      await registry.register();
      const leftovers = await releaseLeftoverLocks(app.host, stateDir, registry);
      if (leftovers.clearedStoreLock) {
        ctx.out.note('Removed the storage lock file left by a command that was stopped inside a write.');
      }
      if (leftovers.releasedRunId !== null) {
        ctx.out.note(
          `Released the run lock of ${leftovers.releasedRunId}, left by a command that was stopped.`,
        );
      }
    }
    if (embedded && (await storeDemoConfigIfNone(app.host))) {
      ctx.out.note('Stored the demo configuration (the embedded simulators have no other).');
    }
    const claimed = registry;
    return {
      app,
      embedded,
      adminAccountId: adminAccountId ?? DEFAULT_SEED_IDS.adminAccountId,
      close: async () => {
        await app.close();
        await claimed?.unregister();
      },
    };
  } catch (error) {
    await app.close();
    await registry?.unregister();
    throw error;
  }
}

function localAppOptions(ctx: CommandContext, kvDir: string | null): LocalAppOptions {
  const { env } = ctx;
  return {
    peopleforce: peopleforceTarget(env),
    jira:
      env.jira === null
        ? { simulator: {} }
        : {
            url: env.jira.url,
            ...(env.jira.email === null ? {} : { email: env.jira.email }),
            ...(env.jira.apiToken === null ? {} : { apiToken: env.jira.apiToken }),
          },
    ...(kvDir === null ? {} : { kvDir }),
    ...(ctx.verbose
      ? {
          logger: (line: string) => {
            ctx.out.note(`host: ${line}`);
          },
        }
      : {}),
  };
}

function peopleforceTarget(env: CliEnvironment): NonNullable<LocalAppOptions['peopleforce']> {
  if (env.peopleforce !== null) {
    return {
      url: env.peopleforce.url,
      ...(env.peopleforce.apiKey === null ? {} : { apiKey: env.peopleforce.apiKey }),
    };
  }
  return {
    simulator: {
      company: demoCompany(),
      ...(env.simulatorApiKey === null ? {} : { apiKey: env.simulatorApiKey }),
    },
  };
}
