import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AsyncMutex } from './async-mutex';
import { DirectoryLock, isErrorCode } from './directory-lock';
import { keyToRelativePath, relativePathToKey } from './key-file-name';
import type { KvBackend, KvNamespace, KvRecord } from './kv-backend';

const StoredFileSchema = z.object({
  key: z.string(),
  value: z.unknown(),
  createdAt: z.number(),
  updatedAt: z.number(),
  expiresAt: z.number().optional(),
});

/**
 * Keeps one JSON file per key under `<dir>/<namespace>/`, so state survives restarts and can be shared by two
 * processes (the CLI and a test, say). Every write goes to a temp file that is then renamed over the target, so
 * readers never see half a file; read-check-write sections hold a lock file in the directory.
 */
export class FileKvBackend implements KvBackend {
  private readonly mutex = new AsyncMutex();
  private readonly lock: DirectoryLock;

  constructor(private readonly dir: string) {
    this.lock = new DirectoryLock(path.join(dir, '.lock'));
  }

  async read(namespace: KvNamespace, key: string): Promise<KvRecord | undefined> {
    let text: string;
    try {
      text = await readFile(this.recordPath(namespace, key), 'utf8');
    } catch (error) {
      if (isErrorCode(error, 'ENOENT')) return undefined;
      throw error;
    }
    const stored = StoredFileSchema.parse(JSON.parse(text));
    return {
      json: JSON.stringify(stored.value),
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
      ...(stored.expiresAt === undefined ? {} : { expiresAt: stored.expiresAt }),
    };
  }

  async write(namespace: KvNamespace, key: string, record: KvRecord): Promise<void> {
    const target = this.recordPath(namespace, key);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.${randomUUID()}.tmp`;
    const { json, ...times } = record;
    await writeFile(temp, JSON.stringify({ key, value: JSON.parse(json) as unknown, ...times }));
    await rename(temp, target);
  }

  async remove(namespace: KvNamespace, key: string): Promise<void> {
    await rm(this.recordPath(namespace, key), { force: true });
  }

  async listKeys(namespace: KvNamespace): Promise<string[]> {
    let entries: string[];
    try {
      entries = await readdir(path.join(this.dir, namespace), { recursive: true });
    } catch (error) {
      if (isErrorCode(error, 'ENOENT')) return [];
      throw error;
    }
    return entries.map(relativePathToKey).filter((key): key is string => key !== undefined);
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      await mkdir(this.dir, { recursive: true });
      return this.lock.hold(work);
    });
  }

  private recordPath(namespace: KvNamespace, key: string): string {
    return path.join(this.dir, namespace, keyToRelativePath(key));
  }
}
