import { Label } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { Choice } from '../../model/choice';
import { FieldProblems } from '../FieldProblems/FieldProblems';

interface LabelledSelectProps {
  id: string;
  label: string;
  options: readonly Choice[];
  value: string | null;
  onChange: (value: string) => void;
  /** Atlaskit derives `${testId}-select--container`, `--input`, `--option-N`… from it. */
  testId: string;
  placeholder?: string;
  isDisabled?: boolean;
  isLoading?: boolean;
  problems?: readonly string[];
}

/**
 * A labelled Atlaskit select over string values. A value missing from the options (saved before Jira's
 * metadata arrived, or no longer offered) is still shown, so that nothing silently changes.
 */
export function LabelledSelect(props: LabelledSelectProps) {
  const problems = props.problems ?? [];
  const known = props.options.find((option) => option.value === props.value);
  const selected =
    known ?? (props.value === null || props.value === '' ? null : { label: props.value, value: props.value });
  return (
    <Stack space="space.050">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Select<Choice>
        inputId={props.id}
        testId={props.testId}
        options={props.options}
        value={selected}
        onChange={(choice) => {
          if (choice !== null) props.onChange(choice.value);
        }}
        placeholder={props.placeholder ?? 'Choose…'}
        isDisabled={props.isDisabled ?? false}
        isLoading={props.isLoading ?? false}
        isInvalid={problems.length > 0}
      />
      <FieldProblems messages={problems} testId={`${props.testId}-problems`} />
    </Stack>
  );
}
