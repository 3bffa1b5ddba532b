import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Inline, Text } from '@atlaskit/primitives';
import { errorText } from '../../api/admin-api-error';

export function Loading({ label, testId }: { label: string; testId?: string }) {
  return (
    <Inline space="space.100" alignBlock="center" testId={testId ?? 'loading'}>
      <Spinner size="medium" label={label} />
      <Text color="color.text.subtle">{label}</Text>
    </Inline>
  );
}

interface LoadFailedProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  testId?: string;
}

/** A failed load: what failed, the reason the backend or browser gave, and a way to try again. */
export function LoadFailed({ title, error, onRetry, testId }: LoadFailedProps) {
  return (
    <SectionMessage appearance="error" title={title} testId={testId ?? 'load-failed'}>
      <Text as="p">{errorText(error)}</Text>
      {onRetry === undefined ? null : (
        <Button appearance="default" onClick={onRetry}>
          Try again
        </Button>
      )}
    </SectionMessage>
  );
}
