import SectionMessage from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives';
import type { FailedTask } from '../../../../../src/config/records';
import { timeText } from '../../model/run-outcome';

/** A task's entry in the error queue: its reason, attempts and next retry (Tasks tab and issue panel). */
export function TaskFailure({ failure, testId }: { failure: FailedTask; testId: string }) {
  return (
    <SectionMessage appearance="error" title="In the error queue" testId={testId}>
      <Text as="p">{failure.reason}</Text>
      <Text size="small" color="color.text.subtle">
        {failure.attempts} attempt{failure.attempts === 1 ? '' : 's'} · next retry{' '}
        {timeText(failure.nextRetryAt)}
      </Text>
    </SectionMessage>
  );
}
