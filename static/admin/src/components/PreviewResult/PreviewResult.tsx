import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { PreviewResult as PreviewAnswer } from '../../../../../src/config/admin-api';
import { CountSummary } from '../CountSummary/CountSummary';

type PreviewRule = PreviewAnswer['rules'][number];
type PreviewExample = PreviewRule['examples'][number];

const ruleHead = {
  cells: ['Rule', 'Create', 'Update', 'Transition', 'Unchanged', 'Drop', 'Fail'].map((content) => ({
    key: content,
    content,
  })),
};

function ruleRow(rule: PreviewRule, index: number) {
  const counts = [rule.create, rule.update, rule.transition, rule.unchanged, rule.drop, rule.fail];
  return {
    key: `${rule.ruleId ?? 'none'}-${index}`,
    cells: [
      { key: 'rule', content: rule.ruleName },
      ...counts.map((count, position) => ({ key: String(position), content: count })),
    ],
  };
}

const actionAppearance: Record<
  PreviewExample['action'],
  'success' | 'inprogress' | 'moved' | 'default' | 'removed'
> = {
  create: 'success',
  update: 'inprogress',
  transition: 'moved',
  unchanged: 'default',
  drop: 'default',
  fail: 'removed',
};

function Examples({ rule }: { rule: PreviewRule }) {
  if (rule.examples.length === 0) return null;
  return (
    <Stack space="space.050">
      <Text weight="bold">{rule.ruleName}: examples</Text>
      <Stack as="ul" space="space.050">
        {rule.examples.map((example) => (
          <Box as="li" key={`${example.taskId}-${example.action}`}>
            <Text>
              <Lozenge appearance={actionAppearance[example.action]}>{example.action}</Lozenge> #
              {example.taskId} {example.title}
              {example.issueKey === null ? '' : ` → ${example.issueKey}`} — {example.detail}
            </Text>
          </Box>
        ))}
      </Stack>
    </Stack>
  );
}

/** What a sync would do now: totals, per rule with examples, task problems and people without a Jira user. */
export function PreviewResult({ result }: { result: PreviewAnswer }) {
  return (
    <Stack space="space.300" testId="preview-result">
      {result.partial === null ? null : (
        <SectionMessage appearance="information" testId="preview-partial">
          <Text>{result.partial}</Text>
        </SectionMessage>
      )}
      <CountSummary counts={result.totals} testId="preview-totals" />
      <DynamicTable
        head={ruleHead}
        rows={result.rules.map(ruleRow)}
        label="What each rule would do"
        emptyView={<Text>No task matched any rule.</Text>}
        testId="preview-rules"
      />
      {result.rules.map((rule, index) => (
        <Examples key={`${rule.ruleId ?? 'none'}-${index}`} rule={rule} />
      ))}
      <Stack space="space.100" testId="preview-problems">
        <Heading size="xsmall" as="h3">
          Problems
        </Heading>
        {result.problems.length === 0 ? (
          <Text>None: every task can be mapped.</Text>
        ) : (
          <Stack as="ul" space="space.050">
            {result.problems.map((problem) => (
              <Box as="li" key={`${problem.taskId}-${problem.message}`}>
                <Text>
                  Task #{problem.taskId}: {problem.message}
                </Text>
              </Box>
            ))}
          </Stack>
        )}
      </Stack>
      <Stack space="space.100" testId="preview-unmatched-users">
        <Heading size="xsmall" as="h3">
          People without a Jira user
        </Heading>
        {result.unmatchedUsers.length === 0 ? (
          <Text>None: every assignee was found in Jira.</Text>
        ) : (
          <Stack as="ul" space="space.050">
            {result.unmatchedUsers.map((user) => (
              <Box as="li" key={user.email}>
                <Text>
                  {user.email} ({user.taskCount} {user.taskCount === 1 ? 'task' : 'tasks'})
                </Text>
              </Box>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
