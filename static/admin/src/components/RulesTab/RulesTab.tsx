import { useState } from 'react';
import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import type { Problem } from '../../../../../src/config/admin-api';
import type { Rule } from '../../../../../src/config/schema';
import { isAtOrBelow, rulePath } from '../../model/problems';
import { move, newRule, removeAt, replaceAt } from '../../model/rule-list';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { RuleEditor } from '../RuleEditor/RuleEditor';
import { RuleList } from '../RuleList/RuleList';

interface RulesTabProps {
  rules: readonly Rule[];
  problems: readonly Problem[];
  /** `reordered` is true when rules were added, removed or moved: problems addressed by index are then stale. */
  onChange: (rules: Rule[], reordered: boolean) => void;
}

const listStyle = { width: 300, flexShrink: 0 };
const editorStyle = { flexGrow: 1, minWidth: 0 };

function indexesWithProblems(rules: readonly Rule[], problems: readonly Problem[]): Set<number> {
  return new Set(
    rules
      .map((_, index) => index)
      .filter((index) => problems.some((problem) => isAtOrBelow(problem.path, rulePath(index)))),
  );
}

/** The ordered routing rules: a list to pick, reorder, add and delete, and the editor of the chosen rule. */
export function RulesTab({ rules, problems, onChange }: RulesTabProps) {
  const [selected, setSelected] = useState(0);
  const [pendingDelete, setPendingDelete] = useState<number | null>(null);
  const selectedIndex = Math.min(selected, Math.max(rules.length - 1, 0));
  const rule = rules[selectedIndex];

  const addRule = () => {
    onChange([...rules, newRule(rules)], true);
    setSelected(rules.length);
  };

  if (rule === undefined) {
    return (
      <EmptyState
        header="No rules yet"
        description="Rules decide which PeopleForce tasks become Jira issues, in which project, with which fields. Without a rule nothing is synced."
        primaryAction={
          <Button appearance="primary" onClick={addRule} testId="add-rule">
            Add the first rule
          </Button>
        }
        testId="rules-empty"
      />
    );
  }

  return (
    <Stack space="space.300">
      <Inline space="space.300" alignBlock="start">
        <Box style={listStyle}>
          <Stack space="space.150">
            <RuleList
              rules={rules}
              selectedIndex={selectedIndex}
              rulesWithProblems={indexesWithProblems(rules, problems)}
              onSelect={setSelected}
              onMove={(index, delta) => {
                onChange(move(rules, index, delta), true);
                if (index === selectedIndex) setSelected(index + delta);
                else if (index + delta === selectedIndex) setSelected(index);
              }}
              onDelete={setPendingDelete}
            />
            <Button onClick={addRule} testId="add-rule">
              Add rule
            </Button>
          </Stack>
        </Box>
        <Box style={editorStyle}>
          <RuleEditor
            key={rule.id}
            rule={rule}
            ruleIndex={selectedIndex}
            problems={problems}
            onChange={(next) => {
              onChange(replaceAt(rules, selectedIndex, next), false);
            }}
          />
        </Box>
      </Inline>
      <ConfirmDialog
        isOpen={pendingDelete !== null}
        title="Delete this rule?"
        body={`"${rules[pendingDelete ?? 0]?.name ?? ''}" will be removed when you save. Discard brings it back until then.`}
        confirmLabel="Delete rule"
        testId="delete-rule-dialog"
        onCancel={() => {
          setPendingDelete(null);
        }}
        onConfirm={() => {
          if (pendingDelete !== null) onChange(removeAt(rules, pendingDelete), true);
          if (pendingDelete !== null && pendingDelete < selectedIndex) setSelected(selectedIndex - 1);
          setPendingDelete(null);
        }}
      />
    </Stack>
  );
}
