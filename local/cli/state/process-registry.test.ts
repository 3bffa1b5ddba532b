import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isAlive, lockFileOwner, processState, ProcessRegistry } from './process-registry';

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

/**
 * A process that has exited but is not reaped: `sh` starts a short `sleep` in the background, prints its pid and
 * becomes a long `sleep`, which never waits for children — so the short one stays a zombie until it is killed.
 */
async function zombie(): Promise<{ pid: number; parent: ChildProcess }> {
  const parent = spawn('sh', ['-c', 'sleep 0.2 & echo $!; exec sleep 30'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [chunk] = (await once(parent.stdout, 'data')) as [Buffer];
  const pid = Number(chunk.toString().trim());
  for (let tries = 0; processState(pid) !== 'Z' && tries < 200; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(processState(pid)).toBe('Z');
  return { pid, parent };
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

  it('counts an exited process its parent has not reaped yet (a zombie) as dead', async () => {
    const { pid, parent } = await zombie();
    try {
      expect(() => process.kill(pid, 0)).not.toThrow();
      expect(isAlive(pid)).toBe(false);
      const mine = new ProcessRegistry(dir);
      await Promise.all([mine.register(), new ProcessRegistry(dir, pid).register()]);
      expect(await mine.liveOthers()).toEqual([]);
    } finally {
      parent.stdout?.destroy();
      parent.kill('SIGKILL');
    }
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
