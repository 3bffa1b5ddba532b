import { PLAIN_STYLE, withMark } from './inline-style';
import { settleInlineRun } from './inline-run';
import type { InlineItem } from './rich-text.types';

const bold = withMark(PLAIN_STYLE, 'strong');
const text = (value: string, style = PLAIN_STYLE): InlineItem => ({ kind: 'text', text: value, style });
const br: InlineItem = { kind: 'break' };

describe('settleInlineRun', () => {
  it.each<[string, InlineItem[], InlineItem[] | null]>([
    ['nothing visible gives null', [text('  \n ')], null],
    ['an empty run gives null', [], null],
    ['a lone break is a blank line', [br], []],
    ['a break after only spaces is a blank line', [text('  '), br], []],
    ['runs of whitespace collapse to one space', [text('a \t\n b')], [text('a b')]],
    ['leading and trailing spaces vanish', [text('  a  ')], [text('a')]],
    [
      'a space ending one run drops the next run’s leading space',
      [text('a '), text(' b', bold)],
      [text('a '), text('b', bold)],
    ],
    ['spaces before and after a break vanish', [text('a  '), br, text('  b')], [text('a'), br, text('b')]],
    ['a single trailing break is dropped', [text('a'), br], [text('a')]],
    ['two trailing breaks keep one', [text('a'), br, br], [text('a'), br]],
    [
      'a run that is only a space between styled runs survives',
      [text('a', bold), text(' '), text('b', bold)],
      [text('a', bold), text(' '), text('b', bold)],
    ],
    ['neighbouring runs with the same style merge', [text('a'), text('b')], [text('ab')]],
    ['U+00A0 is not collapsed', [text('\u00a0 \u00a0')], [text('\u00a0 \u00a0')]],
  ])('%s', (_title, raw, expected) => {
    expect(settleInlineRun(raw)).toEqual(expected);
  });
});
