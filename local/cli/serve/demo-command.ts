/**
 * The commands `serve` accepts on stdin for the demo: act as a person in Jira or PeopleForce, run a poll, look
 * at the state. Parsing is separate from doing, so every form is checked without a running app.
 */
export type DemoCommand =
  | { kind: 'done' | 'reopen'; issueKey: string }
  | { kind: 'complete' | 'reopen-task'; taskId: number }
  | { kind: 'rename'; taskId: number; title: string }
  | { kind: 'poll' | 'status' | 'help' | 'quit' | 'empty' }
  | { kind: 'invalid'; message: string };

export const DEMO_HELP: readonly string[] = [
  'done HR-12               move the issue to done in Jira, as a Jira user (the app completes its PeopleForce task)',
  'reopen HR-12             move the issue back out of done (the app reopens the task)',
  'complete 1234            complete PeopleForce task 1234 (the next poll moves its issue to done)',
  'reopen-task 1234         reopen PeopleForce task 1234',
  'rename 1234 New title    rename PeopleForce task 1234 (the next poll edits the summary)',
  'poll                     run the scheduled poll now',
  'status                   the stored run history and error queue',
  'help                     this list',
  'quit                     stop (as Ctrl-C does)',
];

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;

export function parseDemoCommand(line: string): DemoCommand {
  const [word = '', ...rest] = line
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '');
  const name = word.toLowerCase();
  switch (name) {
    case '':
      return { kind: 'empty' };
    case 'done':
    case 'reopen':
      return issueCommand(name, rest);
    case 'complete':
    case 'reopen-task':
      return taskCommand(name, rest);
    case 'rename':
      return renameCommand(rest);
    case 'poll':
    case 'status':
    case 'help':
      return { kind: name };
    case 'quit':
    case 'exit':
      return { kind: 'quit' };
    default:
      return { kind: 'invalid', message: `Unknown command "${word}"; type help for the list.` };
  }
}

function issueCommand(kind: 'done' | 'reopen', args: string[]): DemoCommand {
  const issueKey = args[0]?.toUpperCase();
  if (args.length !== 1 || issueKey === undefined || !ISSUE_KEY.test(issueKey)) {
    return { kind: 'invalid', message: `Usage: ${kind} ISSUE-KEY, e.g. ${kind} HR-12` };
  }
  return { kind, issueKey };
}

function taskCommand(kind: 'complete' | 'reopen-task', args: string[]): DemoCommand {
  const taskId = taskIdOf(args[0]);
  if (args.length !== 1 || taskId === null) {
    return { kind: 'invalid', message: `Usage: ${kind} TASK-ID, e.g. ${kind} 1234` };
  }
  return { kind, taskId };
}

function renameCommand(args: string[]): DemoCommand {
  const taskId = taskIdOf(args[0]);
  const title = args.slice(1).join(' ');
  if (taskId === null || title === '') {
    return { kind: 'invalid', message: 'Usage: rename TASK-ID NEW TITLE, e.g. rename 1234 Order a laptop' };
  }
  return { kind: 'rename', taskId, title };
}

function taskIdOf(text: string | undefined): number | null {
  if (text === undefined || !/^\d+$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
