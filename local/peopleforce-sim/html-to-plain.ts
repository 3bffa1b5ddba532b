/**
 * The simulator's stand-in for PeopleForce's `description_plain`: text of the rich-text HTML with paragraphs on
 * their own lines, list items bulleted, table cells joined by " | ", images as [alt]. It only has to be
 * plausible for HTML the simulator stores, so a few regular expressions are enough.
 */
const entities: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
};

export function htmlToPlain(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<img[^>]*\balt="([^"]*)"[^>]*>/gi, '[$1]')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<\/(li|tr)>/gi, '\n')
    .replace(/<\/(td|th)>/gi, ' | ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|table)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_match, name: string) => entities[name] ?? '');
  return text
    .replace(/ \| (?=\n|$)/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
