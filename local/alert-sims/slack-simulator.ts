import {
  createMessageRecorder,
  parseJsonBody,
  startSimServer,
  type MessageLog,
  type SimReply,
} from './sim-server';

/** The path of the simulator's one known webhook; the app's webhook URL is `https://hooks.slack.com` + this. */
export const DEFAULT_SLACK_WEBHOOK_PATH = '/services/T0LOCAL00/B0LOCAL00/localSimulatorWebhook01';
export const DEFAULT_SLACK_WEBHOOK_URL = `https://hooks.slack.com${DEFAULT_SLACK_WEBHOOK_PATH}`;

export interface SlackMessage {
  webhookPath: string;
  text: string;
  at: Date;
}

export interface SlackSimulator extends MessageLog<SlackMessage> {
  origin: string;
  close(): Promise<void>;
}

/**
 * Slack incoming webhooks as Slack answers them: 200 `ok`, 404 `no_service` for an unknown webhook, 400
 * `invalid_payload` / `no_text` for a body without text.
 */
export async function startSlackSimulator(
  options: { webhookPaths?: readonly string[]; port?: number } = {},
): Promise<SlackSimulator> {
  const known = new Set(options.webhookPaths ?? [DEFAULT_SLACK_WEBHOOK_PATH]);
  const log = createMessageRecorder<SlackMessage>();
  const answer = (method: string, path: string, body: string): SimReply => {
    const failure = log.takeFailure();
    if (failure) return failure;
    if (method !== 'POST' || !known.has(path)) return { status: 404, body: 'no_service' };
    const payload = parseJsonBody(body);
    if (payload === null) return { status: 400, body: 'invalid_payload' };
    if (typeof payload.text !== 'string' || payload.text === '') return { status: 400, body: 'no_text' };
    const message = { webhookPath: path, text: payload.text, at: new Date() };
    log.record(message);
    return { status: 200, body: 'ok' };
  };
  const server = await startSimServer(answer, options.port);
  return { ...log, origin: server.origin, close: () => server.close() };
}
