import { htmlToPlainText } from './html-to-plain-text';

describe('htmlToPlainText', () => {
  it('gives the visible text with lines kept and markup removed', () => {
    expect(htmlToPlainText('<p>Start on <b>Monday</b></p><ul><li>laptop</li></ul><script>x</script>')).toBe(
      'Start on Monday\n- laptop',
    );
  });

  it('gives the empty string for null', () => {
    expect(htmlToPlainText(null)).toBe('');
  });
});
