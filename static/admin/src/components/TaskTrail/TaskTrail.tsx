import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { TrailEvent } from '../../../../../src/config/task-trail';
import { timeText } from '../../model/run-outcome';
import {
  directionText,
  eventAppearance,
  trailEventText,
  trailTriggerLabels,
} from '../../../../../src/config/trail-text';

interface TaskTrailProps {
  events: readonly TrailEvent[];
  testId: string;
}

/** A task's trail, newest first: what was done, in which direction, when and what started it. */
export function TaskTrail({ events, testId }: TaskTrailProps) {
  if (events.length === 0) {
    return (
      <Text color="color.text.subtle" testId={`${testId}-empty`}>
        Nothing recorded yet.
      </Text>
    );
  }
  return (
    <Stack space="space.100" testId={testId}>
      {events.map((event, index) => (
        <Box key={`${event.at}-${String(index)}`} testId={`${testId}-event`}>
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Lozenge appearance={eventAppearance(event)}>{directionText(event)}</Lozenge>
            <Text weight="medium">{trailEventText(event)}</Text>
          </Inline>
          <Text size="small" color="color.text.subtle">
            {timeText(event.at)} · {trailTriggerLabels[event.trigger]}
            {event.issueKey === null ? '' : ` · ${event.issueKey}`}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}
