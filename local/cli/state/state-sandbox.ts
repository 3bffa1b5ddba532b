import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A dry run works on a private copy of the state folder, so that the folder is left byte-for-byte as it was
 * whatever the run touches: the API key stored from the environment, the demo configuration, any cache.
 */
export interface StateSandbox {
  /** The copy's folder; null when there is no state folder to copy (the store then lives in memory). */
  dir: string | null;
  dispose(): Promise<void>;
}

/** Lock files and process markers belong to the processes of the original folder, not to the copy. */
const NOT_COPIED = new Set(['.lock', '.cli-processes']);

export async function sandboxStateDir(stateDir: string | null): Promise<StateSandbox> {
  if (stateDir === null || !(await isDirectory(stateDir)))
    return { dir: null, dispose: () => Promise.resolve() };
  const copy = await mkdtemp(path.join(tmpdir(), 'pf-jira-dry-run-'));
  await cp(stateDir, copy, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.basename(source)) && !source.endsWith('.tmp'),
  });
  return { dir: copy, dispose: () => rm(copy, { recursive: true, force: true }) };
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
