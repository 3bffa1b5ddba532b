import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AlertSettingsSchema, defaultAlertSettings } from '../../../../../src/config/alerts';
import * as api from '../../api/admin-api';
import { alertsOverview, channelStatus } from '../../test-support/alert-fixtures';
import { AlertsTab } from './AlertsTab';

jest.mock('../../api/admin-api', () => ({
  getAlerts: jest.fn(),
  saveAlertSettings: jest.fn(),
  setAlertSecret: jest.fn(),
  removeAlertChannel: jest.fn(),
  sendTestAlert: jest.fn(),
}));
const getAlerts = jest.mocked(api.getAlerts);
const saveAlertSettings = jest.mocked(api.saveAlertSettings);
const setAlertSecret = jest.mocked(api.setAlertSecret);
const sendTestAlert = jest.mocked(api.sendTestAlert);

const WEBHOOK = 'https://hooks.slack.com/services/T0001/B0001/abcdefghijklmnop';

const slackSet = alertsOverview({
  channels: [
    channelStatus('slack', { configured: true, secret: { set: true, hint: '…mnop' } }),
    channelStatus('telegram'),
  ],
});

beforeEach(() => {
  jest.resetAllMocks();
});

describe('AlertsTab', () => {
  test('a saved webhook is never shown again: the field empties and only a hint is named', async () => {
    const user = userEvent.setup();
    getAlerts.mockResolvedValue(alertsOverview());
    setAlertSecret.mockResolvedValue(slackSet);
    render(<AlertsTab siteUrl="https://acme.atlassian.net" />);

    const field = await screen.findByLabelText('Slack incoming webhook URL');
    expect(field).toHaveAttribute('type', 'password');
    expect(screen.getByTestId('alert-slack-test')).toBeDisabled();
    await user.click(field);
    await user.paste(WEBHOOK);
    await user.click(screen.getByTestId('alert-slack-save'));

    expect(setAlertSecret).toHaveBeenCalledWith({ channel: 'slack', secret: WEBHOOK });
    expect(await screen.findByText('Set, ending in …mnop')).toBeInTheDocument();
    expect(field).toHaveValue('');
    expect(document.body).not.toHaveTextContent(WEBHOOK);
    expect(screen.getByTestId('alert-slack-test')).toBeEnabled();
  });

  test('"Send test alert" shows the delivery, or the reason it failed', async () => {
    const user = userEvent.setup();
    getAlerts.mockResolvedValue(slackSet);
    sendTestAlert.mockResolvedValueOnce({ channel: 'slack', ok: true, message: 'Delivered to Slack' });
    sendTestAlert.mockResolvedValueOnce({
      channel: 'slack',
      ok: false,
      message: 'Slack answered 404 no_service: the webhook was removed or revoked; paste a new one',
    });
    render(<AlertsTab siteUrl={null} />);

    await user.click(await screen.findByTestId('alert-slack-test'));
    expect(await screen.findByTestId('alert-slack-test-result')).toHaveTextContent(
      'Test alert sentDelivered to Slack',
    );
    await user.click(screen.getByTestId('alert-slack-test'));
    const result = await screen.findByText(/the webhook was removed or revoked/);
    expect(screen.getByTestId('alert-slack-test-result')).toHaveTextContent(
      'The test alert was not delivered',
    );
    expect(result).toBeInTheDocument();
  });

  test('settings are checked before they are sent, then saved as numbers', async () => {
    const user = userEvent.setup();
    getAlerts.mockResolvedValue(alertsOverview());
    saveAlertSettings.mockImplementation((settings) =>
      Promise.resolve(alertsOverview({ settings: AlertSettingsSchema.parse(settings) })),
    );
    render(<AlertsTab siteUrl="https://acme.atlassian.net" />);

    const link = await screen.findByLabelText('Link to this admin page in messages');
    expect(link).toHaveAttribute('placeholder', 'https://acme.atlassian.net/jira/settings/apps');
    await user.type(link, 'acme admin page');
    await user.click(screen.getByTestId('alert-settings-save'));
    expect(await screen.findByTestId('alert-settings-problems')).toHaveTextContent(
      'adminPageUrl: the admin page link must be an http(s) URL',
    );
    expect(saveAlertSettings).not.toHaveBeenCalled();

    await user.clear(link);
    await user.clear(screen.getByLabelText('Repeat an unresolved alert after (hours)'));
    await user.type(screen.getByLabelText('Repeat an unresolved alert after (hours)'), '12');
    await user.click(screen.getByTestId('alert-settings-save'));
    expect(saveAlertSettings).toHaveBeenCalledWith({ ...defaultAlertSettings(), repeatAfterHours: 12 });
    expect(screen.queryByTestId('alert-settings-problems')).not.toBeInTheDocument();
  });

  test('the Telegram card saves the chat id with the token, refusing a chat id Telegram would not take', async () => {
    const user = userEvent.setup();
    getAlerts.mockResolvedValue(alertsOverview());
    saveAlertSettings.mockImplementation((settings) =>
      Promise.resolve(alertsOverview({ settings: AlertSettingsSchema.parse(settings) })),
    );
    setAlertSecret.mockResolvedValue(alertsOverview());
    render(<AlertsTab siteUrl={null} />);

    await user.type(await screen.findByLabelText('Chat id'), 'team chat');
    await user.click(screen.getByTestId('alert-telegram-save'));
    expect(await screen.findByTestId('alert-telegram-problems')).toHaveTextContent('a Telegram chat id is');
    expect(saveAlertSettings).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Chat id'));
    await user.type(screen.getByLabelText('Chat id'), '-1001234567890');
    await user.click(screen.getByLabelText('Telegram bot token'));
    await user.paste('7000000001:AAsomeBotTokenFromBotFather000000');
    await user.click(screen.getByTestId('alert-telegram-save'));
    expect(saveAlertSettings).toHaveBeenCalledWith({
      ...defaultAlertSettings(),
      telegramChatId: '-1001234567890',
    });
    expect(setAlertSecret).toHaveBeenCalledWith({
      channel: 'telegram',
      secret: '7000000001:AAsomeBotTokenFromBotFather000000',
    });
    expect(screen.getByLabelText('Telegram bot token')).toHaveValue('');
  });

  test('shows what is open and each channel’s last delivery with its result', async () => {
    getAlerts.mockResolvedValue(
      alertsOverview({
        channels: [
          channelStatus('slack', {
            configured: true,
            secret: { set: true, hint: '…mnop' },
            lastDelivery: {
              at: '2026-12-04T03:00:00.000Z',
              ok: false,
              message: 'Slack answered 500',
              kind: 'problem',
            },
            waiting: 2,
          }),
          channelStatus('telegram', {
            configured: true,
            secret: { set: true, hint: '…wxyz' },
            lastDelivery: {
              at: '2026-12-04T03:00:00.000Z',
              ok: true,
              message: 'Delivered to Telegram',
              kind: 'problem',
            },
          }),
        ],
        openProblems: [
          {
            key: 'peopleforce-key',
            kind: 'peopleforceKey',
            subject: 'PeopleForce API key',
            summary: 'PeopleForce refuses the API key',
            openedAt: '2026-12-04T03:00:00.000Z',
            lastSentAt: '2026-12-04T03:00:00.000Z',
          },
        ],
      }),
    );
    render(<AlertsTab siteUrl={null} />);

    expect(await screen.findByTestId('alert-open-problems')).toHaveTextContent(
      'PeopleForce refuses the API key',
    );
    const slack = screen.getByTestId('alert-delivery-slack');
    expect(within(slack).getByText('Failed')).toBeInTheDocument();
    expect(slack).toHaveTextContent('Slack answered 500');
    expect(slack).toHaveTextContent('2 message(s) waiting');
    expect(within(screen.getByTestId('alert-delivery-telegram')).getByText('Delivered')).toBeInTheDocument();
  });
});
