export {
  DEFAULT_SLACK_WEBHOOK_PATH,
  DEFAULT_SLACK_WEBHOOK_URL,
  startSlackSimulator,
  type SlackMessage,
  type SlackSimulator,
} from './slack-simulator';
export {
  DEFAULT_TELEGRAM_CHAT_ID,
  DEFAULT_TELEGRAM_TOKEN,
  startTelegramSimulator,
  type TelegramMessage,
  type TelegramSimulator,
} from './telegram-simulator';
export type { SimReply } from './sim-server';
