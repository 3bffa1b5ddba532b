import type { Config } from '../config/schema';
import { FailureQueue } from '../state/failure-queue';
import type { ListingCheckpoint } from '../state/listing-checkpoint';
import { LinkStore } from '../state/link-store';
import { readPollCursor, type PollCursor } from '../state/sync-cursor';
import { UserDirectory } from '../state/user-directory';
import { listTasks, type TaskListing } from './list-tasks';
import { completedScanTarget, planSync, type TaskPlan } from './plan';
import type { SyncDeps } from './sync.types';

/** The stored state a poll (or its dry run) starts from, loaded in one go: about twenty KVS reads. */
export interface PollState {
  links: LinkStore;
  failures: FailureQueue;
  users: UserDirectory;
  cursor: PollCursor;
}

export async function loadPollState(deps: Pick<SyncDeps, 'kv' | 'jira'>): Promise<PollState> {
  const [links, failures, users, cursor] = await Promise.all([
    LinkStore.load(deps.kv),
    FailureQueue.load(deps.kv),
    UserDirectory.load(deps.kv, (email) => deps.jira.findUserByEmail(email)),
    readPollCursor(deps.kv),
  ]);
  return { links, failures, users, cursor };
}

/**
 * Lists the tasks this poll needs and plans against the stored links. The completed list is read down to the
 * lowest id that can have changed (see plan.ts `completedScanTarget`), all of it on a full scan, and only its
 * newest page on a first sync that does not import completed tasks.
 */
export async function listAndPlan(
  deps: Pick<SyncDeps, 'peopleforce' | 'log' | 'clock'>,
  state: PollState,
  config: Config,
  options: {
    fullScan: boolean;
    onPage: (tasksSoFar: number) => Promise<void>;
    shouldStop?: () => boolean;
    /** Where an earlier invocation of this run stopped listing. */
    resume?: ListingCheckpoint | null;
  },
): Promise<{ listing: TaskListing; plans: TaskPlan[] }> {
  const { cursor, links, failures } = state;
  const resume = options.resume ?? null;
  const completedTarget = (openTaskIds: ReadonlySet<number>) => {
    if (!cursor.initialSyncDone) return config.importCompletedOnFirstSync ? 0 : Number.MAX_SAFE_INTEGER;
    if (options.fullScan) return 0;
    return completedScanTarget(openTaskIds, links.all(), cursor.highWatermark);
  };
  const listing = await listTasks(
    deps.peopleforce,
    completedTarget,
    deps.log,
    options.onPage,
    options.shouldStop,
    resume
      ? {
          position: resume.position,
          openIdsSeen: resume.openIdsSeen,
          completedTarget: resume.completedTarget,
        }
      : null,
  );
  const plans = planSync({
    openTasks: listing.open,
    completedTasks: listing.completed,
    completedScannedDownTo: listing.completedScannedDownTo,
    links: new Map(links.all().map((link) => [link.taskId, link])),
    config,
    initialSyncDone: cursor.initialSyncDone,
    highWatermark: cursor.highWatermark,
    isBackingOff: (taskId, fingerprint) => failures.isBackingOff(taskId, fingerprint, deps.clock.now()),
    unreadableTaskIds: new Set(listing.malformed.map((bad) => Number(bad.id)).filter(Number.isInteger)),
    listingComplete: listing.stoppedAt === null,
    seenEarlier: resume ? new Set([...resume.openIdsSeen, ...resume.completedIdsSeen]) : new Set(),
  });
  return { listing, plans };
}
