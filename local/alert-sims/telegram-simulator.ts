import {
  createMessageRecorder,
  parseJsonBody,
  startSimServer,
  type MessageLog,
  type SimReply,
} from './sim-server';

export const DEFAULT_TELEGRAM_TOKEN = '7000000001:AAlocalSimulatorTokenForTestsOnly01';
export const DEFAULT_TELEGRAM_CHAT_ID = '-1001234567890';

export interface TelegramMessage {
  chatId: string;
  text: string;
  at: Date;
}

export interface TelegramSimulator extends MessageLog<TelegramMessage> {
  origin: string;
  close(): Promise<void>;
}

/**
 * The Telegram Bot API's `sendMessage` and `getMe` as Telegram answers them: `{ ok, result }`, 401 for an
 * unknown token, 400 "chat not found" for a chat the bot is not in, 400 for an empty text.
 */
export async function startTelegramSimulator(
  options: { token?: string; chatIds?: readonly string[]; port?: number } = {},
): Promise<TelegramSimulator> {
  const token = options.token ?? DEFAULT_TELEGRAM_TOKEN;
  const chats = new Set(options.chatIds ?? [DEFAULT_TELEGRAM_CHAT_ID]);
  const log = createMessageRecorder<TelegramMessage>();
  const refuse = (status: number, description: string): SimReply => ({
    status,
    body: { ok: false, error_code: status, description },
  });
  const answer = (method: string, path: string, body: string): SimReply => {
    const failure = log.takeFailure();
    if (failure) return failure;
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(path);
    if (!match) return refuse(404, 'Not Found');
    if (match[1] !== token) return refuse(401, 'Unauthorized');
    if (match[2] === 'getMe')
      return { status: 200, body: { ok: true, result: { id: 7000000001, is_bot: true } } };
    if (match[2] !== 'sendMessage' || method !== 'POST') return refuse(404, 'Not Found');
    const payload = parseJsonBody(body) ?? {};
    const chatId =
      typeof payload.chat_id === 'string' || typeof payload.chat_id === 'number'
        ? String(payload.chat_id)
        : '';
    if (!chats.has(chatId)) return refuse(400, 'Bad Request: chat not found');
    if (typeof payload.text !== 'string' || payload.text.trim() === '') {
      return refuse(400, 'Bad Request: message text is empty');
    }
    const message = { chatId, text: payload.text, at: new Date() };
    log.record(message);
    return {
      status: 200,
      body: { ok: true, result: { message_id: log.messages.length, chat: { id: Number(chatId) } } },
    };
  };
  const server = await startSimServer(answer, options.port);
  return { ...log, origin: server.origin, close: () => server.close() };
}
