import { Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { AdoptionStatus } from '../../../../../src/config/admin-api';
import * as api from '../../api/admin-api';
import { useAsyncResource } from '../../hooks/use-async-resource';
import { unadoptedWarning } from '../../model/adoption';

/** Before the very first sync: labelled issues of a previous integration that would be duplicated. */
export function UnadoptedWarning({
  unadopted,
  testId,
}: {
  unadopted: AdoptionStatus['unadopted'];
  testId: string;
}) {
  const text = unadoptedWarning(unadopted);
  if (text === null) return null;
  return (
    <SectionMessage
      appearance="warning"
      title="Adopt the previous integration's issues first"
      testId={testId}
    >
      <Text as="p">{text}</Text>
    </SectionMessage>
  );
}

/** The same warning on the Sync now tab, loading what it needs itself (again at each visit of the tab). */
export function UnadoptedNotice() {
  const adoption = useAsyncResource(api.getAdoption);
  return <UnadoptedWarning unadopted={adoption.data?.unadopted ?? null} testId="unadopted-warning-sync" />;
}
