import {
  DEFAULT_SLACK_WEBHOOK_URL,
  DEFAULT_TELEGRAM_CHAT_ID,
  DEFAULT_TELEGRAM_TOKEN,
  startSlackSimulator,
  startTelegramSimulator,
  type SlackSimulator,
  type TelegramSimulator,
} from '../../local/alert-sims';
import { createNodeHttpPort } from '../../local/peopleforce-sim';
import type { HttpPort } from '../platform/ports';
import { deliverAlert, redact } from './alert-channels';

/** Slack and Telegram answers as their simulators give them, the way egress routing would reach them. */
describe('deliverAlert', () => {
  let slack: SlackSimulator;
  let telegram: TelegramSimulator;
  let http: HttpPort;

  beforeAll(async () => {
    [slack, telegram] = await Promise.all([startSlackSimulator(), startTelegramSimulator()]);
    const node = createNodeHttpPort();
    http = (url, init) =>
      node(
        url
          .replace('https://hooks.slack.com', slack.origin)
          .replace('https://api.telegram.org', telegram.origin),
        init,
      );
  });

  afterAll(async () => {
    await Promise.all([slack.close(), telegram.close()]);
  });

  beforeEach(() => {
    slack.clear();
    telegram.clear();
  });

  const slackTarget = { channel: 'slack' as const, webhookUrl: DEFAULT_SLACK_WEBHOOK_URL };
  const telegramTarget = {
    channel: 'telegram' as const,
    token: DEFAULT_TELEGRAM_TOKEN,
    chatId: DEFAULT_TELEGRAM_CHAT_ID,
  };

  it('posts plain text to a Slack webhook', async () => {
    await expect(deliverAlert(http, slackTarget, 'Run failed *now*')).resolves.toEqual({
      ok: true,
      message: 'Delivered to Slack',
    });
    expect(slack.messages.map((message) => message.text)).toEqual(['Run failed *now*']);
  });

  it('says a removed Slack webhook must be replaced, without the webhook in the reason', async () => {
    const removed = `${DEFAULT_SLACK_WEBHOOK_URL}gone`;
    const result = await deliverAlert(http, { channel: 'slack', webhookUrl: removed }, 'x');
    expect(result).toEqual({
      ok: false,
      message: 'Slack answered 404 no_service: the webhook was removed or revoked; paste a new one',
    });
  });

  it('sends Telegram messages as plain text to the chat', async () => {
    await expect(deliverAlert(http, telegramTarget, 'Task 12 (HR-3) [failed]_')).resolves.toMatchObject({
      ok: true,
    });
    expect(telegram.messages).toMatchObject([
      { chatId: DEFAULT_TELEGRAM_CHAT_ID, text: 'Task 12 (HR-3) [failed]_' },
    ]);
  });

  it.each([
    [
      'a wrong token',
      { token: '7000000001:AAwrongTokenwrongTokenwrongToken000' },
      'Telegram answered 401 Unauthorized: the bot token is not valid',
    ],
    ['an unknown chat', { chatId: '-100777' }, 'no chat -100777 for this bot'],
  ])('explains %s', async (_, change, expected) => {
    const result = await deliverAlert(http, { ...telegramTarget, ...change }, 'x');
    expect(result.ok).toBe(false);
    expect(result.message).toContain(expected);
    expect(result.message).not.toContain('AAwrongToken');
  });

  it('reports a rate limit with its wait', async () => {
    telegram.failNext(1, {
      status: 429,
      body: { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 7 } },
    });
    const result = await deliverAlert(http, telegramTarget, 'x');
    expect(result.message).toBe('Telegram answered 429 Too Many Requests: rate limited, retry after 7 s');
  });

  it('keeps even a path-only echo of the Slack webhook out of a failure', async () => {
    const failing: HttpPort = (url) =>
      Promise.reject(new Error(`socket hang up on ${new URL(url).pathname}`));
    const result = await deliverAlert(failing, slackTarget, 'x');
    expect(result.message).toBe('Could not reach Slack: socket hang up on /services/…');
  });

  it('turns a network failure into a result that names no secret', async () => {
    const failing: HttpPort = (url) => Promise.reject(new Error(`connect ECONNREFUSED for ${url}`));
    const result = await deliverAlert(failing, telegramTarget, 'x');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Could not reach Telegram: connect ECONNREFUSED/);
    expect(result.message).not.toContain(DEFAULT_TELEGRAM_TOKEN);
  });
});

describe('redact', () => {
  it('removes every occurrence of the secret', () => {
    expect(redact('a s3cret b s3cret', 's3cret')).toBe('a … b …');
  });
});
