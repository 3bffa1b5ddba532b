import { useCallback, useEffect, useRef, useState } from 'react';

export interface AsyncResource<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  /** Loads again; resolves once the new answer (or error) is in state. */
  reload: () => Promise<void>;
}

/**
 * Loads once on mount and again on `reload`. Only the newest request may write state, so a slow answer
 * arriving after a newer one (or after unmount) is dropped instead of overwriting fresher data.
 */
export function useAsyncResource<T>(load: () => Promise<T>): AsyncResource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const latestRequest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    latestRequest.current += 1;
    const request = latestRequest.current;
    setLoading(true);
    try {
      const result = await loadRef.current();
      if (request !== latestRequest.current) return;
      setData(result);
      setError(null);
    } catch (caught) {
      if (request !== latestRequest.current) return;
      setError(caught);
    } finally {
      if (request === latestRequest.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    return () => {
      latestRequest.current += 1;
    };
  }, [reload]);

  return { data, error, loading, reload };
}
