import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { Anchor, Inline, Stack, Text } from '@atlaskit/primitives';
import type { TaskSnapshot } from '../../../../../src/config/task-trail';

interface TaskFactsProps {
  snapshot: TaskSnapshot;
  taskUrl: string | null;
}

/** A `YYYY-MM-DD` date as people read it, without shifting it through a time zone. */
export function dateText(isoDate: string | null): string {
  if (isoDate === null) return '—';
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap testId={testId}>
      <Text color="color.text.subtle">{label}</Text>
      {children}
    </Inline>
  );
}

/** The task as PeopleForce had it at the last sync: whom it is about, who assigned it, when it is due. */
export function TaskFacts({ snapshot, taskUrl }: TaskFactsProps) {
  const { person, assignee, createdBy } = snapshot;
  return (
    <Stack space="space.100" testId="task-facts">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Text weight="bold" testId="task-title">
          {snapshot.title}
        </Text>
        <Lozenge appearance={snapshot.completed ? 'success' : 'inprogress'} testId="task-completed">
          {snapshot.completed ? 'Done in PeopleForce' : 'Open in PeopleForce'}
        </Lozenge>
      </Inline>
      <Fact label="About" testId="task-person">
        <Text>{person?.name ?? person?.email ?? '—'}</Text>
        {person?.type ? <Lozenge>{person.type}</Lozenge> : null}
      </Fact>
      <Fact label="Assignee" testId="task-assignee">
        <Text>{assignee?.name ?? assignee?.email ?? 'Unassigned'}</Text>
      </Fact>
      {createdBy ? (
        <Fact label="Assigned by" testId="task-created-by">
          <Text>{createdBy.name ?? createdBy.email ?? '—'}</Text>
        </Fact>
      ) : null}
      <Fact label="Due" testId="task-due">
        <Text>{dateText(snapshot.dueOn)}</Text>
        {snapshot.startsOn ? (
          <Text color="color.text.subtle">starts {dateText(snapshot.startsOn)}</Text>
        ) : null}
      </Fact>
      {taskUrl === null ? null : (
        <Anchor href={taskUrl} target="_blank" testId="task-open-in-peopleforce">
          Open in PeopleForce
        </Anchor>
      )}
    </Stack>
  );
}
