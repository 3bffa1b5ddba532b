import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Rule } from '../../../../../src/config/schema';
import * as api from '../../api/admin-api';
import { JiraMetadataProvider } from '../../hooks/jira-metadata-provider';
import { hrRule, metadataFor, rule } from '../../test-support/jira-fixtures';
import { RulesTab } from './RulesTab';

jest.mock('../../api/admin-api', () => ({ getJiraMetadata: jest.fn() }));
const getJiraMetadata = jest.mocked(api.getJiraMetadata);

/** Holds the rules as App does, and exposes the latest list for assertions. */
function renderRules(initial: Rule[]) {
  const latest: { rules: Rule[] } = { rules: initial };
  function Harness() {
    const [rules, setRules] = useState(initial);
    return (
      <JiraMetadataProvider>
        <RulesTab
          rules={rules}
          problems={[]}
          onChange={(next) => {
            latest.rules = next;
            setRules(next);
          }}
        />
      </JiraMetadataProvider>
    );
  }
  render(<Harness />);
  return latest;
}

async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(await screen.findByLabelText(label));
  await user.click(await screen.findByText(option, { selector: '[role="option"], [role="option"] *' }));
}

beforeEach(() => {
  getJiraMetadata.mockReset();
  getJiraMetadata.mockImplementation((target = {}) => Promise.resolve(metadataFor(target)));
});

describe('RulesTab', () => {
  test('adding a condition appends one whose value can be typed', async () => {
    const user = userEvent.setup();
    const latest = renderRules([rule({ id: 'rule-1', name: 'Laptops' })]);

    await user.click(screen.getByTestId('add-condition'));
    await user.type(screen.getByLabelText('Value'), 'laptop');

    expect(latest.rules[0]?.conditions).toEqual([
      { field: 'title', operator: 'contains', values: ['laptop'], caseSensitive: false },
    ]);
  });

  test('moving the first rule down swaps it with the second, in the list and in the config', async () => {
    const user = userEvent.setup();
    const latest = renderRules([rule({ id: 'a', name: 'First' }), rule({ id: 'b', name: 'Second' })]);

    await user.click(screen.getByRole('button', { name: 'Move rule 1 down' }));

    expect(latest.rules.map((each) => each.id)).toEqual(['b', 'a']);
    expect(within(screen.getByTestId('rule-item-0')).getByText(/Second/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move rule 2 up' })).toHaveFocus();
  });

  test('choosing a target offers live Jira projects and their (non sub-task) issue types', async () => {
    const user = userEvent.setup();
    const latest = renderRules([rule({ id: 'rule-1', name: 'To HR' })]);

    await choose(user, 'Action', 'Sync to a Jira issue');
    await choose(user, 'Target project', 'People Ops (HR)');
    await user.click(screen.getByLabelText('Issue type'));
    expect(screen.queryByText('Sub-task')).not.toBeInTheDocument();
    await user.click(await screen.findByText('Task', { selector: '[role="option"], [role="option"] *' }));

    expect(latest.rules[0]?.action).toEqual({
      type: 'sync',
      projectKey: 'HR',
      issueTypeId: '10001',
      fieldMappings: [],
    });
    expect(getJiraMetadata).toHaveBeenCalledWith({ projectKey: 'HR', issueTypeId: '10001' });
  });

  test('a template mapping shows what the example task yields', async () => {
    const user = userEvent.setup();
    const latest = renderRules([hrRule('rule-1', 'To HR')]);

    await choose(user, 'Jira field to map', 'Summary (required)');
    await user.click(screen.getByTestId('add-mapping'));
    await choose(user, 'Value comes from', 'Template');
    const template = screen.getByLabelText('Template, with {{task field}} placeholders');
    await user.clear(template);
    await user.click(template);
    await user.paste('{{title}} for {{associated_to.full_name}}');

    expect(screen.getByTestId('mapping-summary-example')).toHaveTextContent('Prepare laptop for Bobby Smith');
    expect(latest.rules[0]?.action).toMatchObject({
      fieldMappings: [
        {
          fieldId: 'summary',
          source: { kind: 'template', template: '{{title}} for {{associated_to.full_name}}' },
        },
      ],
    });
  });

  test('a template naming an unknown task field is flagged before saving', async () => {
    const user = userEvent.setup();
    renderRules([
      hrRule('rule-1', 'To HR', [{ fieldId: 'summary', source: { kind: 'template', template: '' } }]),
    ]);

    const template = await screen.findByLabelText('Template, with {{task field}} placeholders');
    await user.click(template);
    await user.paste('{{titel}}');

    expect(screen.getByTestId('mapping-summary-value-problems')).toHaveTextContent(
      'template: unknown task field "titel" at character 1',
    );
  });
});
