import DynamicTable from '@atlaskit/dynamic-table';
import { Text } from '@atlaskit/primitives';
import type { UnmatchedUser } from '../../../../../src/config/records';
import { timeText } from '../../model/run-outcome';

const head = {
  cells: [
    { key: 'email', content: 'PeopleForce email' },
    { key: 'tasks', content: 'Tasks' },
    { key: 'seen', content: 'Last seen' },
  ],
};

/** People whose email matched no Jira user: their issues were left unassigned or given the fallback assignee. */
export function UnmatchedUsers({ users }: { users: readonly UnmatchedUser[] }) {
  const rows = users.map((user) => ({
    key: user.email,
    cells: [
      { key: 'email', content: user.email },
      { key: 'tasks', content: user.taskCount },
      { key: 'seen', content: timeText(user.lastSeenAt) },
    ],
  }));
  return (
    <DynamicTable
      head={head}
      rows={rows}
      label="PeopleForce people without a Jira user"
      emptyView={<Text>Every assignee was found in Jira.</Text>}
      testId="unmatched-users"
    />
  );
}
