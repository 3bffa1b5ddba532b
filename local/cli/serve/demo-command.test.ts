import { parseDemoCommand } from './demo-command';

describe('parseDemoCommand', () => {
  it.each([
    ['done HR-12', { kind: 'done', issueKey: 'HR-12' }],
    ['  reopen it-3 ', { kind: 'reopen', issueKey: 'IT-3' }],
    ['complete 1234', { kind: 'complete', taskId: 1234 }],
    ['reopen-task 7', { kind: 'reopen-task', taskId: 7 }],
    ['rename 1234 Order a   laptop', { kind: 'rename', taskId: 1234, title: 'Order a laptop' }],
    ['POLL', { kind: 'poll' }],
    ['status', { kind: 'status' }],
    ['help', { kind: 'help' }],
    ['exit', { kind: 'quit' }],
    ['   ', { kind: 'empty' }],
  ])('reads %j', (line, command) => {
    expect(parseDemoCommand(line)).toEqual(command);
  });

  it.each([
    ['done', 'Usage: done ISSUE-KEY'],
    ['done 12', 'Usage: done ISSUE-KEY'],
    ['complete HR-1', 'Usage: complete TASK-ID'],
    ['complete 0', 'Usage: complete TASK-ID'],
    ['rename 12', 'Usage: rename TASK-ID NEW TITLE'],
    ['launch', 'Unknown command "launch"'],
  ])('explains what is wrong with %j', (line, message) => {
    const command = parseDemoCommand(line);
    expect(command.kind).toBe('invalid');
    expect(command.kind === 'invalid' ? command.message : '').toContain(message);
  });
});
