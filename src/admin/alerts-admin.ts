import {
  alertChannels,
  channelNames,
  type AlertChannel,
  type AlertSettings,
  type AlertsOverview,
} from '../config/alerts';
import { deliverAlert } from '../alerts/alert-channels';
import { configuredTargets } from '../alerts/alert-outbox';
import { testAlertText } from '../alerts/plan-alerts';
import {
  readAlertSecretHint,
  readAlertSettings,
  readAlertState,
  removeAlertSecret,
  saveAlertSettings,
  storeAlertSecret,
  writeAlertState,
} from '../state/alert-store';
import type { KvPort } from '../platform/ports';
import type { AdminDeps } from './admin.types';

/** The alerts section: settings, each channel with its secret's hint and last delivery, open problems. */
export function getAlerts(deps: AdminDeps): Promise<AlertsOverview> {
  return readAlertsOverview(deps.kv);
}

/** What the Alerts tab and the command line's `status` show, from storage alone (a secret only as its hint). */
export async function readAlertsOverview(kv: KvPort): Promise<AlertsOverview> {
  const [settings, state, ...hints] = await Promise.all([
    readAlertSettings(kv),
    readAlertState(kv),
    ...alertChannels.map((channel) => readAlertSecretHint(kv, channel)),
  ]);
  return {
    settings,
    channels: alertChannels.map((channel, index) => {
      const secret = hints[index] ?? { set: false, hint: null };
      return {
        channel,
        configured: secret.set && (channel === 'slack' || settings.telegramChatId !== null),
        secret,
        lastDelivery: state.lastDelivery[channel],
        waiting: state.outbox[channel].length,
      };
    }),
    openProblems: state.open,
  };
}

export async function updateAlertSettings(deps: AdminDeps, settings: AlertSettings) {
  const saved = await saveAlertSettings(deps.kv, settings);
  deps.log.log('info', 'admin.alert_settings_saved', {
    failingTaskAttempts: saved.failingTaskAttempts,
    repeatAfterHours: saved.repeatAfterHours,
    digestAbove: saved.digestAbove,
  });
  return getAlerts(deps);
}

/** The webhook or token goes to secret storage; only its hint ever comes back. */
export async function setAlertSecret(deps: AdminDeps, channel: AlertChannel, secret: string) {
  await storeAlertSecret(deps.kv, channel, secret.trim());
  deps.log.log('info', 'admin.alert_channel_set', { channel });
  return getAlerts(deps);
}

export async function removeAlertChannel(deps: AdminDeps, channel: AlertChannel) {
  await removeAlertSecret(deps.kv, channel);
  const state = await readAlertState(deps.kv);
  if (state.outbox[channel].length > 0) {
    state.outbox[channel] = [];
    await writeAlertState(deps.kv, state);
  }
  deps.log.log('info', 'admin.alert_channel_removed', { channel });
  return getAlerts(deps);
}

/** "Send test alert": one message now, its result shown at once and kept as the channel's last delivery. */
export async function sendTestAlert(deps: AdminDeps, channel: AlertChannel) {
  const [targets, settings] = await Promise.all([configuredTargets(deps), readAlertSettings(deps.kv)]);
  const target = targets.find((candidate) => candidate.channel === channel);
  if (target === undefined) return { channel, ok: false, message: notSetUp(channel) };
  const result = await deliverAlert(deps.http, target, testAlertText(settings.adminPageUrl));
  const state = await readAlertState(deps.kv);
  state.lastDelivery[channel] = { at: deps.clock.now().toISOString(), kind: 'test', ...result };
  await writeAlertState(deps.kv, state);
  deps.log.log(result.ok ? 'info' : 'warn', 'admin.test_alert', {
    channel,
    ok: result.ok,
    reason: result.message,
  });
  return { channel, ...result };
}

function notSetUp(channel: AlertChannel): string {
  return channel === 'slack'
    ? `${channelNames.slack} is not set up: paste an incoming webhook URL first`
    : `${channelNames.telegram} is not set up: it needs a bot token and a chat id`;
}
