import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Inline, Stack } from '@atlaskit/primitives';
import Toggle from '@atlaskit/toggle';
import type { Config } from '../../../../../src/config/schema';
import * as api from '../../api/admin-api';
import { useAsyncResource } from '../../hooks/use-async-resource';
import { AlertDeliveries } from '../AlertDeliveries/AlertDeliveries';
import { ConfigTransfer } from '../ConfigTransfer/ConfigTransfer';
import { HealthOverview } from '../HealthOverview/HealthOverview';
import { LoadFailed, Loading } from '../LoadState/LoadState';

interface HealthTabProps {
  enabled: boolean;
  setEnabled: (enabled: boolean) => Promise<boolean>;
  onImported: (config: Config) => void;
}

/** Is the sync alive: status, reachability, pause/resume, and moving the configuration in and out. */
export function HealthTab({ enabled, setEnabled, onImported }: HealthTabProps) {
  const status = useAsyncResource(() => api.getStatus());
  const connection = useAsyncResource(() => api.testConnection());
  const alerts = useAsyncResource(() => api.getAlerts());
  const [switching, setSwitching] = useState(false);

  const toggle = async () => {
    setSwitching(true);
    try {
      if (await setEnabled(!enabled)) await status.reload();
    } finally {
      setSwitching(false);
    }
  };

  return (
    <Stack space="space.300">
      <Inline spread="space-between" alignBlock="center">
        <Heading size="small" as="h2">
          Health
        </Heading>
        <Button
          appearance="subtle"
          testId="health-refresh"
          onClick={() => {
            void Promise.all([status.reload(), connection.reload(), alerts.reload()]);
          }}
        >
          Check again
        </Button>
      </Inline>
      <Inline space="space.100" alignBlock="center">
        <Toggle
          id="health-pause-toggle"
          testId="health-pause-toggle"
          isChecked={enabled}
          isLoading={switching}
          onChange={() => void toggle()}
        />
        <Label htmlFor="health-pause-toggle">
          {enabled ? 'Syncing is on (switch off to pause)' : 'Syncing is paused (switch on to resume)'}
        </Label>
      </Inline>
      {status.loading && status.data === null ? <Loading label="Loading the status…" /> : null}
      {status.error === null ? null : (
        <LoadFailed
          title="The status could not be loaded"
          error={status.error}
          onRetry={() => void status.reload()}
        />
      )}
      {connection.error === null ? null : (
        <LoadFailed
          title="Reachability could not be checked"
          error={connection.error}
          onRetry={() => void connection.reload()}
        />
      )}
      {status.data === null ? null : (
        <HealthOverview
          status={status.data}
          connection={connection.data}
          connectionChecking={connection.loading}
        />
      )}
      <Heading size="small" as="h2">
        Alert channels
      </Heading>
      {alerts.error === null ? null : (
        <LoadFailed
          title="The alert channels could not be loaded"
          error={alerts.error}
          onRetry={() => void alerts.reload()}
        />
      )}
      {alerts.data === null ? null : <AlertDeliveries channels={alerts.data.channels} />}
      <Heading size="small" as="h2">
        Export and import
      </Heading>
      <ConfigTransfer onImported={onImported} />
    </Stack>
  );
}
