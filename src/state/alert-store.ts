import { z } from 'zod';
import {
  AlertDeliverySchema,
  AlertSecretHintSchema,
  AlertSettingsSchema,
  defaultAlertSettings,
  OpenProblemSchema,
  type AlertChannel,
  type AlertSecretHint,
  type AlertSettings,
} from '../config/alerts';
import type { KvPort } from '../platform/ports';
import { readRecord } from './json-record';
import { storageKeys } from './keys';

/**
 * Alert settings, channel secrets and the alert ledger. The Slack webhook and the Telegram token live only in
 * secret storage; a non-secret hint (the last four characters) lets the page say which one is set.
 */
export function readAlertSettings(kv: KvPort): Promise<AlertSettings> {
  return readRecord(kv, storageKeys.alertSettings, AlertSettingsSchema, defaultAlertSettings);
}

export async function saveAlertSettings(kv: KvPort, settings: AlertSettings): Promise<AlertSettings> {
  const valid = AlertSettingsSchema.parse(settings);
  await kv.set(storageKeys.alertSettings, valid);
  return valid;
}

export function readAlertSecret(kv: KvPort, channel: AlertChannel): Promise<string | undefined> {
  return kv.getSecret(storageKeys.alertSecret(channel));
}

export async function storeAlertSecret(kv: KvPort, channel: AlertChannel, secret: string): Promise<void> {
  await kv.setSecret(storageKeys.alertSecret(channel), secret);
  const hint: AlertSecretHint = { set: true, hint: `…${secret.slice(-4)}` };
  await kv.set(storageKeys.alertSecretHint(channel), hint);
}

export async function removeAlertSecret(kv: KvPort, channel: AlertChannel): Promise<void> {
  await kv.deleteSecret(storageKeys.alertSecret(channel));
  await kv.delete(storageKeys.alertSecretHint(channel));
}

export async function readAlertSecretHint(kv: KvPort, channel: AlertChannel): Promise<AlertSecretHint> {
  const hint = AlertSecretHintSchema.safeParse(await kv.get(storageKeys.alertSecretHint(channel)));
  return hint.success ? hint.data : { set: false, hint: null };
}

/** A message not yet delivered to one channel; it is tried again on the next run. */
export const QueuedAlertSchema = z.object({
  id: z.string(),
  kind: AlertDeliverySchema.shape.kind,
  text: z.string(),
  createdAt: z.string(),
  attempts: z.number().int().nonnegative(),
});
export type QueuedAlert = z.infer<typeof QueuedAlertSchema>;

const channelRecord = <T extends z.ZodType>(schema: T) => z.object({ slack: schema, telegram: schema });

/**
 * What the alerts remember between runs, in one key: the problems already announced (with when), the messages
 * waiting for a channel that failed, and each channel's last delivery for the Health tab.
 */
export const AlertStateSchema = z.object({
  open: z.array(OpenProblemSchema).default([]),
  outbox: channelRecord(z.array(QueuedAlertSchema)).default({ slack: [], telegram: [] }),
  lastDelivery: channelRecord(AlertDeliverySchema.nullable()).default({ slack: null, telegram: null }),
});
export type AlertState = z.infer<typeof AlertStateSchema>;

export function readAlertState(kv: KvPort): Promise<AlertState> {
  return readRecord(kv, storageKeys.alertState, AlertStateSchema, () => AlertStateSchema.parse({}));
}

export async function writeAlertState(kv: KvPort, state: AlertState): Promise<void> {
  await kv.set(storageKeys.alertState, state);
}
