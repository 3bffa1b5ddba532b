import { z } from 'zod';
import { channelNames } from '../config/alerts';
import type { HttpPort, HttpResponse } from '../platform/ports';

/** A configured channel with its secret, as read from secret storage for one delivery round. */
export type ChannelTarget =
  { channel: 'slack'; webhookUrl: string } | { channel: 'telegram'; token: string; chatId: string };

export interface DeliveryResult {
  ok: boolean;
  /** "Delivered" or the reason, with advice; never contains the webhook URL or the token. */
  message: string;
}

export const TELEGRAM_API_ORIGIN = 'https://api.telegram.org';

/** Sends one plain-text message. Never throws: a failure is a result, so it cannot fail a sync. */
export async function deliverAlert(
  http: HttpPort,
  target: ChannelTarget,
  text: string,
): Promise<DeliveryResult> {
  // A Slack webhook's secret is its path: an error quoting only the path must not leak it either.
  const secret =
    target.channel === 'slack'
      ? new URL(target.webhookUrl).pathname.replace(/^\/services\//, '')
      : target.token;
  try {
    return target.channel === 'slack'
      ? await postToSlack(http, target.webhookUrl, text)
      : await postToTelegram(http, target.token, target.chatId, text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: redact(`Could not reach ${channelNames[target.channel]}: ${reason}`, secret),
    };
  }
}

/** https://api.slack.com/messaging/webhooks#handling_errors */
async function postToSlack(http: HttpPort, webhookUrl: string, text: string): Promise<DeliveryResult> {
  const response = await http(webhookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  const body = (await response.text()).trim().slice(0, 120);
  if (response.status === 200) return { ok: true, message: 'Delivered to Slack' };
  return {
    ok: false,
    message: redact(
      `Slack answered ${response.status} ${body}${slackAdvice(response, body)}`,
      new URL(webhookUrl).pathname,
    ),
  };
}

function slackAdvice(response: HttpResponse, body: string): string {
  if (response.status === 404 || response.status === 403 || body.includes('invalid_token')) {
    return ': the webhook was removed or revoked; paste a new one';
  }
  if (response.status === 410 || body.includes('channel_is_archived')) return ': the channel is archived';
  if (response.status === 429)
    return `: rate limited, retry after ${response.headers.get('retry-after') ?? '?'} s`;
  return '';
}

const TelegramAnswerSchema = z.object({
  ok: z.boolean(),
  description: z.string().optional(),
  parameters: z.object({ retry_after: z.number().optional() }).optional(),
});

/** https://core.telegram.org/bots/api#sendmessage — plain text, so no Markdown in a reason can be refused. */
async function postToTelegram(
  http: HttpPort,
  token: string,
  chatId: string,
  text: string,
): Promise<DeliveryResult> {
  const response = await http(`${TELEGRAM_API_ORIGIN}/bot${token}/sendMessage`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ chat_id: chatId, text, disable_web_page_preview: true }),
  });
  const raw = await response.text();
  const answer = TelegramAnswerSchema.safeParse(parseJson(raw));
  if (response.status === 200 && answer.success && answer.data.ok) {
    return { ok: true, message: 'Delivered to Telegram' };
  }
  const description = answer.success ? (answer.data.description ?? '') : raw.trim().slice(0, 120);
  const advice = telegramAdvice(response.status, description, chatId, answer.success ? answer.data : null);
  return {
    ok: false,
    message: redact(`Telegram answered ${response.status} ${description}${advice}`, token),
  };
}

function telegramAdvice(
  status: number,
  description: string,
  chatId: string,
  answer: z.infer<typeof TelegramAnswerSchema> | null,
): string {
  if (status === 401 || status === 404) return ': the bot token is not valid; paste the one @BotFather gave';
  if (description.toLowerCase().includes('chat not found')) {
    return `: no chat ${chatId} for this bot; add the bot to the chat and check the id`;
  }
  if (status === 403) return ': the bot was removed from the chat or blocked';
  if (status === 429) return `: rate limited, retry after ${answer?.parameters?.retry_after ?? '?'} s`;
  return '';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Removes a secret from text that may echo it (a network error quoting the URL, say). */
export function redact(text: string, secret: string): string {
  return secret.length === 0 ? text : text.split(secret).join('…');
}
