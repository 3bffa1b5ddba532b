import fc from 'fast-check';
import {
  attachmentName,
  fileNameFromUrl,
  imageName,
  isAttachmentAnchor,
  linkableHref,
  webHref,
} from './link-targets';

describe('linkableHref', () => {
  it.each<[string | undefined, string | null]>([
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['  http://example.com  ', 'http://example.com/'],
    ['mailto:hr@example.com', 'mailto:hr@example.com'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['/relative/path', null],
    ['http://[broken', null],
    [undefined, null],
  ])('%s → %s', (raw, expected) => {
    expect(linkableHref(raw)).toBe(expected);
  });

  it('never lets a script-capable scheme through, however it is spelt', () => {
    const scheme = fc
      .constantFrom('javascript', 'data', 'vbscript', 'file', 'blob')
      .chain((name) =>
        fc
          .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
          .map((upper) =>
            name.replace(/./g, (char, index: number) => (upper[index] ? char.toUpperCase() : char)),
          ),
      );
    const padding = fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u00a0');
    fc.assert(
      fc.property(padding, scheme, fc.string(), (pad, name, rest) => {
        expect(linkableHref(`${pad}${name}:${rest}`)).toBeNull();
        expect(webHref(`${pad}${name}:${rest}`)).toBeNull();
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const href = linkableHref(raw);
        if (href !== null) expect(href).toMatch(/^(https?:|mailto:)/);
      }),
      { numRuns: 1000 },
    );
  });

  it('webHref refuses mailto, which is no place to fetch an attachment from', () => {
    expect(webHref('mailto:a@b.c')).toBeNull();
    expect(webHref('https://a.io/f')).toBe('https://a.io/f');
  });
});

describe('fileNameFromUrl', () => {
  it.each<[string | undefined, string | null]>([
    ['https://x.io/a/b/report%20Q1.pdf?x=1#y', 'report Q1.pdf'],
    ['/rails/active_storage/blobs/abc/cv.docx', 'cv.docx'],
    ['https://x.io/', null],
    ['https://x.io/a/%E0%A4%A', '%E0%A4%A'],
    ['data:image/png;base64,AAAA', null],
    [undefined, null],
  ])('%s → %s', (raw, expected) => {
    expect(fileNameFromUrl(raw)).toBe(expected);
  });
});

describe('attachments and images', () => {
  it.each<[string, Record<string, string>, boolean]>([
    [
      'an Active Storage URL',
      { href: 'https://app.peopleforce.io/rails/active_storage/blobs/x/a.pdf' },
      true,
    ],
    ['an attachments path', { href: 'https://x.io/attachments/7/a.pdf' }, true],
    ['a download attribute, even empty', { href: 'https://x.io/f', download: '' }, true],
    ['a name attribute', { name: 'plan.xlsx' }, true],
    ['an empty name attribute', { name: ' ', href: 'https://x.io/page' }, false],
    ['an ordinary link', { href: 'https://x.io/page' }, false],
  ])('%s is an attachment: %s', (_title, attributes, expected) => {
    expect(isAttachmentAnchor(attributes)).toBe(expected);
  });

  it.each<[string, Record<string, string>, string, string]>([
    [
      'download attribute first',
      { download: 'cv.docx', name: 'n', href: 'https://x.io/f.pdf' },
      'text',
      'cv.docx',
    ],
    ['then the name attribute', { name: 'plan.xlsx', href: 'https://x.io/f.pdf' }, 'text', 'plan.xlsx'],
    ['then the anchor text', { href: 'https://x.io/f.pdf' }, '  Contract \n signed ', 'Contract signed'],
    ['then the file in the URL', { href: 'https://x.io/f.pdf' }, ' ', 'f.pdf'],
    ['else a generic name', {}, '', 'file'],
  ])('attachment name: %s', (_title, attributes, text, expected) => {
    expect(attachmentName(attributes, text)).toBe(expected);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'name before alt, title and file',
      { name: 'onepager.png', alt: 'a', title: 't', src: 'https://x.io/a' },
      'onepager.png',
    ],
    [
      'alt before title and file',
      { name: ' ', alt: 'Org chart', title: 't', src: 'https://x.io/a' },
      'Org chart',
    ],
    ['title before file', { title: ' Team photo ', src: 'https://x.io/a' }, 'Team photo'],
  ])('image name: %s', (_title, attributes, expected) => {
    expect(imageName(attributes)).toBe(expected);
  });

  it('names an image by alt, then by file, then generically', () => {
    expect(imageName({ alt: ' Logo ', src: 'https://x.io/l.png' })).toBe('Logo');
    expect(imageName({ src: 'https://x.io/l.png' })).toBe('l.png');
    expect(imageName({ src: 'data:image/png;base64,AAAA' })).toBe('image');
  });

  it('cuts very long names', () => {
    expect(attachmentName({ download: 'x'.repeat(500) }, '')).toHaveLength(120);
  });
});
