import Lozenge from '@atlaskit/lozenge';
import type { ReactNode } from 'react';
import { Box, Grid, Stack, Text } from '@atlaskit/primitives';
import type { AdminResult } from '../../../../../src/config/admin-api';
import { connectionText, type ConnectionResult, type Remote } from '../../model/connection-text';
import { outcomeLabels, timeText } from '../../model/run-outcome';
import { tile } from '../../styles/surfaces';

interface HealthOverviewProps {
  status: AdminResult<'getStatus'>;
  /** Null while the connection test runs or when it could not run. */
  connection: AdminResult<'testConnection'> | null;
  connectionChecking: boolean;
}

function Tile({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Box style={tile} padding="space.150" testId={testId}>
      <Stack space="space.050" alignInline="start">
        <Text size="small" color="color.text.subtle">
          {label}
        </Text>
        {children}
      </Stack>
    </Box>
  );
}

function Reachability({
  remote,
  result,
  checking,
}: {
  remote: Remote;
  result: ConnectionResult | null;
  checking: boolean;
}) {
  if (result === null) return <Text>{checking ? 'Checking…' : 'Not checked'}</Text>;
  const text = connectionText(remote, result.reason);
  return (
    <Stack space="space.050" alignInline="start">
      <Lozenge appearance={result.ok ? 'success' : 'removed'}>{result.ok ? 'Reachable' : 'Problem'}</Lozenge>
      {result.ok ? null : <Text size="small">{text.title}</Text>}
    </Stack>
  );
}

function nextRunText(status: AdminResult<'getStatus'>): string {
  if (!status.enabled) return 'None while paused';
  if (status.nextScheduledRunAt === null) return 'Within five minutes (none has run yet)';
  return timeText(status.nextScheduledRunAt);
}

/** The sync's vital signs at a glance. */
export function HealthOverview({ status, connection, connectionChecking }: HealthOverviewProps) {
  return (
    <Grid templateColumns="repeat(auto-fill, minmax(220px, 1fr))" gap="space.150" testId="health-overview">
      <Tile label="Syncing" testId="health-state">
        <Lozenge appearance={status.enabled ? 'success' : 'moved'}>
          {status.enabled ? 'Active' : 'Paused'}
        </Lozenge>
      </Tile>
      <Tile label="Last successful run" testId="health-last-success">
        <Text>{timeText(status.lastSuccessfulRunAt)}</Text>
      </Tile>
      <Tile label="Next scheduled run" testId="health-next-run">
        <Text>{nextRunText(status)}</Text>
      </Tile>
      <Tile label="Last run" testId="health-last-run">
        {status.lastRun === null ? (
          <Text>No runs yet</Text>
        ) : (
          <Lozenge appearance={outcomeLabels[status.lastRun.outcome].appearance}>
            {outcomeLabels[status.lastRun.outcome].label}
          </Lozenge>
        )}
      </Tile>
      <Tile label="Failed tasks waiting" testId="health-error-count">
        <Text weight="bold">{status.errorCount}</Text>
      </Tile>
      <Tile label="PeopleForce API key" testId="health-api-key">
        <Text>{status.apiKey.set ? `Set, ending in ····${status.apiKey.last4 ?? ''}` : 'Not set'}</Text>
      </Tile>
      <Tile label="PeopleForce" testId="health-peopleforce">
        <Reachability
          remote="peopleforce"
          result={connection?.peopleforce ?? null}
          checking={connectionChecking}
        />
      </Tile>
      <Tile label="Jira" testId="health-jira">
        <Reachability remote="jira" result={connection?.jira ?? null} checking={connectionChecking} />
      </Tile>
    </Grid>
  );
}
