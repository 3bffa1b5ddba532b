import { z } from 'zod';

/**
 * Alerts: where they go (a Slack incoming webhook, a Telegram bot), when they fire and how often they may
 * repeat. The webhook URL and the bot token are secrets: they live in Forge secret storage and the page only
 * ever sees a hint. Shared by the backend and static/admin.
 */
export const alertChannels = ['slack', 'telegram'] as const;
export const AlertChannelSchema = z.enum(alertChannels);
export type AlertChannel = z.infer<typeof AlertChannelSchema>;

export const channelNames: Record<AlertChannel, string> = { slack: 'Slack', telegram: 'Telegram' };

export const SLACK_WEBHOOK_PREFIX = 'https://hooks.slack.com/services/';

export const SlackWebhookSchema = z
  .string()
  .trim()
  .refine((url) => url.startsWith(SLACK_WEBHOOK_PREFIX) && url.length > SLACK_WEBHOOK_PREFIX.length + 8, {
    message: `a Slack incoming webhook starts with ${SLACK_WEBHOOK_PREFIX}`,
  });

export const TelegramTokenSchema = z
  .string()
  .trim()
  .regex(/^\d{5,}:[A-Za-z0-9_-]{30,}$/, 'a Telegram bot token looks like 123456789:AAE… (from @BotFather)');

export const TelegramChatIdSchema = z
  .string()
  .trim()
  .regex(
    /^(-?\d{1,20}|@[A-Za-z0-9_]{5,})$/,
    'a Telegram chat id is a number (e.g. -1001234567890) or @channel',
  );

export const AlertSettingsSchema = z.object({
  /** Where Telegram messages go; the bot must be a member of that chat. */
  telegramChatId: TelegramChatIdSchema.nullable().default(null),
  /** A task is alerted once it has failed this many times in a row. */
  failingTaskAttempts: z.number().int().min(1).max(50).default(3),
  /** One message per distinct problem per this many hours. */
  repeatAfterHours: z.number().min(1).max(168).default(6),
  /** More failing tasks than this at once are sent as one digest instead of one message each. */
  digestAbove: z.number().int().min(1).max(100).default(5),
  /** The link every message carries, so whoever reads it at 3 a.m. lands on the admin page. */
  adminPageUrl: z
    .url({ protocol: /^https?$/, error: 'the admin page link must be an http(s) URL' })
    .nullable()
    .default(null),
});
export type AlertSettings = z.infer<typeof AlertSettingsSchema>;

export function defaultAlertSettings(): AlertSettings {
  return AlertSettingsSchema.parse({});
}

export const AlertSecretHintSchema = z.object({ set: z.boolean(), hint: z.string().nullable() });
export type AlertSecretHint = z.infer<typeof AlertSecretHintSchema>;

export const AlertDeliverySchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  /** "Delivered", or why not: "Slack answered 404 no_service". Never the webhook or the token. */
  message: z.string(),
  /** What was sent: a problem, a digest, a "resolved" note or a test. */
  kind: z.enum(['problem', 'digest', 'resolved', 'test']),
});
export type AlertDelivery = z.infer<typeof AlertDeliverySchema>;

export const AlertChannelStatusSchema = z.object({
  channel: AlertChannelSchema,
  configured: z.boolean(),
  secret: AlertSecretHintSchema,
  lastDelivery: AlertDeliverySchema.nullable(),
  /** Messages waiting for the next run because delivery failed. */
  waiting: z.number().int().nonnegative(),
});
export type AlertChannelStatus = z.infer<typeof AlertChannelStatusSchema>;

export const alertProblemKinds = [
  'runFailed',
  'peopleforceKey',
  'taskFailing',
  'ruleInvalid',
  'returnPath',
] as const;
export const AlertProblemKindSchema = z.enum(alertProblemKinds);
export type AlertProblemKind = z.infer<typeof AlertProblemKindSchema>;

export const OpenProblemSchema = z.object({
  key: z.string(),
  kind: AlertProblemKindSchema,
  /** What it is about in a few words: `123 (HR-4)`, a rule's name; digests list these. */
  subject: z.string(),
  /** One line, safe to send: ids, issue keys and rule names only. */
  summary: z.string(),
  openedAt: z.string(),
  lastSentAt: z.string(),
});
export type OpenProblem = z.infer<typeof OpenProblemSchema>;

export const AlertsOverviewSchema = z.object({
  settings: AlertSettingsSchema,
  channels: z.array(AlertChannelStatusSchema),
  openProblems: z.array(OpenProblemSchema),
});
export type AlertsOverview = z.infer<typeof AlertsOverviewSchema>;

export const TestAlertResultSchema = z.object({
  channel: AlertChannelSchema,
  ok: z.boolean(),
  message: z.string(),
});
export type TestAlertResult = z.infer<typeof TestAlertResultSchema>;

const Empty = z.object({}).default({});

/** The admin resolver keys of the alerts section; merged into `adminApi`. */
export const alertsAdminApi = {
  getAlerts: { payload: Empty, result: AlertsOverviewSchema },
  saveAlertSettings: { payload: z.object({ settings: AlertSettingsSchema }), result: AlertsOverviewSchema },
  setAlertSecret: {
    payload: z.discriminatedUnion('channel', [
      z.object({ channel: z.literal('slack'), secret: SlackWebhookSchema }),
      z.object({ channel: z.literal('telegram'), secret: TelegramTokenSchema }),
    ]),
    result: AlertsOverviewSchema,
  },
  removeAlertChannel: { payload: z.object({ channel: AlertChannelSchema }), result: AlertsOverviewSchema },
  sendTestAlert: { payload: z.object({ channel: AlertChannelSchema }), result: TestAlertResultSchema },
} as const;
