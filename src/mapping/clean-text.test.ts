import { collapseWhitespace, normalizeLineEndings, removeControlCharacters, singleLine } from './clean-text';

describe('clean text', () => {
  it('removes C0 controls and DEL but keeps tab, newlines and form feed', () => {
    expect(removeControlCharacters('a\u0000b\u0008c\u000bd\u001fe\u007ff\t\n\r\f')).toBe('abcdef\t\n\r\f');
  });

  it('returns text without controls unchanged', () => {
    expect(removeControlCharacters('plain ✓')).toBe('plain ✓');
  });

  it('collapses HTML whitespace but not U+00A0', () => {
    expect(collapseWhitespace('a \t\n\r\f b\u00a0\u00a0c')).toBe('a b\u00a0\u00a0c');
  });

  it('makes one trimmed line and cuts it with an ellipsis', () => {
    expect(singleLine('  one\ntwo  ', 255)).toBe('one two');
    expect(singleLine('abcdef', 4)).toBe('abc…');
    expect(singleLine('abcd', 4)).toBe('abcd');
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs, RTL marks and zero-width joiners', () => {
    expect(removeControlCharacters('a\ud800b\udc00c')).toBe('a\ufffdb\ufffdc');
    const kept = 'שלום \u200f👩\u200d💻 zero\u200bwidth';
    expect(removeControlCharacters(kept)).toBe(kept);
  });

  it('makes one line of NEL, line and paragraph separators too', () => {
    expect(singleLine('one\u2028two\u2029three\u0085four', 255)).toBe('one two three four');
  });

  it('never cuts an emoji in half at the limit', () => {
    const cut = singleLine(`${'a'.repeat(253)}😀😀`, 255);
    expect(cut).toBe(`${'a'.repeat(253)}…`);
    expect(cut.length).toBeLessThanOrEqual(255);
    expect(singleLine(`${'a'.repeat(252)}😀😀`, 255)).toBe(`${'a'.repeat(252)}😀…`);
  });

  it('normalises CRLF and CR to LF', () => {
    expect(normalizeLineEndings('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});
