import type { AlertsOverview } from '../../../src/config/alerts';
import { alertsOverview, channelStatus } from '../../../static/admin/src/test-support/alert-fixtures';
import type { StatusSnapshot } from '../state/status-snapshot';
import { formatStatus } from './status-lines';

function snapshot(alerts: AlertsOverview): StatusSnapshot {
  return {
    config: { ok: false, problem: 'no configuration saved yet' },
    apiKey: { set: false, last4: null },
    cursor: {
      schemaVersion: 1,
      initialSyncDone: false,
      highWatermark: 0,
      lastFullScanAt: null,
      lastSuccessfulRunAt: null,
    },
    progress: null,
    lock: null,
    runs: [],
    failures: [],
    unmatchedUsers: [],
    alerts,
  };
}

describe('status lines: alerts', () => {
  it('names each channel, its last delivery, what waits, and the open problems', () => {
    const lines = formatStatus(
      snapshot(
        alertsOverview({
          channels: [
            channelStatus('slack', {
              configured: true,
              secret: { set: true, hint: '…x9Qz' },
              lastDelivery: {
                at: '2026-12-05T08:00:00.000Z',
                ok: false,
                message: 'Slack answered 404',
                kind: 'problem',
              },
              waiting: 2,
            }),
            channelStatus('telegram'),
          ],
          openProblems: [
            {
              key: 'run:failed',
              kind: 'runFailed',
              subject: 'poll',
              summary: 'Polls are failing: PeopleForce answered 503',
              openedAt: '2026-12-05T07:55:00.000Z',
              lastSentAt: '2026-12-05T08:00:00.000Z',
            },
          ],
        }),
      ),
      5,
    );
    expect(lines).toContain(
      'Alerts: Slack set up (…x9Qz), last problem 2026-12-05 08:00:00 failed: Slack answered 404, 2 messages waiting; Telegram not set up',
    );
    expect(lines.slice(-2)).toEqual([
      'Open problems (1):',
      '  Polls are failing: PeopleForce answered 503 (since 2026-12-05 07:55:00)',
    ]);
  });

  it('says a channel was set up but has sent nothing yet', () => {
    const lines = formatStatus(
      snapshot(
        alertsOverview({
          channels: [
            channelStatus('slack', { configured: true, secret: { set: true, hint: null } }),
            channelStatus('telegram'),
          ],
        }),
      ),
      5,
    );
    expect(lines.at(-1)).toBe('Alerts: Slack set up (secret set), nothing sent yet; Telegram not set up');
  });
});
