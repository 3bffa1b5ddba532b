import { isKnownTaskPath, readTaskPath, type TaskView } from './task-view';

/** `{{ path }}`; whitespace inside the braces is allowed. */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const BRACES = /\{\{|\}\}/g;

/**
 * Text with each `{{path}}` replaced by the task's value. A null or unknown value renders as nothing;
 * `validateTemplate` is what tells the admin about unknown paths, so rendering never fails.
 */
export function renderTemplate(template: string, task: TaskView): string {
  return template.replace(PLACEHOLDER, (_placeholder, path: string) => {
    const value = readTaskPath(task, path);
    return value === null ? '' : String(value);
  });
}

/** The problems an admin should fix: unknown task fields, empty placeholders, unbalanced braces. */
export function validateTemplate(template: string): string[] {
  const problems: string[] = [];
  let openAt: number | null = null;
  for (const brace of template.matchAll(BRACES)) {
    const at = brace.index;
    if (brace[0] === '{{') {
      if (openAt !== null) problems.push(unclosed(openAt));
      openAt = at;
    } else if (openAt === null) {
      problems.push(`"}}" at character ${at + 1} has no matching "{{"`);
    } else {
      problems.push(...placeholderProblems(template.slice(openAt + 2, at).trim(), openAt));
      openAt = null;
    }
  }
  if (openAt !== null) problems.push(unclosed(openAt));
  return problems;
}

function unclosed(at: number): string {
  return `"{{" at character ${at + 1} is never closed with "}}"`;
}

function placeholderProblems(path: string, at: number): string[] {
  if (path === '') return [`the placeholder at character ${at + 1} names no task field`];
  if (!isKnownTaskPath(path)) return [`unknown task field "${path}" at character ${at + 1}`];
  return [];
}
