import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Text } from '@atlaskit/primitives';
import type { RunRecord } from '../../../../../src/config/records';
import { durationText, outcomeLabels, timeText, triggerLabels } from '../../model/run-outcome';

const head = {
  cells: [
    { key: 'started', content: 'Started' },
    { key: 'trigger', content: 'Trigger' },
    { key: 'outcome', content: 'Outcome' },
    { key: 'duration', content: 'Duration' },
    { key: 'created', content: 'Created' },
    { key: 'updated', content: 'Updated' },
    { key: 'transitioned', content: 'Transitioned' },
    { key: 'failed', content: 'Failed' },
    { key: 'message', content: 'Message' },
  ],
};

function row(run: RunRecord) {
  const outcome = outcomeLabels[run.outcome];
  return {
    key: run.runId,
    cells: [
      { key: 'started', content: timeText(run.startedAt) },
      { key: 'trigger', content: triggerLabels[run.trigger] },
      { key: 'outcome', content: <Lozenge appearance={outcome.appearance}>{outcome.label}</Lozenge> },
      { key: 'duration', content: durationText(run.durationMs) },
      { key: 'created', content: run.counts.created },
      { key: 'updated', content: run.counts.updated },
      { key: 'transitioned', content: run.counts.transitioned },
      { key: 'failed', content: run.counts.failed },
      { key: 'message', content: run.message ?? '' },
    ],
  };
}

/** The run history, newest first, ten to a page. */
export function RunHistoryTable({ runs }: { runs: readonly RunRecord[] }) {
  return (
    <DynamicTable
      head={head}
      rows={runs.map(row)}
      rowsPerPage={10}
      label="Run history"
      emptyView={<Text>No runs yet.</Text>}
      testId="activity-runs-table"
    />
  );
}
