import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Which command-line processes are using a state folder. In Forge a crashed invocation's run lock stays until
 * its lease expires (15 minutes); locally we can do better, because we can tell whether the process that took
 * it is still alive. Each command that runs handlers leaves a marker named after its pid while it works; a
 * marker whose process is gone belongs to a command that was killed.
 */
const MARKER_FOLDER = '.cli-processes';

export class ProcessRegistry {
  private readonly folder: string;

  constructor(
    stateDir: string,
    private readonly pid: number = process.pid,
  ) {
    this.folder = path.join(stateDir, MARKER_FOLDER);
  }

  async register(): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFile(this.markerOf(this.pid), new Date().toISOString());
  }

  async unregister(): Promise<void> {
    await rm(this.markerOf(this.pid), { force: true });
  }

  /** Pids of the other processes still working in this folder; markers of dead ones are removed. */
  async liveOthers(): Promise<number[]> {
    const pids = (await readdir(this.folder).catch(() => []))
      .map(Number)
      .filter((pid) => Number.isInteger(pid) && pid > 0 && pid !== this.pid);
    const live: number[] = [];
    for (const pid of pids) {
      if (isAlive(pid)) live.push(pid);
      else await rm(this.markerOf(pid), { force: true });
    }
    return live;
  }

  private markerOf(pid: number): string {
    return path.join(this.folder, String(pid));
  }
}

/**
 * Whether `pid` is a running process. A process that has exited but was not yet reaped by its parent (a zombie,
 * common right after a SIGKILL of a whole process group, while the orphans wait for init) still answers
 * `kill(pid, 0)`, yet it can never release anything: it counts as gone.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !hasExited(processState(pid));
}

/** A zombie (Z) or a process being torn down (X) has exited. */
function hasExited(state: string | null): boolean {
  return state === 'Z' || state === 'X' || state === 'x';
}

/** The one-letter state the kernel reports for `pid` (`/proc` on Linux, `ps` elsewhere), or null if unknown. */
export function processState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S …": comm may itself contain spaces and parentheses, so read after the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) || null;
  } catch {
    const ps = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout.trim().slice(0, 1) || null : null;
  }
}

/** The pid a store-directory lock file names, if any (the file backend writes its pid into it). */
export async function lockFileOwner(lockFile: string): Promise<number | null> {
  const text = await readFile(lockFile, 'utf8').catch(() => null);
  const pid = Number(text?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}
