import { useCallback, useEffect, useState } from 'react';
import type { AdoptionRequestInput, AdoptionStatus } from '../../../../src/config/admin-api';
import * as api from '../api/admin-api';
import { ADOPTION_POLL_MS, isAdoptionActive } from '../model/adoption';

export interface Adoption {
  status: AdoptionStatus | null;
  error: unknown;
  /** A dry run or a start is on its way to the backend. */
  starting: 'dryRun' | 'adopt' | null;
  start: (request: AdoptionRequestInput) => Promise<void>;
}

/**
 * The adoption's stored report (and the first-sync warning), polled every second while the queue consumer
 * works. A dry run's report comes back with its answer and is shown in place of the stored one.
 */
export function useAdoption(): Adoption {
  const [status, setStatus] = useState<AdoptionStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [starting, setStarting] = useState<Adoption['starting']>(null);

  useEffect(() => {
    let current = true;
    api.getAdoption().then(
      (answer) => {
        if (current) setStatus(answer);
      },
      (caught: unknown) => {
        if (current) setError(caught);
      },
    );
    return () => {
      current = false;
    };
  }, []);

  const report = status?.report ?? null;
  useEffect(() => {
    if (!isAdoptionActive(report)) return;
    let current = true;
    const timer = setTimeout(() => {
      api.getAdoption().then(
        (answer) => {
          if (current) setStatus(answer);
        },
        (caught: unknown) => {
          if (current) setError(caught);
        },
      );
    }, ADOPTION_POLL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [report]);

  const start = useCallback(async (request: AdoptionRequestInput) => {
    setStarting(request.dryRun === true ? 'dryRun' : 'adopt');
    setError(null);
    try {
      const answer = await api.adoptIssues(request);
      setStatus((previous) => ({ unadopted: previous?.unadopted ?? null, report: answer.report }));
    } catch (caught) {
      setError(caught);
    } finally {
      setStarting(null);
    }
  }, []);

  return { status, error, starting, start };
}
