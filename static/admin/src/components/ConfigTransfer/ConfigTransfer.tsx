import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { HelperMessage, Label } from '@atlaskit/form';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import type { Config } from '../../../../../src/config/schema';
import * as api from '../../api/admin-api';
import { AdminApiError, errorText } from '../../api/admin-api-error';
import { downloadTextFile } from '../../platform/download-file';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { ProblemList } from '../ProblemList/ProblemList';

interface ConfigTransferProps {
  onImported: (config: Config) => void;
}

/** Export the configuration as a JSON file; import one (pasted or from a file), with its problems listed. */
export function ConfigTransfer({ onImported }: ConfigTransferProps) {
  const [json, setJson] = useState('');
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [imported, setImported] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const runExport = async () => {
    setBusy('export');
    setError(null);
    try {
      const { json: exported } = await api.exportConfig();
      downloadTextFile('peopleforce-sync-config.json', exported);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const runImport = async () => {
    setConfirming(false);
    setBusy('import');
    setError(null);
    setImported(false);
    try {
      const { config } = await api.importConfig(json);
      onImported(config);
      setImported(true);
      setJson('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const problems = error instanceof AdminApiError ? error.problems : [];
  return (
    <Stack space="space.150">
      <Inline>
        <Button isLoading={busy === 'export'} testId="export-config" onClick={() => void runExport()}>
          Export configuration
        </Button>
      </Inline>
      <Stack space="space.050">
        <Label htmlFor="import-config-text">Configuration to import (JSON)</Label>
        <TextArea
          id="import-config-text"
          testId="import-config-text"
          value={json}
          minimumRows={4}
          onChange={(event) => {
            setJson(event.currentTarget.value);
          }}
        />
        <HelperMessage>Paste an exported configuration, or choose its file below.</HelperMessage>
      </Stack>
      <Stack space="space.050">
        <Label htmlFor="import-config-file">Configuration file</Label>
        <input
          id="import-config-file"
          data-testid="import-config-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file !== undefined) void file.text().then(setJson, setError);
          }}
        />
      </Stack>
      <Inline>
        <Button
          appearance="warning"
          isDisabled={json.trim().length < 2}
          isLoading={busy === 'import'}
          testId="import-config-submit"
          onClick={() => {
            setConfirming(true);
          }}
        >
          Import configuration
        </Button>
      </Inline>
      {imported ? (
        <SectionMessage appearance="success" testId="import-done">
          <Text as="p">Imported. The rules, statuses and settings now come from the imported file.</Text>
        </SectionMessage>
      ) : null}
      {error === null ? null : (
        <SectionMessage appearance="error" title="Nothing was imported" testId="import-problems">
          <Text as="p">{errorText(error)}</Text>
          <ProblemList problems={problems} testId="import-problem-list" />
        </SectionMessage>
      )}
      <ConfirmDialog
        isOpen={confirming}
        title="Replace the configuration?"
        body="Importing replaces every rule, status mapping and setting, including unsaved changes on this page. The API key is kept."
        confirmLabel="Import"
        testId="import-config-dialog"
        onCancel={() => {
          setConfirming(false);
        }}
        onConfirm={() => void runImport()}
      />
    </Stack>
  );
}
