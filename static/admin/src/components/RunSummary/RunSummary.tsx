import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { RunRecord } from '../../../../../src/config/records';
import { durationText, outcomeLabels, timeText } from '../../model/run-outcome';
import { CountSummary } from '../CountSummary/CountSummary';

/** One finished run: outcome, when and how long, the backend's message, and its counts. */
export function RunSummary({ run, testId }: { run: RunRecord; testId: string }) {
  const outcome = outcomeLabels[run.outcome];
  return (
    <Stack space="space.150" testId={testId}>
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Lozenge appearance={outcome.appearance}>{outcome.label}</Lozenge>
        <Text>
          Started {timeText(run.startedAt)}, took {durationText(run.durationMs)}.
        </Text>
      </Inline>
      {run.message === null ? null : <Text as="p">{run.message}</Text>}
      <CountSummary counts={run.counts} testId={`${testId}-counts`} />
    </Stack>
  );
}
