import { Box, Stack, Text } from '@atlaskit/primitives';
import type { Problem } from '../../../../../src/config/admin-api';

/** Every problem with the path it concerns, for a summary above the form (each is also shown at its field). */
export function ProblemList({ problems, testId }: { problems: readonly Problem[]; testId: string }) {
  if (problems.length === 0) return null;
  return (
    <Stack as="ul" space="space.025" testId={testId}>
      {problems.map((problem) => (
        <Box as="li" key={`${problem.path}:${problem.message}`}>
          <Text>
            <code>{problem.path === '' ? '(configuration)' : problem.path}</code>: {problem.message}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}
