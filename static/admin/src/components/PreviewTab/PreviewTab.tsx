import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { PreviewResult as PreviewAnswer } from '../../../../../src/config/admin-api';
import type { Config } from '../../../../../src/config/schema';
import * as api from '../../api/admin-api';
import { LoadFailed, Loading } from '../LoadState/LoadState';
import { PreviewResult } from '../PreviewResult/PreviewResult';

interface PreviewTabProps {
  draft: Config;
  dirty: boolean;
}

/** A dry run: reads PeopleForce and Jira, writes nothing, and reports what a sync would do. */
export function PreviewTab({ draft, dirty }: PreviewTabProps) {
  const [useDraft, setUseDraft] = useState(true);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<PreviewAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      setResult(await api.previewSync(dirty && useDraft ? draft : undefined));
    } catch (caught) {
      setError(caught);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Stack space="space.200">
      <Text as="p">
        Reads PeopleForce and Jira and changes nothing. It can take a few seconds for large companies.
      </Text>
      <Inline space="space.200" alignBlock="center" shouldWrap>
        <Button
          appearance="primary"
          isLoading={running}
          testId="preview-run"
          onClick={() => {
            void run();
          }}
        >
          Run preview
        </Button>
        <Checkbox
          id="preview-use-draft"
          testId="preview-use-draft"
          label={dirty ? 'Use my unsaved changes' : 'Use my unsaved changes (there are none)'}
          isChecked={dirty && useDraft}
          isDisabled={!dirty}
          onChange={(event) => {
            setUseDraft(event.target.checked);
          }}
        />
      </Inline>
      {running ? <Loading label="Previewing…" /> : null}
      {error === null ? null : (
        <LoadFailed title="The preview could not run" error={error} testId="preview-failed" />
      )}
      {result === null && !running && error === null ? (
        <Text color="color.text.subtle">No preview yet.</Text>
      ) : null}
      {result === null ? null : <PreviewResult result={result} />}
    </Stack>
  );
}
