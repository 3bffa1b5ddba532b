import { randomBytes } from 'node:crypto';
import { alertChannels, type AlertChannel } from '../config/alerts';
import type { ClockPort, HttpPort, KvPort, LogPort } from '../platform/ports';
import { readAlertSecret, readAlertSettings, type AlertState, type QueuedAlert } from '../state/alert-store';
import { deliverAlert, type ChannelTarget } from './alert-channels';
import type { AlertMessage } from './plan-alerts';

export interface DeliveryDeps {
  kv: KvPort;
  clock: ClockPort;
  log: LogPort;
  http: HttpPort;
}

/** Beyond this many waiting messages per channel the oldest are dropped: a dead channel must not grow state. */
export const MAX_WAITING = 20;

/** The channels that have what they need to send (a webhook; a token and a chat id), secrets included. */
export async function configuredTargets(deps: Pick<DeliveryDeps, 'kv'>): Promise<ChannelTarget[]> {
  const [settings, webhookUrl, token] = await Promise.all([
    readAlertSettings(deps.kv),
    readAlertSecret(deps.kv, 'slack'),
    readAlertSecret(deps.kv, 'telegram'),
  ]);
  const targets: ChannelTarget[] = [];
  if (webhookUrl !== undefined) targets.push({ channel: 'slack', webhookUrl });
  if (token !== undefined && settings.telegramChatId !== null) {
    targets.push({ channel: 'telegram', token, chatId: settings.telegramChatId });
  }
  return targets;
}

/** Puts each message in the outbox of every configured channel; an unconfigured channel's outbox is emptied. */
export function enqueue(
  state: AlertState,
  targets: readonly ChannelTarget[],
  messages: readonly AlertMessage[],
  now: Date,
): void {
  const configured = new Set(targets.map((target) => target.channel));
  for (const channel of alertChannels) {
    if (!configured.has(channel)) {
      state.outbox[channel] = [];
      continue;
    }
    const queued: QueuedAlert[] = messages.map((message) => ({
      id: randomBytes(4).toString('hex'),
      kind: message.kind,
      text: message.text,
      createdAt: now.toISOString(),
      attempts: 0,
    }));
    state.outbox[channel] = [...state.outbox[channel], ...queued].slice(-MAX_WAITING);
  }
}

/**
 * Sends each channel's waiting messages in order. The first failure stops that channel until the next run
 * (the message keeps its place, so order is kept); the failure is logged and shown on the Health tab.
 */
export async function flushOutbox(
  deps: DeliveryDeps,
  state: AlertState,
  targets: readonly ChannelTarget[],
): Promise<void> {
  for (const target of targets) {
    await flushChannel(deps, state, target);
  }
}

async function flushChannel(deps: DeliveryDeps, state: AlertState, target: ChannelTarget): Promise<void> {
  const channel: AlertChannel = target.channel;
  while (state.outbox[channel].length > 0) {
    const [next, ...rest] = state.outbox[channel];
    if (next === undefined) return;
    const result = await deliverAlert(deps.http, target, next.text);
    const at = deps.clock.now().toISOString();
    state.lastDelivery[channel] = { at, ok: result.ok, message: result.message, kind: next.kind };
    if (!result.ok) {
      state.outbox[channel] = [{ ...next, attempts: next.attempts + 1 }, ...rest];
      deps.log.log('warn', 'alerts.delivery_failed', {
        channel,
        kind: next.kind,
        attempts: next.attempts + 1,
        waiting: state.outbox[channel].length,
        reason: result.message,
      });
      return;
    }
    state.outbox[channel] = rest;
    deps.log.log('info', 'alerts.delivered', { channel, kind: next.kind, attempts: next.attempts + 1 });
  }
}
