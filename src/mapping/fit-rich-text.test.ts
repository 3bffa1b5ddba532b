import { adfToPlainText } from './adf-to-plain-text';
import { adfProblem } from './adf-validation';
import { fitRichText, RICH_TEXT_LIMIT, SHORTENED_NOTICE } from './fit-rich-text';
import { htmlToAdf } from './html-to-adf';
import { plainTextToAdf } from './plain-text-to-adf';

const jsonLength = (value: unknown) => JSON.stringify(value).length;

describe('fitRichText', () => {
  it('leaves a document within the limit unchanged', () => {
    const document = htmlToAdf('<p>Bring <b>ID</b></p><ul><li>laptop</li></ul>');
    expect(fitRichText(document)).toBe(document);
  });

  it('keeps whole leading paragraphs, then says the description was shortened', () => {
    const paragraphs = Array.from({ length: 400 }, (_, index) => `<p>Step ${index}: ${'x'.repeat(90)}</p>`);
    const fitted = fitRichText(htmlToAdf(paragraphs.join('')));
    const text = adfToPlainText(fitted);
    expect(jsonLength(fitted)).toBeLessThanOrEqual(RICH_TEXT_LIMIT);
    expect(text).toContain('Step 0: ');
    expect(text).not.toContain('Step 399: ');
    expect(text.endsWith(SHORTENED_NOTICE)).toBe(true);
    expect(adfProblem(fitted)).toBeNull();
  });

  it('keeps the text of one paragraph too long on its own up to the limit, emoji whole', () => {
    const plain = '😀'.repeat(40_000);
    const fitted = fitRichText(plainTextToAdf(plain));
    const text = adfToPlainText(fitted);
    expect(jsonLength(fitted)).toBeLessThanOrEqual(RICH_TEXT_LIMIT);
    expect(jsonLength(fitted)).toBeGreaterThan(RICH_TEXT_LIMIT - 200);
    expect(text.startsWith('😀'.repeat(1000))).toBe(true);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(text.endsWith(SHORTENED_NOTICE)).toBe(true);
    expect(adfProblem(fitted)).toBeNull();
  });

  it('counts escaped characters as JSON does, so quotes and newlines cannot push it over', () => {
    const fitted = fitRichText(plainTextToAdf('"\\'.repeat(20_000)));
    expect(jsonLength(fitted)).toBeLessThanOrEqual(RICH_TEXT_LIMIT);
  });
});
