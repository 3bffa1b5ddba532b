import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { RunCounts } from '../../../../../src/config/records';
import { tile } from '../../styles/surfaces';

const countLabels: { key: keyof RunCounts; label: string }[] = [
  { key: 'seen', label: 'Seen' },
  { key: 'created', label: 'Created' },
  { key: 'updated', label: 'Updated' },
  { key: 'transitioned', label: 'Transitioned' },
  { key: 'unchanged', label: 'Unchanged' },
  { key: 'dropped', label: 'Dropped' },
  { key: 'failed', label: 'Failed' },
  { key: 'returned', label: 'Back to PeopleForce' },
];

const tileStyle = { ...tile, minWidth: 96 };

/** A run's (or a preview's) counts as a row of labelled numbers. */
export function CountSummary({ counts, testId }: { counts: RunCounts; testId: string }) {
  return (
    <Inline space="space.100" shouldWrap testId={testId}>
      {countLabels.map(({ key, label }) => (
        <Box
          key={key}
          style={tileStyle}
          paddingBlock="space.100"
          paddingInline="space.150"
          testId={`${testId}-${key}`}
        >
          <Stack space="space.025">
            <Text size="small" color="color.text.subtle">
              {label}
            </Text>
            <Text weight="bold" size="large">
              {counts[key]}
            </Text>
          </Stack>
        </Box>
      ))}
    </Inline>
  );
}
