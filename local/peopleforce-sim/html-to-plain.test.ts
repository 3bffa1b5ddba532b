import { htmlToPlain } from './html-to-plain';

describe('htmlToPlain', () => {
  it.each([
    ['paragraphs on their own lines', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['entities decoded', '<p>Q&amp;A&nbsp;at 5&lt;6</p>', 'Q&A at 5<6'],
    ['list items bulleted', '<ul><li>A</li><li>B</li></ul>', '• A\n• B'],
    ['table cells joined', '<table><tr><th>Item</th><th>Owner</th></tr></table>', 'Item | Owner'],
    ['images as their alt text', '<p><img src="x.png" alt="Seat map"></p>', '[Seat map]'],
    ['links as their text', '<a href="https://x.example">guide</a>', 'guide'],
    ['line breaks kept', 'a<br>b<br/>c', 'a\nb\nc'],
  ])('%s', (_case, html, plain) => {
    expect(htmlToPlain(html)).toBe(plain);
  });
});
