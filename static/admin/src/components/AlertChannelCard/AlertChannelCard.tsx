import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { HelperMessage, Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import {
  channelNames,
  TelegramChatIdSchema,
  type AlertChannelStatus,
  type AlertSettings,
  type AlertsOverview,
  type TestAlertResult,
} from '../../../../../src/config/alerts';
import * as api from '../../api/admin-api';
import { errorText } from '../../api/admin-api-error';
import { bordered } from '../../styles/surfaces';
import { FieldProblems } from '../FieldProblems/FieldProblems';

const fieldStyle = { width: 480, maxWidth: '100%' };

const secretWords = {
  slack: {
    label: 'Slack incoming webhook URL',
    help: 'In Slack: Apps → Incoming Webhooks → Add to a channel. Stored encrypted; this page never shows it again.',
  },
  telegram: {
    label: 'Telegram bot token',
    help: 'From @BotFather. Stored encrypted; this page never shows it again.',
  },
} as const;

interface AlertChannelCardProps {
  status: AlertChannelStatus;
  /** The stored settings: the Telegram card edits their chat id. */
  settings: AlertSettings;
  onChanged: (overview: AlertsOverview) => void;
}

/** One channel: its secret (write-only, shown as a hint), removal, and "Send test alert" with its result. */
export function AlertChannelCard({ status, settings, onChanged }: AlertChannelCardProps) {
  const { channel } = status;
  const words = secretWords[channel];
  const [secret, setSecret] = useState('');
  const [chatId, setChatId] = useState(settings.telegramChatId ?? '');
  const chatIdChanged = channel === 'telegram' && chatId.trim() !== (settings.telegramChatId ?? '');
  const [busy, setBusy] = useState<'save' | 'remove' | 'test' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tested, setTested] = useState<TestAlertResult | null>(null);

  const run = async (action: 'save' | 'remove' | 'test') => {
    setBusy(action);
    setError(null);
    try {
      if (action === 'test') {
        setTested(await api.sendTestAlert(channel));
        // The test is now the channel's last delivery.
        onChanged(await api.getAlerts());
        return;
      }
      setTested(null);
      if (action === 'remove') {
        onChanged(await api.removeAlertChannel(channel));
        return;
      }
      if (chatIdChanged) {
        const telegramChatId = TelegramChatIdSchema.safeParse(chatId);
        if (!telegramChatId.success) {
          setError(new Error(telegramChatId.error.issues.map((issue) => issue.message).join('; ')));
          return;
        }
        onChanged(await api.saveAlertSettings({ ...settings, telegramChatId: telegramChatId.data }));
      }
      if (secret.trim() !== '') {
        onChanged(await api.setAlertSecret(channel === 'slack' ? { channel, secret } : { channel, secret }));
        setSecret('');
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Box padding="space.200" style={bordered} testId={`alert-channel-${channel}`}>
      <Stack space="space.100">
        <Heading size="xsmall" as="h3">
          {channelNames[channel]}
        </Heading>
        <Text as="p" testId={`alert-${channel}-status`}>
          {status.secret.set ? `Set, ending in ${status.secret.hint ?? ''}` : 'Not set up.'}
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run('save');
          }}
        >
          <Stack space="space.050">
            <Label htmlFor={`alert-${channel}-secret`}>{words.label}</Label>
            <Inline space="space.100" alignBlock="center">
              <Box style={fieldStyle}>
                <Textfield
                  id={`alert-${channel}-secret`}
                  testId={`alert-${channel}-secret`}
                  type="password"
                  autoComplete="off"
                  value={secret}
                  isInvalid={error !== null}
                  onChange={(event) => {
                    setSecret(event.currentTarget.value);
                  }}
                />
              </Box>
              <Button
                type="submit"
                appearance="primary"
                isLoading={busy === 'save'}
                isDisabled={secret.trim() === '' && !chatIdChanged}
                testId={`alert-${channel}-save`}
              >
                Save
              </Button>
            </Inline>
            <HelperMessage>{words.help}</HelperMessage>
            {channel === 'telegram' ? (
              <>
                <Label htmlFor="alert-telegram-chat-id">Chat id</Label>
                <Box style={fieldStyle}>
                  <Textfield
                    id="alert-telegram-chat-id"
                    testId="alert-telegram-chat-id"
                    value={chatId}
                    onChange={(event) => {
                      setChatId(event.currentTarget.value);
                    }}
                  />
                </Box>
                <HelperMessage>
                  -100… for a group or channel, or @channelname. Add the bot to that chat first.
                </HelperMessage>
              </>
            ) : null}
          </Stack>
        </form>
        <Inline space="space.100">
          <Button
            isLoading={busy === 'test'}
            isDisabled={!status.configured}
            testId={`alert-${channel}-test`}
            onClick={() => void run('test')}
          >
            Send test alert
          </Button>
          <Button
            appearance="subtle"
            isLoading={busy === 'remove'}
            isDisabled={!status.secret.set}
            testId={`alert-${channel}-remove`}
            onClick={() => void run('remove')}
          >
            Remove
          </Button>
        </Inline>
        <FieldProblems
          messages={error === null ? [] : [errorText(error)]}
          testId={`alert-${channel}-problems`}
        />
        {tested === null ? null : (
          <SectionMessage
            appearance={tested.ok ? 'success' : 'error'}
            title={tested.ok ? 'Test alert sent' : 'The test alert was not delivered'}
            testId={`alert-${channel}-test-result`}
          >
            <Text>{tested.message}</Text>
          </SectionMessage>
        )}
      </Stack>
    </Box>
  );
}
