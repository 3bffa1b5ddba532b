import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { HelperMessage, Label } from '@atlaskit/form';
import { Box, Grid, Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import {
  AlertSettingsSchema,
  type AlertSettings,
  type AlertsOverview,
} from '../../../../../src/config/alerts';
import * as api from '../../api/admin-api';
import { errorText } from '../../api/admin-api-error';
import { FieldProblems } from '../FieldProblems/FieldProblems';

interface AlertSettingsFormProps {
  settings: AlertSettings;
  /** Suggests the admin page link from the site the page runs on. */
  siteUrl: string | null;
  onSaved: (overview: AlertsOverview) => void;
}

interface Draft {
  failingTaskAttempts: string;
  repeatAfterHours: string;
  digestAbove: string;
  adminPageUrl: string;
}

function draftOf(settings: AlertSettings): Draft {
  return {
    failingTaskAttempts: String(settings.failingTaskAttempts),
    repeatAfterHours: String(settings.repeatAfterHours),
    digestAbove: String(settings.digestAbove),
    adminPageUrl: settings.adminPageUrl ?? '',
  };
}

const fields: Array<{ key: keyof Draft; label: string; help: string; type: 'text' | 'number' }> = [
  {
    key: 'failingTaskAttempts',
    label: 'Alert a task after this many failures',
    help: '1–50',
    type: 'number',
  },
  {
    key: 'repeatAfterHours',
    label: 'Repeat an unresolved alert after (hours)',
    help: 'Default 6',
    type: 'number',
  },
  {
    key: 'digestAbove',
    label: 'One digest when more tasks fail at once than',
    help: 'Default 5',
    type: 'number',
  },
  {
    key: 'adminPageUrl',
    label: 'Link to this admin page in messages',
    help: 'Copy it from the address bar',
    type: 'text',
  },
];

/** When alerts fire and how often they may repeat; checked with the shared schema before it is sent. */
export function AlertSettingsForm({ settings, siteUrl, onSaved }: AlertSettingsFormProps) {
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const save = async () => {
    const parsed = AlertSettingsSchema.safeParse({
      // The chat id is edited on the Telegram card.
      telegramChatId: settings.telegramChatId,
      failingTaskAttempts: Number(draft.failingTaskAttempts),
      repeatAfterHours: Number(draft.repeatAfterHours),
      digestAbove: Number(draft.digestAbove),
      adminPageUrl: draft.adminPageUrl.trim() === '' ? null : draft.adminPageUrl.trim(),
    });
    if (!parsed.success) {
      setProblems(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
      return;
    }
    setSaving(true);
    setProblems([]);
    try {
      onSaved(await api.saveAlertSettings(parsed.data));
    } catch (caught) {
      setProblems([errorText(caught)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack space="space.150">
        <Grid templateColumns="repeat(auto-fill, minmax(280px, 1fr))" gap="space.200">
          {fields.map((field) => (
            <Box key={field.key}>
              <Label htmlFor={`alert-setting-${field.key}`}>{field.label}</Label>
              <Textfield
                id={`alert-setting-${field.key}`}
                testId={`alert-setting-${field.key}`}
                type={field.type}
                value={draft[field.key]}
                placeholder={
                  field.key === 'adminPageUrl' && siteUrl !== null ? `${siteUrl}/jira/settings/apps` : ''
                }
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setDraft((current) => ({ ...current, [field.key]: value }));
                }}
              />
              <HelperMessage>{field.help}</HelperMessage>
            </Box>
          ))}
        </Grid>
        <Box>
          <Button type="submit" appearance="primary" isLoading={saving} testId="alert-settings-save">
            Save alert settings
          </Button>
        </Box>
        <FieldProblems messages={problems} testId="alert-settings-problems" />
      </Stack>
    </form>
  );
}
