import { parseJsonBody, startSimServer, type SimReply } from './sim-server';

/** The path of the simulator's one known webhook; the app's webhook URL is `https://hooks.slack.com` + this. */
export const DEFAULT_SLACK_WEBHOOK_PATH = '/services/T0LOCAL00/B0LOCAL00/localSimulatorWebhook01';
export const DEFAULT_SLACK_WEBHOOK_URL = `https://hooks.slack.com${DEFAULT_SLACK_WEBHOOK_PATH}`;

export interface SlackMessage {
  webhookPath: string;
  text: string;
  at: Date;
}

export interface SlackSimulator {
  origin: string;
  /** Messages accepted, oldest first. */
  readonly messages: readonly SlackMessage[];
  /** The next `count` posts fail with this answer (e.g. 500, or 404 `no_service`). */
  failNext(count: number, reply: SimReply): void;
  /** Calls `listener` with every accepted message; returns the unsubscribe function. */
  onMessage(listener: (message: SlackMessage) => void): () => void;
  clear(): void;
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
  const messages: SlackMessage[] = [];
  const failures: SimReply[] = [];
  const listeners = new Set<(message: SlackMessage) => void>();
  const answer = (method: string, path: string, body: string): SimReply => {
    const failure = failures.shift();
    if (failure) return failure;
    if (method !== 'POST' || !known.has(path)) return { status: 404, body: 'no_service' };
    const payload = parseJsonBody(body);
    if (payload === null) return { status: 400, body: 'invalid_payload' };
    if (typeof payload.text !== 'string' || payload.text === '') return { status: 400, body: 'no_text' };
    const message = { webhookPath: path, text: payload.text, at: new Date() };
    messages.push(message);
    for (const listener of listeners) listener(message);
    return { status: 200, body: 'ok' };
  };
  const server = await startSimServer(answer, options.port);
  return {
    origin: server.origin,
    messages,
    failNext(count, reply) {
      for (let index = 0; index < count; index += 1) failures.push(reply);
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      messages.length = 0;
      failures.length = 0;
    },
    close: () => server.close(),
  };
}
