// First: the Forge globals must exist before anything loads @forge/api (see local/host/README.md).
import '../local/host/register';
/**
 * What opening the issue panel costs, through the local admin server, the real resolver and SDK packages and
 * the local host, in Debian's Chromium: the time from navigation to the task's title on screen, and the
 * platform calls of the open counted by the host (Jira requests, PeopleForce requests, KVS reads and writes).
 * The demo company (300 tasks) is synced first; the panel is opened a few times on different issues.
 *
 *   npm run bench:panel            # 5 opens
 *   npm run bench:panel -- 10      # any number
 */
import { startAdminServer } from '../local/admin-server/start-admin-server';
import { demoConfig } from '../local/app/demo-config';
import { demoCompany, startLocalApp } from '../local/app/local-app';
import { ensureAdminBuild } from '../test/e2e/admin-page-driver';
import { launchChromium } from '../test/e2e/chromium';
import { IssuePanelPage } from '../test/e2e/issue-panel-driver';

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn';
  const opens = Number(process.argv[2] ?? 5);
  await ensureAdminBuild();
  const app = await startLocalApp({ peopleforce: { simulator: { company: demoCompany() } } });
  const admin = await startAdminServer({ host: app.host, jiraBaseUrl: app.jiraSim!.url });
  const browser = await launchChromium();
  try {
    await app.host.kv.set('config', demoConfig());
    await app.poll();
    const keys = app.jiraSim!.control.issues().map((issue) => issue.key);
    const rows: string[] = [];
    for (let index = 0; index < opens; index++) {
      const key = keys[(index * 7) % keys.length]!;
      app.host.counters.reset();
      const panel = await IssuePanelPage.open(browser, admin.url, key);
      const shownMs = await panel.msUntilTitleShown();
      const firstPaintMs = await panel.page.evaluate(() =>
        Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
      );
      const spent = app.host.counters.snapshot();
      const jira = Object.values(spent.jira).reduce((sum, count) => sum + count, 0);
      const peopleforce = Object.values(spent.egress).reduce((sum, count) => sum + count, 0);
      rows.push(
        `| ${key} | ${firstPaintMs} | ${shownMs} | ${jira} | ${peopleforce} | ${spent.kvs.reads} / ${spent.kvs.writes} |`,
      );
      await panel.page.close();
    }
    process.stdout.write(
      [
        '| Issue | First paint (ms) | Task title shown (ms) | Jira requests | PeopleForce requests | KVS reads / writes |',
        '| ----- | ---------------- | --------------------- | ------------- | -------------------- | ------------------ |',
        ...rows,
        '',
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await admin.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
