import { useState } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Grid, Stack, Text } from '@atlaskit/primitives';
import type { AlertsOverview, OpenProblem } from '../../../../../src/config/alerts';
import * as api from '../../api/admin-api';
import { useAsyncResource } from '../../hooks/use-async-resource';
import { timeText } from '../../model/run-outcome';
import { stackedList } from '../../styles/surfaces';
import { AlertChannelCard } from '../AlertChannelCard/AlertChannelCard';
import { AlertDeliveries } from '../AlertDeliveries/AlertDeliveries';
import { AlertSettingsForm } from '../AlertSettingsForm/AlertSettingsForm';
import { LoadFailed, Loading } from '../LoadState/LoadState';

function OpenProblems({ problems }: { problems: readonly OpenProblem[] }) {
  if (problems.length === 0) {
    return <Text testId="alert-open-none">Nothing is wrong right now.</Text>;
  }
  return (
    <Stack space="space.050" testId="alert-open-problems">
      {problems.map((problem) => (
        <div key={problem.key} style={stackedList}>
          <Lozenge appearance="removed">Open</Lozenge> <Text>{problem.summary}</Text>{' '}
          <Text size="small" color="color.text.subtle">
            since {timeText(problem.openedAt)}, last sent {timeText(problem.lastSentAt)}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

/**
 * Where alerts go and when: Slack and Telegram (each optional), the thresholds, what is open now and each
 * channel's last delivery. Saved at once through their own resolver keys, apart from the configuration draft.
 */
export function AlertsTab({ siteUrl }: { siteUrl: string | null }) {
  const loaded = useAsyncResource(() => api.getAlerts());
  const [changed, setChanged] = useState<AlertsOverview | null>(null);
  const overview = changed ?? loaded.data;

  if (overview === null) {
    return loaded.error === null ? (
      <Loading label="Loading the alert settings…" />
    ) : (
      <LoadFailed
        title="The alert settings could not be loaded"
        error={loaded.error}
        onRetry={() => void loaded.reload()}
      />
    );
  }
  return (
    <Stack space="space.300">
      <Heading size="small" as="h2">
        Alerts
      </Heading>
      <Text as="p">
        A failed run, a task that keeps failing, a rule Jira no longer accepts, a refused PeopleForce key and
        Jira → PeopleForce updates that cannot be applied are sent once per period, and once more when
        resolved. Messages carry task ids, issue keys and a link here, never task contents or secrets.
      </Text>
      <OpenProblems problems={overview.openProblems} />
      <AlertDeliveries channels={overview.channels} />
      <Grid templateColumns="repeat(auto-fill, minmax(420px, 1fr))" gap="space.200">
        {overview.channels.map((status) => (
          <AlertChannelCard
            key={status.channel}
            status={status}
            settings={overview.settings}
            onChanged={setChanged}
          />
        ))}
      </Grid>
      <Heading size="xsmall" as="h3">
        When to alert
      </Heading>
      <AlertSettingsForm settings={overview.settings} siteUrl={siteUrl} onSaved={setChanged} />
    </Stack>
  );
}
