import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { HelperMessage, Label } from '@atlaskit/form';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import * as api from '../../api/admin-api';
import { errorText } from '../../api/admin-api-error';
import type { ApiKeyStatus } from '../../hooks/use-config-draft';
import { FieldProblems } from '../FieldProblems/FieldProblems';

const fieldStyle = { width: 480, maxWidth: '100%' };

interface ApiKeyFormProps {
  status: ApiKeyStatus | null;
  onSaved: (status: ApiKeyStatus) => void;
}

/** Write-only: the key goes to the backend's secret store and is never read back, only its last four characters. */
export function ApiKeyForm({ status, onSaved }: ApiKeyFormProps) {
  const [apiKey, setApiKey] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await api.setApiKey(apiKey);
      setApiKey('');
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack space="space.100">
      <Text as="p" testId="api-key-status">
        {status?.set === true ? `Key set, ending in ····${status.last4 ?? ''}` : 'No API key saved yet.'}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack space="space.050">
          <Label htmlFor="peopleforce-api-key">
            {status?.set === true ? 'Replace the PeopleForce API key' : 'PeopleForce API key'}
          </Label>
          <Inline space="space.100" alignBlock="center">
            <Box style={fieldStyle}>
              <Textfield
                id="peopleforce-api-key"
                testId="api-key-input"
                type="password"
                autoComplete="off"
                value={apiKey}
                isInvalid={error !== null}
                onChange={(event) => {
                  setApiKey(event.currentTarget.value);
                }}
              />
            </Box>
            <Button
              type="submit"
              appearance="primary"
              isLoading={saving}
              isDisabled={apiKey.trim() === ''}
              testId="api-key-save"
            >
              Save key
            </Button>
          </Inline>
          <HelperMessage>
            From PeopleForce: Settings → API. Stored encrypted; this page never shows it again.
          </HelperMessage>
          <FieldProblems messages={error === null ? [] : [errorText(error)]} testId="api-key-problems" />
        </Stack>
      </form>
    </Stack>
  );
}
