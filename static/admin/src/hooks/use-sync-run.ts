import { useCallback, useEffect, useState } from 'react';
import * as api from '../api/admin-api';
import { POLL_INTERVAL_MS, nextWatch, watchFromStatus, type RunWatch } from '../model/run-watch';

export interface SyncRun {
  watch: RunWatch;
  /** Starts a manual sync and resolves once the backend accepted (or refused) it; polling follows. */
  start: () => Promise<void>;
}

/** A manual sync and its progress: polls getStatus every second while a run is under way. */
export function useSyncRun(): SyncRun {
  const [watch, setWatch] = useState<RunWatch>({ phase: 'idle' });

  // A run may already be under way (the schedule, or another admin). If this first look fails the tab simply
  // starts idle: the button still works, and the Health tab reports why the status could not be read.
  useEffect(() => {
    let current = true;
    api.getStatus().then(
      (status) => {
        if (current) setWatch((previous) => (previous.phase === 'idle' ? watchFromStatus(status) : previous));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (watch.phase !== 'running') return;
    let current = true;
    const timer = setTimeout(() => {
      api.getStatus().then(
        (status) => {
          if (current) setWatch(nextWatch(watch, status));
        },
        (error: unknown) => {
          if (current) setWatch({ phase: 'failed', error });
        },
      );
    }, POLL_INTERVAL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [watch]);

  const start = useCallback(async () => {
    setWatch({ phase: 'starting' });
    try {
      const { runId } = await api.syncNow();
      setWatch({ phase: 'running', runId, progress: null, silentPolls: 0 });
    } catch (error) {
      setWatch({ phase: 'failed', error });
    }
  }, []);

  return { watch, start };
}
