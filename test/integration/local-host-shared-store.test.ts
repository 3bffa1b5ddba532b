import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { HostCounters } from '../../local/host/counters';
import { FileKvBackend } from '../../local/host/kv/file-kv-backend';
import { KvsStore } from '../../local/host/kv/kvs-store';

/** Two real processes racing for the same keys in one store directory: each key must be won exactly once. */
const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');
const racer = path.join(root, 'test', 'fixtures', 'host-app', 'race-for-leases.ts');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shared-store-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('gives each FAIL_IF_EXISTS key to exactly one of two processes sharing the directory', async () => {
  const leases = 40;
  const outputs = await Promise.all(
    ['one', 'two'].map((owner) =>
      run(process.execPath, [tsxCli, racer, dir, String(leases), owner], { cwd: root }),
    ),
  );
  const results = outputs.map(
    ({ stdout }) => JSON.parse(stdout) as { owner: string; won: number; unexpected: number },
  );
  expect(results.map((result) => result.unexpected)).toEqual([0, 0]);
  expect(results[0]!.won + results[1]!.won).toBe(leases);

  const store = new KvsStore(new FileKvBackend(dir), Date.now, new HostCounters());
  const page = await store.query({ prefix: 'lease:', limit: 99 });
  expect(page.entries).toHaveLength(leases);
  const owners = new Map(results.map((result) => [result.owner, 0]));
  for (const entry of page.entries) {
    const { owner } = entry.value as { owner: string };
    owners.set(owner, (owners.get(owner) ?? 0) + 1);
  }
  expect(Object.fromEntries(owners)).toEqual(
    Object.fromEntries(results.map((result) => [result.owner, result.won])),
  );
}, 20_000);
