import { renderTemplate, validateTemplate } from './template';
import { buildTask } from './test-task';

describe('renderTemplate', () => {
  const task = buildTask({ ends_on: null });

  it.each<[string, string]>([
    ['{{title}}', 'Prepare laptop'],
    ['{{ title }} — {{associated_to.full_name}}', 'Prepare laptop — Bobby Smith'],
    ['#{{id}} done: {{completed}}', '#7654321 done: false'],
    ['due {{ends_on}}!', 'due !'],
    ['{{nope}}x', 'x'],
    ['no placeholders', 'no placeholders'],
    ['{{title', '{{title'],
    ['title}}', 'title}}'],
    ['{{{title}}}', '{Prepare laptop}'],
  ])('renders %j as %j', (template, expected) => {
    expect(renderTemplate(template, task)).toBe(expected);
  });
});

describe('validateTemplate', () => {
  it.each<[string, string[]]>([
    ['{{title}} for {{ assigned_to.email }}', []],
    ['plain text', []],
    ['{{titel}}', ['unknown task field "titel" at character 1']],
    ['a {{ }}', ['the placeholder at character 3 names no task field']],
    ['{{title', ['"{{" at character 1 is never closed with "}}"']],
    ['x}}', ['"}}" at character 2 has no matching "{{"']],
    ['{{a {{title}}', ['"{{" at character 1 is never closed with "}}"']],
    ['{{$.title}}', ['unknown task field "$.title" at character 1']],
  ])('%j has problems %j', (template, expected) => {
    expect(validateTemplate(template)).toEqual(expected);
  });
});
