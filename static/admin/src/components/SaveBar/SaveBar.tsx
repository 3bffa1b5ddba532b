import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ConfigDraft } from '../../hooks/use-config-draft';
import { ProblemList } from '../ProblemList/ProblemList';

type SaveBarProps = Pick<ConfigDraft, 'dirty' | 'saving' | 'saveError' | 'problems' | 'save' | 'discard'>;

/** Save and Discard for the shared configuration draft, the unsaved-changes indicator, and why a save failed. */
export function SaveBar({ dirty, saving, saveError, problems, save, discard }: SaveBarProps) {
  const [justSaved, setJustSaved] = useState(false);
  useEffect(() => {
    if (dirty) setJustSaved(false);
  }, [dirty]);

  return (
    <Stack space="space.100" testId="save-bar">
      <Inline space="space.100" alignBlock="center">
        <Button
          appearance="primary"
          isDisabled={!dirty}
          isLoading={saving}
          testId="save-config"
          onClick={() => {
            void save().then(setJustSaved);
          }}
        >
          Save configuration
        </Button>
        <Button appearance="subtle" isDisabled={!dirty || saving} onClick={discard} testId="discard-config">
          Discard changes
        </Button>
        {dirty ? (
          <Lozenge appearance="moved" testId="unsaved-indicator">
            Unsaved changes
          </Lozenge>
        ) : (
          <Text color="color.text.subtle" testId="saved-indicator">
            {justSaved ? 'Saved.' : 'No unsaved changes.'}
          </Text>
        )}
      </Inline>
      {saveError === null ? null : (
        <SectionMessage appearance="error" title="The configuration was not saved" testId="save-problems">
          <Stack space="space.050">
            <Text as="p">{saveError.message}</Text>
            {problems.length === 0 ? null : <Text as="p">Each problem is also shown next to its field:</Text>}
            <ProblemList problems={problems} testId="save-problem-list" />
          </Stack>
        </SectionMessage>
      )}
    </Stack>
  );
}
