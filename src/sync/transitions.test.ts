import { chooseTransition } from './transitions';
import type { IssueTransition } from './sync.types';

const t = (id: string, name: string, to: string, category: string): IssueTransition => ({
  id,
  name,
  to: { id: `s${id}`, name: to, statusCategory: { key: category } },
});

const workflow = [
  t('11', 'Start progress', 'In Progress', 'indeterminate'),
  t('21', 'Cancel', 'Cancelled', 'done'),
  t('31', 'Done', 'Done', 'done'),
  t('41', 'Reopen', 'To Do', 'new'),
];

describe('chooseTransition', () => {
  it.each([
    ['picks the conventional done transition over Cancel', workflow, 'done', null, '31'],
    [
      'accepts a transition named after its target status',
      [t('5', 'Resolve', 'Resolved', 'done')],
      'done',
      null,
      '5',
    ],
    ['uses the configured status even when it is a cancel', workflow, 'done', 'Cancelled', '21'],
    ['matches a configured status by id', workflow, 'done', 's31', '31'],
    ['reopens to a to-do category status', workflow, 'reopen', null, '41'],
    [
      'reopens to in progress when nothing returns to to-do',
      [t('11', 'Start progress', 'In Progress', 'indeterminate')],
      'reopen',
      null,
      '11',
    ],
  ] as const)('%s', (_title, transitions, direction, configured, expectedId) => {
    const choice = chooseTransition(transitions, direction, configured);
    expect(choice.ok && choice.transition.id).toBe(expectedId);
  });

  it('refuses to use Cancel or Won’t do as done when nothing else is there', () => {
    const choice = chooseTransition(
      [t('21', 'Cancel', 'Cancelled', 'done'), t('22', "Won't do", "Won't do", 'done')],
      'done',
      null,
    );
    expect(!choice.ok && choice.reason).toContain('Cancel → Cancelled');
  });

  it('explains a configured status that cannot be reached', () => {
    const choice = chooseTransition(workflow, 'done', 'Shipped');
    expect(!choice.ok && choice.reason).toContain('"Shipped" cannot be reached');
  });
});
