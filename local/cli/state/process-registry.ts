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

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid a store-directory lock file names, if any (the file backend writes its pid into it). */
export async function lockFileOwner(lockFile: string): Promise<number | null> {
  const text = await readFile(lockFile, 'utf8').catch(() => null);
  const pid = Number(text?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}
