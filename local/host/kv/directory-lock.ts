import { open, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A lock shared by every process that uses one store directory: a lock file created with O_EXCL. Holders keep it
 * for milliseconds, so a lock file older than `staleAfterMs` can only be left by a crashed process and is removed.
 */
export class DirectoryLock {
  constructor(
    private readonly lockPath: string,
    private readonly staleAfterMs = 10_000,
    private readonly giveUpAfterMs = 30_000,
  ) {}

  async hold<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      await rm(this.lockPath, { force: true });
    }
  }

  private async acquire(): Promise<void> {
    const giveUpAt = Date.now() + this.giveUpAfterMs;
    for (let attempt = 0; ; attempt += 1) {
      if (await this.tryCreate()) return;
      await this.removeIfStale();
      if (Date.now() > giveUpAt) {
        throw new Error(
          `The local KVS lock ${this.lockPath} has been held for over ${this.giveUpAfterMs} ms; ` +
            'another process is stuck inside a write. Stop it or delete the lock file.',
        );
      }
      await sleep(Math.min(1 + attempt, 20));
    }
  }

  private async tryCreate(): Promise<boolean> {
    try {
      const handle = await open(this.lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return true;
    } catch (error) {
      if (isErrorCode(error, 'EEXIST')) return false;
      throw error;
    }
  }

  private async removeIfStale(): Promise<void> {
    try {
      const { mtimeMs } = await stat(this.lockPath);
      if (Date.now() - mtimeMs > this.staleAfterMs) await rm(this.lockPath, { force: true });
    } catch (error) {
      if (!isErrorCode(error, 'ENOENT')) throw error;
    }
  }
}

/** Checked by shape: errors from Node's own modules fail `instanceof Error` inside a jest test context. */
export function isErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
