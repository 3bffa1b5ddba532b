import {
  alertChannels,
  defaultAlertSettings,
  type AlertChannel,
  type AlertChannelStatus,
  type AlertsOverview,
} from '../../../../src/config/alerts';

/** One channel as the alerts overview reports it: not set up, unless the test says otherwise. */
export function channelStatus(
  channel: AlertChannel,
  change: Partial<Omit<AlertChannelStatus, 'channel'>> = {},
): AlertChannelStatus {
  return {
    channel,
    configured: false,
    secret: { set: false, hint: null },
    lastDelivery: null,
    waiting: 0,
    ...change,
  };
}

/** The alerts overview of a fresh install (default settings, no channel, no problem); pass what a test is about. */
export function alertsOverview(change: Partial<AlertsOverview> = {}): AlertsOverview {
  return {
    settings: defaultAlertSettings(),
    channels: alertChannels.map((channel) => channelStatus(channel)),
    openProblems: [],
    ...change,
  };
}
