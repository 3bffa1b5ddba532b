import { useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { Rule } from '../../../../../src/config/schema';
import { bordered, selectedBorder, stackedList } from '../../styles/surfaces';

interface RuleListProps {
  rules: readonly Rule[];
  selectedIndex: number;
  /** Indexes of rules the last save found problems in. */
  rulesWithProblems: ReadonlySet<number>;
  onSelect: (index: number) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onDelete: (index: number) => void;
}

function targetText(rule: Rule): string {
  if (rule.action.type === 'drop') return 'drops the task';
  if (rule.action.projectKey === '') return 'no target yet';
  return `→ ${rule.action.projectKey}`;
}

type Direction = -1 | 1;

/**
 * Keeps keyboard focus on the moved rule's button after a move; when that button became disabled (the rule
 * reached an end of the list), focus goes to its other move button.
 */
function useMoveFocus(rules: readonly Rule[]) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [pending, setPending] = useState<{ ruleId: string; direction: Direction } | null>(null);
  useEffect(() => {
    if (pending === null) return;
    const wanted = buttons.current.get(`${pending.ruleId}:${pending.direction}`);
    const other = buttons.current.get(`${pending.ruleId}:${-pending.direction}`);
    const target = wanted !== undefined && !wanted.disabled ? wanted : other;
    target?.focus();
    setPending(null);
  }, [pending, rules]);
  const register = (ruleId: string, direction: Direction) => (element: HTMLButtonElement | null) => {
    if (element === null) buttons.current.delete(`${ruleId}:${direction}`);
    else buttons.current.set(`${ruleId}:${direction}`, element);
  };
  return { register, focusAfterMove: setPending };
}

/** The rules in the order they are tried, with buttons (not drag and drop) so that the keyboard can reorder. */
export function RuleList({
  rules,
  selectedIndex,
  rulesWithProblems,
  onSelect,
  onMove,
  onDelete,
}: RuleListProps) {
  const { register, focusAfterMove } = useMoveFocus(rules);
  const move = (rule: Rule, index: number, direction: Direction) => {
    onMove(index, direction);
    focusAfterMove({ ruleId: rule.id, direction });
  };
  return (
    <ol data-testid="rule-list" aria-label="Rules, in the order they are tried" style={stackedList}>
      {rules.map((rule, index) => (
        <Box
          as="li"
          key={rule.id}
          style={index === selectedIndex ? selectedBorder : bordered}
          padding="space.100"
          testId={`rule-item-${index}`}
        >
          <Stack space="space.075">
            <Button
              appearance="subtle"
              shouldFitContainer
              isSelected={index === selectedIndex}
              aria-current={index === selectedIndex ? 'true' : undefined}
              testId={`rule-select-${index}`}
              onClick={() => {
                onSelect(index);
              }}
            >
              {index + 1}. {rule.name === '' ? '(no name)' : rule.name}
            </Button>
            <Inline space="space.050" shouldWrap alignBlock="center">
              <Text size="small" color="color.text.subtle">
                {targetText(rule)}
              </Text>
              {rule.enabled ? null : <Lozenge>Off</Lozenge>}
              {rulesWithProblems.has(index) ? <Lozenge appearance="removed">Problems</Lozenge> : null}
            </Inline>
            <Inline space="space.050">
              <Button
                spacing="compact"
                ref={register(rule.id, -1)}
                isDisabled={index === 0}
                onClick={() => {
                  move(rule, index, -1);
                }}
                aria-label={`Move rule ${index + 1} up`}
                testId={`rule-move-up-${index}`}
              >
                Up
              </Button>
              <Button
                spacing="compact"
                ref={register(rule.id, 1)}
                isDisabled={index === rules.length - 1}
                onClick={() => {
                  move(rule, index, 1);
                }}
                aria-label={`Move rule ${index + 1} down`}
                testId={`rule-move-down-${index}`}
              >
                Down
              </Button>
              <Button
                spacing="compact"
                appearance="subtle"
                onClick={() => {
                  onDelete(index);
                }}
                aria-label={`Delete rule ${index + 1}`}
                testId={`rule-delete-${index}`}
              >
                Delete
              </Button>
            </Inline>
          </Stack>
        </Box>
      ))}
    </ol>
  );
}
