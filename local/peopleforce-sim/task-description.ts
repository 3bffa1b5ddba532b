import { attachmentNames, imageNames } from './company-vocabulary';
import type { SeededRandom } from './seeded-random';

export interface DescriptionContext {
  assigneeFirstName: string;
  subjectName: string | null;
  /** ISO date the task is due, if any. */
  dueOn: string | null;
  domain: string;
  steps: readonly string[];
  guide: { label: string; path: string } | null;
}

/** A description and its `description_plain`, written together: as `htmlToPlain(html)` would give, but faster. */
export interface Description {
  html: string;
  plain: string;
}

const blobBase = 'https://app.peopleforce.io/rails/active_storage/blobs/redirect';

/**
 * Rich-text HTML like PeopleForce's editor produces: paragraphs, bold, lists, links, `&nbsp;`, and now and
 * then a table, an inline image or an attachment link — the shapes the HTML → ADF conversion must survive.
 * Returns null or an empty description for the tasks that have none, as real data has both.
 */
export function buildTaskDescription(random: SeededRandom, context: DescriptionContext): Description | null {
  const roll = random.next();
  if (roll < 0.05) return null;
  if (roll < 0.08) return { html: '', plain: '' };
  const greeting = random.chance(0.7) ? paragraph(`Hi ${context.assigneeFirstName},`) : null;
  const blocks = [
    greeting,
    introParagraph(context),
    checklist(random, context.steps),
    context.guide && random.chance(0.7) ? guideParagraph(context.domain, context.guide) : null,
    random.chance(0.15) ? ownersTable(random, context) : null,
    random.chance(0.1) ? inlineImage(random) : null,
    random.chance(0.15) ? attachmentLink(random) : null,
    random.chance(0.3) ? { html: '<p>Thanks!&nbsp;🙌</p>', plain: 'Thanks! 🙌' } : null,
  ].filter((block): block is Description => block !== null);
  return {
    html: blocks.map((block) => block.html).join(''),
    plain: blocks.map((block) => block.plain).join('\n\n'),
  };
}

function paragraph(text: string): Description {
  return { html: `<p>${escapeHtml(text)}</p>`, plain: text };
}

function introParagraph(context: DescriptionContext): Description {
  const name = context.subjectName;
  const due = context.dueOn ? humanDate(context.dueOn) : null;
  const html =
    `<p>Please complete the steps below${name ? ` for <strong>${escapeHtml(name)}</strong>` : ''}` +
    `${due ? ` before <strong>${due.day}&nbsp;${due.rest}</strong>` : ''}.&nbsp;Reach out to the People&nbsp;team with Q&amp;A.</p>`;
  const plain =
    `Please complete the steps below${name ? ` for ${name}` : ''}` +
    `${due ? ` before ${due.day} ${due.rest}` : ''}. Reach out to the People team with Q&A.`;
  return { html, plain };
}

function checklist(random: SeededRandom, steps: readonly string[]): Description {
  const tag = random.chance(0.5) ? 'ul' : 'ol';
  const chosen = random.sample(steps, random.int(2, steps.length));
  return {
    html: `<${tag}>${chosen.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</${tag}>`,
    plain: chosen.map((step) => `• ${step}`).join('\n'),
  };
}

function guideParagraph(domain: string, guide: { label: string; path: string }): Description {
  return {
    html: `<p>See the <a href="https://wiki.${domain}${guide.path}" target="_blank">${guide.label}</a> for details.</p>`,
    plain: `See the ${guide.label} for details.`,
  };
}

function ownersTable(random: SeededRandom, context: DescriptionContext): Description {
  const owner = context.assigneeFirstName;
  const rows = random.sample(context.steps, 2);
  const htmlRows = rows.map((step) => `<tr><td>${escapeHtml(step)}</td><td>${escapeHtml(owner)}</td></tr>`);
  return {
    html: `<table><tbody><tr><th>Item</th><th>Owner</th></tr>${htmlRows.join('')}</tbody></table>`,
    plain: ['Item | Owner', ...rows.map((step) => `${step} | ${owner}`)].join('\n'),
  };
}

function inlineImage(random: SeededRandom): Description {
  const image = random.pick(imageNames);
  return {
    html: `<p><img src="${blobBase}/${blobToken(random)}/${image.file}" alt="${image.alt}" width="480"></p>`,
    plain: `[${image.alt}]`,
  };
}

function attachmentLink(random: SeededRandom): Description {
  const file = random.pick(attachmentNames);
  return {
    html: `<p>Attachment: <a href="${blobBase}/${blobToken(random)}/${file}">${file}</a></p>`,
    plain: `Attachment: ${file}`,
  };
}

function blobToken(random: SeededRandom): string {
  return `eyJfcmFpbHMiOnsi${random.int(0, 2 ** 30).toString(36)}`;
}

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Mar 2026", split where the editor puts a non-breaking space. */
function humanDate(isoDate: string): { day: string; rest: string } {
  const [year, month, day] = isoDate.split('-');
  return { day: String(Number(day)), rest: `${shortMonths[Number(month) - 1] ?? ''} ${year ?? ''}` };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => htmlEscapes[char] ?? char);
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
