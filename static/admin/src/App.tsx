/**
 * The admin page: one configuration draft shared by every tab, saved from the bar above the tabs.
 *
 * Stable data-testid hooks for the browser test. Atlaskit derives more from the id given here: a select's
 * input is `<id>-select--input` (options have role "option"), a text field's input is `<id>` inside
 * `<id>-container`, a toggle's checkbox is `<id>--input`, a dynamic table is `<id>--table`.
 * - page: app-loading, app-load-failed, save-bar, save-config, discard-config, unsaved-indicator, saved-indicator,
 *   save-problems, save-problem-list
 * - tabs: tab-connection, tab-rules, tab-status, tab-preview, tab-sync, tab-activity, tab-tasks, tab-health,
 *   tab-alerts; their panels panel-connection … panel-alerts
 * - Connection: api-key-status, api-key-input, api-key-save, api-key-problems, test-connection,
 *   connection-result-peopleforce, connection-result-jira
 * - Rules: rules-empty, add-rule, rule-list, rule-item-N, rule-select-N, rule-move-up-N, rule-move-down-N,
 *   rule-delete-N, delete-rule-dialog(-confirm|-cancel), rule-editor, rule-name, rule-enabled, rule-problems,
 *   add-condition, condition-N, condition-N-field, condition-N-operator, condition-N-value, condition-N-case,
 *   condition-N-remove, rule-action, rule-project, rule-issue-type, field-mappings, add-mapping-field,
 *   add-mapping, default-mappings, field-mappings-problems, mapping-FIELDID, mapping-FIELDID-kind,
 *   mapping-FIELDID-value, mapping-FIELDID-value-problems, mapping-FIELDID-example, mapping-FIELDID-remove,
 *   task-field-reference; a select's problems are at <its id>-problems (e.g. rule-project-problems);
 *   settings: sync-settings, setting-created-after, setting-tracking-label, setting-fallback-assignee,
 *   setting-task-vanished, setting-issue-deleted, setting-import-completed
 * - Status: status-toggle-<direction key>, status-PROJECT-ISSUETYPE, status-PROJECT-ISSUETYPE-done,
 *   status-PROJECT-ISSUETYPE-reopen, status-empty
 * - Preview: preview-run, preview-use-draft, preview-result, preview-totals, preview-rules, preview-problems,
 *   preview-unmatched-users, preview-failed
 * - Sync now: sync-now-button, sync-progress, sync-progress-bar, sync-progress-text, sync-result,
 *   sync-result-counts, sync-unreported, sync-failed
 * - Activity: activity-refresh, activity-chart, activity-runs-table, error-queue, error-task-link-ID,
 *   error-issue-link-ID, retry-error-ID, retry-all-errors, retry-outcome, unmatched-users
 * - Tasks: tasks-tab, task-search-input, task-search-submit, task-search-failed, task-search-empty,
 *   task-search-results, task-match-ID, task-detail, task-detail-issue, task-detail-failure, task-trail(-event),
 *   task-facts, task-title, task-person, task-assignee, task-due
 * - Health: health-refresh, health-pause-toggle, health-overview, health-state, health-last-success,
 *   health-next-run, health-last-run, health-error-count, health-api-key, health-peopleforce, health-jira,
 *   export-config, import-config-text, import-config-file, import-config-submit, import-config-dialog-confirm,
 *   import-done, import-problems, alert-deliveries, alert-delivery-CHANNEL
 * - Alerts (CHANNEL is slack or telegram): alert-open-none, alert-open-problems, alert-channel-CHANNEL,
 *   alert-CHANNEL-status, alert-CHANNEL-secret, alert-telegram-chat-id, alert-CHANNEL-save, alert-CHANNEL-test, alert-CHANNEL-remove,
 *   alert-CHANNEL-problems, alert-CHANNEL-test-result, alert-setting-FIELD, alert-settings-save,
 *   alert-settings-problems
 */
import { useState } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Stack } from '@atlaskit/primitives';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import type { PageContext } from './api/forge-context';
import { ActivityTab } from './components/ActivityTab/ActivityTab';
import { AdoptionSection } from './components/AdoptionSection/AdoptionSection';
import { AlertsTab } from './components/AlertsTab/AlertsTab';
import { ConnectionTab } from './components/ConnectionTab/ConnectionTab';
import { HealthTab } from './components/HealthTab/HealthTab';
import { LoadFailed, Loading } from './components/LoadState/LoadState';
import { PreviewTab } from './components/PreviewTab/PreviewTab';
import { RulesTab } from './components/RulesTab/RulesTab';
import { SaveBar } from './components/SaveBar/SaveBar';
import { StatusTab } from './components/StatusTab/StatusTab';
import { SyncNowTab } from './components/SyncNowTab/SyncNowTab';
import { UnadoptedNotice } from './components/UnadoptedNotice/UnadoptedNotice';
import { SyncSettings } from './components/SyncSettings/SyncSettings';
import { TasksTab } from './components/TasksTab/TasksTab';
import { TaskFieldReference } from './components/TaskFieldReference/TaskFieldReference';
import { JiraMetadataProvider } from './hooks/jira-metadata-provider';
import { useConfigDraft } from './hooks/use-config-draft';

const pageStyle = { maxWidth: 1280, marginInline: 'auto' };

const tabs = [
  { id: 'connection', label: 'Connection' },
  { id: 'rules', label: 'Rules' },
  { id: 'status', label: 'Status' },
  { id: 'preview', label: 'Preview' },
  { id: 'sync', label: 'Sync now' },
  { id: 'activity', label: 'Activity' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'health', label: 'Health' },
  { id: 'alerts', label: 'Alerts' },
] as const;
type TabId = (typeof tabs)[number]['id'];

export function App({ context }: { context: PageContext }) {
  const config = useConfigDraft();
  const [selected, setSelected] = useState(0);
  // Atlaskit keeps visited panels mounted; the read-only views start afresh on each visit so they show
  // what happened meanwhile (a sync run, a pause) instead of what they loaded the first time.
  const [visits, setVisits] = useState<Partial<Record<TabId, number>>>({});
  const select = (index: number) => {
    setSelected(index);
    const id = tabs[index]?.id;
    if (id !== undefined) setVisits((current) => ({ ...current, [id]: (current[id] ?? 0) + 1 }));
  };
  const draft = config.draft;

  if (draft === null) {
    return (
      <Box padding="space.300" style={pageStyle}>
        {config.loadError === null ? (
          <Loading label="Loading the configuration…" testId="app-loading" />
        ) : (
          <LoadFailed
            title="The configuration could not be loaded"
            error={config.loadError}
            onRetry={() => void config.reload()}
            testId="app-load-failed"
          />
        )}
      </Box>
    );
  }

  const panels = {
    connection: (
      <Stack space="space.400">
        <ConnectionTab apiKey={config.apiKey} onApiKeySaved={config.adoptApiKey} />
        <AdoptionSection siteUrl={context.siteUrl} />
      </Stack>
    ),
    rules: (
      <Stack space="space.400">
        <RulesTab
          rules={draft.rules}
          problems={config.problems}
          onChange={(rules, reordered) => {
            config.edit((current) => ({ ...current, rules }));
            if (reordered) config.clearProblems();
          }}
        />
        <SyncSettings
          config={draft}
          problems={config.problems}
          onChange={(change) => {
            config.edit((current) => ({ ...current, ...change }));
          }}
        />
        <TaskFieldReference />
      </Stack>
    ),
    status: (
      <StatusTab
        config={draft}
        problems={config.problems}
        onChange={(status) => {
          config.edit((current) => ({ ...current, status }));
        }}
      />
    ),
    preview: <PreviewTab draft={draft} dirty={config.dirty} />,
    sync: (
      <Stack space="space.200">
        <UnadoptedNotice key={visits.sync} />
        <SyncNowTab enabled={config.saved?.enabled ?? draft.enabled} dirty={config.dirty} />
      </Stack>
    ),
    activity: <ActivityTab key={visits.activity} siteUrl={context.siteUrl} />,
    tasks: <TasksTab siteUrl={context.siteUrl} />,
    health: (
      <HealthTab
        key={visits.health}
        enabled={config.saved?.enabled ?? draft.enabled}
        setEnabled={config.setEnabled}
        onImported={config.adoptSaved}
      />
    ),
    alerts: <AlertsTab key={visits.alerts} siteUrl={context.siteUrl} />,
  };

  return (
    <JiraMetadataProvider>
      <Box padding="space.300" style={pageStyle}>
        <Stack space="space.200">
          <Heading size="large" as="h1">
            PeopleForce ⇄ Jira Sync
          </Heading>
          <SaveBar
            dirty={config.dirty}
            saving={config.saving}
            saveError={config.saveError}
            problems={config.problems}
            save={config.save}
            discard={config.discard}
          />
          <Tabs id="admin-tabs" selected={selected} onChange={select}>
            <TabList>
              {tabs.map((tab) => (
                <Tab key={tab.id} testId={`tab-${tab.id}`}>
                  {tab.label}
                </Tab>
              ))}
            </TabList>
            {tabs.map((tab) => (
              <TabPanel key={tab.id} testId={`panel-${tab.id}`}>
                <Box paddingBlock="space.200" style={{ width: '100%' }}>
                  {panels[tab.id]}
                </Box>
              </TabPanel>
            ))}
          </Tabs>
        </Stack>
      </Box>
    </JiraMetadataProvider>
  );
}
