import { useCallback, useMemo, useState } from 'react';
import type { Problem } from '../../../../src/config/admin-api';
import type { Config } from '../../../../src/config/schema';
import * as api from '../api/admin-api';
import { AdminApiError } from '../api/admin-api-error';
import { useAsyncResource } from './use-async-resource';

export interface ApiKeyStatus {
  set: boolean;
  last4: string | null;
}

export interface ConfigDraft {
  /** The configuration as last saved; null until loaded. */
  saved: Config | null;
  /** What the admin is editing; equal to `saved` until the first change. */
  draft: Config | null;
  apiKey: ApiKeyStatus | null;
  dirty: boolean;
  loading: boolean;
  loadError: unknown;
  saving: boolean;
  /** The last save's failure, with per-field problems when the backend rejected the configuration. */
  saveError: AdminApiError | Error | null;
  problems: readonly Problem[];
  reload: () => Promise<void>;
  edit: (change: (draft: Config) => Config) => void;
  discard: () => void;
  clearProblems: () => void;
  /** Saves the draft; resolves true once stored, false when the backend refused it (see saveError). */
  save: () => Promise<boolean>;
  /** Pauses or resumes syncing by saving the stored configuration with only `enabled` changed. */
  setEnabled: (enabled: boolean) => Promise<boolean>;
  /** Replaces both saved and draft after the configuration changed elsewhere (import). */
  adoptSaved: (config: Config) => void;
  adoptApiKey: (status: ApiKeyStatus) => void;
}

function sameConfig(left: Config | null, right: Config | null): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/** The one copy of the configuration the tabs share: loaded once, edited as a draft, saved on request. */
export function useConfigDraft(): ConfigDraft {
  const [draft, setDraft] = useState<Config | null>(null);
  const [saved, setSaved] = useState<Config | null>(null);
  const [apiKey, setApiKeyStatus] = useState<ApiKeyStatus | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<AdminApiError | Error | null>(null);

  const resource = useAsyncResource(async () => {
    const loaded = await api.getConfig();
    setSaved(loaded.config);
    setDraft(loaded.config);
    setApiKeyStatus(loaded.apiKey);
    return loaded;
  });

  const adoptSaved = useCallback((config: Config) => {
    setSaved(config);
    setDraft(config);
    setSaveError(null);
  }, []);

  const store = useCallback(async (config: Config, onStored: (stored: Config) => void): Promise<boolean> => {
    setSaving(true);
    setSaveError(null);
    try {
      const result = await api.saveConfig(config);
      onStored(result.config);
      return true;
    } catch (error) {
      setSaveError(error instanceof Error ? error : new Error(String(error)));
      return false;
    } finally {
      setSaving(false);
    }
  }, []);

  const save = useCallback(
    async () => (draft === null ? false : store(draft, adoptSaved)),
    [draft, store, adoptSaved],
  );

  const setEnabled = useCallback(
    async (enabled: boolean) => {
      if (saved === null) return false;
      return store({ ...saved, enabled }, (stored) => {
        setSaved(stored);
        setDraft((current) => (current === null ? stored : { ...current, enabled: stored.enabled }));
      });
    },
    [saved, store],
  );

  const problems = useMemo(() => (saveError instanceof AdminApiError ? saveError.problems : []), [saveError]);

  return {
    saved,
    draft,
    apiKey,
    dirty: !sameConfig(draft, saved),
    loading: resource.loading,
    loadError: resource.error,
    saving,
    saveError,
    problems,
    reload: resource.reload,
    edit: (change) => {
      setDraft((current) => (current === null ? current : change(current)));
    },
    discard: () => {
      setDraft(saved);
      setSaveError(null);
    },
    clearProblems: () => {
      setSaveError((current) =>
        current instanceof AdminApiError && current.problems.length > 0 ? null : current,
      );
    },
    save,
    setEnabled,
    adoptSaved,
    adoptApiKey: setApiKeyStatus,
  };
}
