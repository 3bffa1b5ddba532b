import { MemoryLog } from '../../test/fixtures/peopleforce/memory-log';
import { FixedClock } from '../../test/support/fixed-clock';
import { MemoryKv } from '../../test/support/memory-kv';
import type { HttpPort } from '../platform/ports';
import { AlertStateSchema, type AlertState } from '../state/alert-store';
import type { ChannelTarget } from './alert-channels';
import { enqueue, flushOutbox, MAX_WAITING } from './alert-outbox';

const slack: ChannelTarget = {
  channel: 'slack',
  webhookUrl: 'https://hooks.slack.com/services/T1/B1/secretsecret',
};
const message = (text: string) => ({ kind: 'problem' as const, text, keys: [text] });

/** Slack as an HttpPort that answers each call with the next status, recording the texts it was sent. */
function slackAnswering(statuses: number[]) {
  const sent: string[] = [];
  const http: HttpPort = (_url, init) => {
    const status = statuses.shift() ?? 200;
    if (status === 200) sent.push((JSON.parse(init.body ?? '{}') as { text: string }).text);
    return Promise.resolve({
      status,
      headers: { get: () => null },
      text: () => Promise.resolve(status === 200 ? 'ok' : 'internal_error'),
    });
  };
  return { http, sent };
}

describe('alert outbox', () => {
  const clock = new FixedClock(new Date('2026-12-04T03:00:00Z'));
  let state: AlertState;

  beforeEach(() => {
    state = AlertStateSchema.parse({});
  });

  it('queues messages only for configured channels and empties the outbox of one no longer set up', () => {
    state.outbox.telegram = [{ id: 'old', kind: 'problem', text: 'old', createdAt: '', attempts: 2 }];
    enqueue(state, [slack], [message('a'), message('b')], clock.now());
    expect(state.outbox.slack.map((queued) => queued.text)).toEqual(['a', 'b']);
    expect(state.outbox.telegram).toEqual([]);
  });

  it(`keeps at most ${MAX_WAITING} waiting messages per channel, dropping the oldest`, () => {
    const many = Array.from({ length: MAX_WAITING + 3 }, (_, index) => message(`m${index}`));
    enqueue(state, [slack], many, clock.now());
    expect(state.outbox.slack).toHaveLength(MAX_WAITING);
    expect(state.outbox.slack[0]?.text).toBe('m3');
  });

  it('stops a channel at its first failure, keeping order, and sends the rest on the next flush', async () => {
    const log = new MemoryLog();
    const { http, sent } = slackAnswering([200, 500]);
    const deps = { kv: new MemoryKv(), clock, log, http };
    enqueue(state, [slack], [message('first'), message('second'), message('third')], clock.now());

    await flushOutbox(deps, state, [slack]);
    expect(sent).toEqual(['first']);
    expect(state.outbox.slack.map((queued) => [queued.text, queued.attempts])).toEqual([
      ['second', 1],
      ['third', 0],
    ]);
    expect(state.lastDelivery.slack).toMatchObject({
      ok: false,
      message: 'Slack answered 500 internal_error',
    });
    expect(log.events('alerts.delivery_failed')[0]?.fields).toMatchObject({ channel: 'slack', waiting: 2 });
    expect(JSON.stringify(log.lines)).not.toContain('secretsecret');

    await flushOutbox(deps, state, [slack]);
    expect(sent).toEqual(['first', 'second', 'third']);
    expect(state.outbox.slack).toEqual([]);
    expect(state.lastDelivery.slack).toMatchObject({ ok: true, kind: 'problem' });
  });
});
