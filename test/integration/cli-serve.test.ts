import { BRIDGE_SCRIPT_PATH } from '../../local/admin-server/bridge-script';
import { startCli } from '../../local/cli/testing/cli-child';

/**
 * `npm start`: the app on its embedded simulators, polling on its own, the admin page served, demo commands on
 * stdin driving both directions, and Ctrl-C ending it with exit 0.
 */
it('serves the app, answers demo commands in both directions and stops cleanly on SIGINT', async () => {
  const serve = startCli(['serve', '--interval', '1']);
  try {
    const [, adminUrl] = await serve.waitForLine(/^Admin page:\s+(http:\/\/127\.0\.0\.1:\d+\/)$/);
    await serve.waitForLine(
      /^PeopleForce: http:\/\/127\.0\.0\.1:\d+\/api\/public\/v3 \(simulator, 300 tasks\)$/,
    );
    await serve.waitForLine(/^run-\S+ schedule success: created 174, updated 0, transitioned 0, errors 0 \(/);
    const bridge = await fetch(new URL(BRIDGE_SCRIPT_PATH, adminUrl));
    expect(bridge.status).toBe(200);

    serve.process.stdin.write('done HR-1\n');
    const [, taskId] = await serve.waitForLine(/^HR-1 → PeopleForce task (\d+) completed \(event\)$/);

    serve.process.stdin.write(`reopen-task ${taskId ?? ''}\npoll\n`);
    await serve.waitForLine(
      new RegExp(`^PeopleForce task ${taskId ?? ''} reopened; the next poll updates HR-1`),
    );
    await serve.waitForLine(/^run-\S+ schedule success: created 0, updated 0, transitioned 1, errors 0 \(/);

    serve.process.stdin.write('status\nnonsense\n');
    await serve.waitForLine(/^Runs \(newest first, \d+ of \d+\):$/);
    await serve.waitForLine(/^Unknown command "nonsense"; type help for the list\.$/);
  } finally {
    serve.process.kill('SIGINT');
  }
  const result = await serve.result;
  expect(result.code).toBe(0);
  expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Stopped.');
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}, 40_000);
