import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import ProgressBar from '@atlaskit/progress-bar';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { AdoptionRequestSchema } from '../../../../../src/config/admin-api';
import { DEFAULT_GATEWAY_LABEL, DEFAULT_GATEWAY_PROPERTY_KEY } from '../../../../../src/config/records';
import { useAdoption } from '../../hooks/use-adoption';
import { adoptionProgress, isAdoptionActive } from '../../model/adoption';
import { AdoptionReport } from '../AdoptionReport/AdoptionReport';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { FieldProblems } from '../FieldProblems/FieldProblems';
import { LoadFailed } from '../LoadState/LoadState';
import { UnadoptedWarning } from '../UnadoptedNotice/UnadoptedNotice';

function problemsAt(label: string, propertyKey: string, field: 'label' | 'propertyKey'): string[] {
  const parsed = AdoptionRequestSchema.safeParse({ label, propertyKey });
  if (parsed.success) return [];
  return parsed.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
}

/**
 * "Adopt issues from a previous integration": the label and property the self-hosted gateway used, a dry run
 * that writes nothing, then the adoption with its progress and report.
 */
export function AdoptionSection({ siteUrl }: { siteUrl: string | null }) {
  const { status, error, starting, start } = useAdoption();
  const [label, setLabel] = useState(DEFAULT_GATEWAY_LABEL);
  const [propertyKey, setPropertyKey] = useState(DEFAULT_GATEWAY_PROPERTY_KEY);
  const [confirming, setConfirming] = useState(false);
  const report = status?.report ?? null;
  const running = isAdoptionActive(report);
  const labelProblems = problemsAt(label, propertyKey, 'label');
  const keyProblems = problemsAt(label, propertyKey, 'propertyKey');
  const invalid = labelProblems.length + keyProblems.length > 0;
  const progress = report !== null && running ? adoptionProgress(report) : null;

  return (
    <Stack space="space.150" testId="adoption-section">
      <Heading size="small" as="h2">
        Adopt issues from a previous integration
      </Heading>
      <Text as="p" color="color.text.subtle">
        If the self-hosted PeopleForce gateway synced before, its issues carry its label and an entity
        property naming the task. Adopting links them to this app as if it had created them, so no sync makes
        a second issue. A dry run shows the same counts and writes nothing.
      </Text>
      <UnadoptedWarning unadopted={status?.unadopted ?? null} testId="unadopted-warning" />
      <Inline space="space.200" shouldWrap>
        <Stack space="space.050">
          <Label htmlFor="adoption-label">Tracking label</Label>
          <Textfield
            id="adoption-label"
            testId="adoption-label"
            value={label}
            isInvalid={labelProblems.length > 0}
            onChange={(event) => {
              setLabel(event.currentTarget.value);
            }}
          />
          <FieldProblems messages={labelProblems} testId="adoption-label-problems" />
        </Stack>
        <Stack space="space.050">
          <Label htmlFor="adoption-property">Property key</Label>
          <Textfield
            id="adoption-property"
            testId="adoption-property"
            value={propertyKey}
            isInvalid={keyProblems.length > 0}
            onChange={(event) => {
              setPropertyKey(event.currentTarget.value);
            }}
          />
          <FieldProblems messages={keyProblems} testId="adoption-property-problems" />
        </Stack>
      </Inline>
      <Inline space="space.100">
        <Button
          testId="adoption-dry-run"
          isDisabled={invalid || running || starting !== null}
          isLoading={starting === 'dryRun'}
          onClick={() => {
            void start({ label, propertyKey, dryRun: true });
          }}
        >
          Dry run
        </Button>
        <Button
          appearance="primary"
          testId="adoption-start"
          isDisabled={invalid || running || starting !== null}
          isLoading={starting === 'adopt'}
          onClick={() => {
            setConfirming(true);
          }}
        >
          Adopt issues
        </Button>
      </Inline>
      <ConfirmDialog
        isOpen={confirming}
        title="Adopt these issues?"
        body={`Issues labelled "${label}" whose ${propertyKey} property names a PeopleForce task are linked to this app and get its own property. Syncs then update them instead of creating new ones.`}
        confirmLabel="Adopt issues"
        testId="adoption-confirm"
        onCancel={() => {
          setConfirming(false);
        }}
        onConfirm={() => {
          setConfirming(false);
          void start({ label, propertyKey, dryRun: false });
        }}
      />
      {error === null ? null : (
        <LoadFailed title="The adoption could not run" error={error} testId="adoption-error" />
      )}
      {progress === null ? null : (
        <Stack space="space.100" testId="adoption-progress">
          <ProgressBar
            ariaLabel={progress.text}
            value={progress.fraction ?? 0}
            isIndeterminate={progress.fraction === null}
          />
          <Text>{progress.text}</Text>
        </Stack>
      )}
      {report === null || running ? null : <AdoptionReport report={report} siteUrl={siteUrl} />}
    </Stack>
  );
}
