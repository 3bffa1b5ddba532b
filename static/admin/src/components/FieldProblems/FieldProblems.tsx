import { ErrorMessage } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives';

interface FieldProblemsProps {
  messages: readonly string[];
  testId: string;
}

/** The backend's problems for one field, shown right under it; renders nothing when there are none. */
export function FieldProblems({ messages, testId }: FieldProblemsProps) {
  if (messages.length === 0) return null;
  return (
    <Stack space="space.025" testId={testId}>
      {messages.map((message) => (
        <ErrorMessage key={message}>{message}</ErrorMessage>
      ))}
    </Stack>
  );
}
