import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { connectionText, type ConnectionResult, type Remote } from '../../model/connection-text';

interface ConnectionResultsProps {
  peopleforce: ConnectionResult;
  jira: ConnectionResult;
}

function ResultMessage({ remote, result }: { remote: Remote; result: ConnectionResult }) {
  const text = connectionText(remote, result.reason);
  return (
    <SectionMessage appearance={text.appearance} title={text.title} testId={`connection-result-${remote}`}>
      <Text as="p">{text.advice}</Text>
      {result.message === '' ? null : (
        <Text as="p" color="color.text.subtle">
          Detail: {result.message}
        </Text>
      )}
    </SectionMessage>
  );
}

/** The outcome of a connection test for both remotes, each with what it means and what to do. */
export function ConnectionResults({ peopleforce, jira }: ConnectionResultsProps) {
  return (
    <Stack space="space.100">
      <ResultMessage remote="peopleforce" result={peopleforce} />
      <ResultMessage remote="jira" result={jira} />
    </Stack>
  );
}
