import Lozenge from '@atlaskit/lozenge';
import { Box, Grid, Stack, Text } from '@atlaskit/primitives';
import { channelNames, type AlertChannelStatus } from '../../../../../src/config/alerts';
import { timeText } from '../../model/run-outcome';
import { tile } from '../../styles/surfaces';

const kindWords = {
  problem: 'alert',
  digest: 'digest',
  resolved: '“resolved” note',
  test: 'test alert',
} as const;

function DeliveryTile({ status }: { status: AlertChannelStatus }) {
  const { lastDelivery } = status;
  return (
    <Box style={tile} padding="space.150" testId={`alert-delivery-${status.channel}`}>
      <Stack space="space.050" alignInline="start">
        <Text size="small" color="color.text.subtle">
          {channelNames[status.channel]} alerts
        </Text>
        {!status.configured ? (
          <Lozenge>Not set up</Lozenge>
        ) : lastDelivery === null ? (
          <Text>Nothing sent yet</Text>
        ) : (
          <>
            <Lozenge appearance={lastDelivery.ok ? 'success' : 'removed'}>
              {lastDelivery.ok ? 'Delivered' : 'Failed'}
            </Lozenge>
            <Text size="small">
              Last {kindWords[lastDelivery.kind]}: {timeText(lastDelivery.at)}
            </Text>
            {lastDelivery.ok ? null : <Text size="small">{lastDelivery.message}</Text>}
          </>
        )}
        {status.waiting > 0 ? (
          <Text size="small" color="color.text.warning">
            {status.waiting} message(s) waiting; tried again on the next run
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}

/** Each channel's last delivery and its result, as the Health tab shows them. */
export function AlertDeliveries({ channels }: { channels: readonly AlertChannelStatus[] }) {
  return (
    <Grid templateColumns="repeat(auto-fill, minmax(260px, 1fr))" gap="space.150" testId="alert-deliveries">
      {channels.map((status) => (
        <DeliveryTile key={status.channel} status={status} />
      ))}
    </Grid>
  );
}
