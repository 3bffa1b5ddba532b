import { createNodeHttpPort } from '../peopleforce-sim';
import { DEFAULT_SLACK_WEBHOOK_PATH, startSlackSimulator } from './slack-simulator';
import {
  DEFAULT_TELEGRAM_CHAT_ID,
  DEFAULT_TELEGRAM_TOKEN,
  startTelegramSimulator,
} from './telegram-simulator';

const http = createNodeHttpPort();
const post = (url: string, body: unknown) =>
  http(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('Slack webhook simulator', () => {
  it('accepts text on its webhook, tells listeners, and answers unknown webhooks and empty texts as Slack does', async () => {
    const slack = await startSlackSimulator();
    try {
      const heard: string[] = [];
      slack.onMessage((message) => heard.push(message.text));
      const accepted = await post(`${slack.origin}${DEFAULT_SLACK_WEBHOOK_PATH}`, { text: 'hello' });
      expect([accepted.status, await accepted.text()]).toEqual([200, 'ok']);
      const unknown = await post(`${slack.origin}/services/T/B/other`, { text: 'hello' });
      expect([unknown.status, await unknown.text()]).toEqual([404, 'no_service']);
      const empty = await post(`${slack.origin}${DEFAULT_SLACK_WEBHOOK_PATH}`, {});
      expect([empty.status, await empty.text()]).toEqual([400, 'no_text']);
      expect(heard).toEqual(['hello']);
      expect(slack.messages).toHaveLength(1);
    } finally {
      await slack.close();
    }
  });
});

describe('Telegram Bot API simulator', () => {
  it('answers sendMessage and getMe as Telegram does, refusing a wrong token and an unknown chat', async () => {
    const telegram = await startTelegramSimulator();
    try {
      const bot = `${telegram.origin}/bot${DEFAULT_TELEGRAM_TOKEN}`;
      const sent = await post(`${bot}/sendMessage`, { chat_id: DEFAULT_TELEGRAM_CHAT_ID, text: 'hi' });
      expect(JSON.parse(await sent.text())).toMatchObject({ ok: true, result: { message_id: 1 } });
      const me = await http(`${bot}/getMe`, { method: 'GET' });
      expect(JSON.parse(await me.text())).toMatchObject({ ok: true, result: { is_bot: true } });
      const wrongToken = await post(`${telegram.origin}/bot1:nope/sendMessage`, { chat_id: 1, text: 'x' });
      expect(wrongToken.status).toBe(401);
      const noChat = await post(`${bot}/sendMessage`, { chat_id: 42, text: 'x' });
      expect([noChat.status, JSON.parse(await noChat.text())]).toEqual([
        400,
        { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
      ]);
      expect(telegram.messages.map((message) => message.text)).toEqual(['hi']);
    } finally {
      await telegram.close();
    }
  });
});
