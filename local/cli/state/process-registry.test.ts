import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isAlive, lockFileOwner, ProcessRegistry } from './process-registry';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'process-registry-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

describe('ProcessRegistry', () => {
  it('sees other live processes and forgets the markers of dead ones', async () => {
    const gone = deadPid();
    const mine = new ProcessRegistry(dir);
    const parent = new ProcessRegistry(dir, process.ppid);
    const dead = new ProcessRegistry(dir, gone);
    await Promise.all([mine.register(), parent.register(), dead.register()]);

    expect(await mine.liveOthers()).toEqual([process.ppid]);
    expect((await readdir(path.join(dir, '.cli-processes'))).sort()).toEqual(
      [String(process.pid), String(process.ppid)].sort(),
    );
    await parent.unregister();
    expect(await mine.liveOthers()).toEqual([]);
  });

  it('tells live from dead processes', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(deadPid())).toBe(false);
  });

  it('reads the pid a lock file names', async () => {
    const lockFile = path.join(dir, '.lock');
    expect(await lockFileOwner(lockFile)).toBeNull();
    await writeFile(lockFile, '4242');
    expect(await lockFileOwner(lockFile)).toBe(4242);
    await writeFile(lockFile, 'not a pid');
    expect(await lockFileOwner(lockFile)).toBeNull();
  });
});
