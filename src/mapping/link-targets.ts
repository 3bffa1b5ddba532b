import { collapseWhitespace, removeControlCharacters } from './clean-text';

/**
 * Which URLs may become links, and how attachments and images are named. Only absolute http(s) and mailto
 * URLs are linked: anything else (javascript:, data:, relative paths with no known base) stays plain text.
 */
const LINKABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/** PeopleForce serves uploads through Rails Active Storage (`/rails/active_storage/blobs/…`). */
const ATTACHMENT_PATH = /\/(?:rails\/active_storage|active_storage|attachments?|blobs?)\//i;

const MAX_NAME_LENGTH = 120;

function parseUrl(raw: string, base?: string): URL | null {
  try {
    return new URL(raw.trim(), base);
  } catch {
    return null;
  }
}

function hrefWithProtocol(raw: string | undefined, protocols: ReadonlySet<string>): string | null {
  if (raw === undefined) return null;
  const url = parseUrl(raw);
  return url !== null && protocols.has(url.protocol) ? url.href : null;
}

/** An http(s) or mailto URL, normalised, or null when it must not become a link. */
export function linkableHref(raw: string | undefined): string | null {
  return hrefWithProtocol(raw, LINKABLE_PROTOCOLS);
}

/** An http(s) URL, normalised, or null. */
export function webHref(raw: string | undefined): string | null {
  return hrefWithProtocol(raw, WEB_PROTOCOLS);
}

function displayName(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const name = collapseWhitespace(removeControlCharacters(raw)).trim();
  if (name === '') return null;
  return name.length <= MAX_NAME_LENGTH ? name : `${name.slice(0, MAX_NAME_LENGTH - 1)}…`;
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The last path segment of an http(s) or relative URL, decoded; null for data: and other schemes. */
export function fileNameFromUrl(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const url = parseUrl(raw, 'https://relative.invalid/');
  if (url === null || !WEB_PROTOCOLS.has(url.protocol)) return null;
  const segment = url.pathname
    .split('/')
    .filter((part) => part !== '')
    .at(-1);
  return segment === undefined ? null : displayName(decodePathSegment(segment));
}

export type Attributes = Readonly<Record<string, string>>;

export function isAttachmentAnchor(attributes: Attributes): boolean {
  return (
    attributes.download !== undefined ||
    displayName(attributes.name) !== null ||
    ATTACHMENT_PATH.test(attributes.href ?? '')
  );
}

export function attachmentName(attributes: Attributes, anchorText: string): string {
  return (
    displayName(attributes.download) ??
    displayName(attributes.name) ??
    displayName(anchorText) ??
    fileNameFromUrl(attributes.href) ??
    'file'
  );
}

/** The image's own name (`name`, `alt`, `title`, in that order) before the last segment of its URL. */
export function imageName(attributes: Attributes): string {
  return (
    displayName(attributes.name) ??
    displayName(attributes.alt) ??
    displayName(attributes.title) ??
    fileNameFromUrl(attributes.src) ??
    'image'
  );
}
