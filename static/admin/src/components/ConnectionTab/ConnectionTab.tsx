import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import type { AdminResult } from '../../../../../src/config/admin-api';
import * as api from '../../api/admin-api';
import type { ApiKeyStatus } from '../../hooks/use-config-draft';
import { ApiKeyForm } from '../ApiKeyForm/ApiKeyForm';
import { ConnectionResults } from '../ConnectionResults/ConnectionResults';
import { LoadFailed } from '../LoadState/LoadState';

interface ConnectionTabProps {
  apiKey: ApiKeyStatus | null;
  onApiKeySaved: (status: ApiKeyStatus) => void;
}

/** The PeopleForce API key and a test of both connections. */
export function ConnectionTab({ apiKey, onApiKeySaved }: ConnectionTabProps) {
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<AdminResult<'testConnection'> | null>(null);
  const [error, setError] = useState<unknown>(null);

  const runTest = async () => {
    setTesting(true);
    setError(null);
    try {
      setResult(await api.testConnection());
    } catch (caught) {
      setResult(null);
      setError(caught);
    } finally {
      setTesting(false);
    }
  };

  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading size="small" as="h2">
          PeopleForce API key
        </Heading>
        <ApiKeyForm
          status={apiKey}
          onSaved={(status) => {
            onApiKeySaved(status);
            setResult(null);
          }}
        />
      </Stack>
      <Stack space="space.100">
        <Heading size="small" as="h2">
          Connection test
        </Heading>
        <Inline space="space.100">
          <Button
            isLoading={testing}
            testId="test-connection"
            onClick={() => {
              void runTest();
            }}
          >
            Test connection
          </Button>
        </Inline>
        {error === null ? null : <LoadFailed title="The connection test could not run" error={error} />}
        {result === null ? null : <ConnectionResults peopleforce={result.peopleforce} jira={result.jira} />}
      </Stack>
    </Stack>
  );
}
