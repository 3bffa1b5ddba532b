import path from 'node:path';

/**
 * A reversible mapping from a KVS key to a relative file path. Lower-case letters, digits, `.`, `_` and `-` stay
 * as they are; every other byte (upper case included, so that case-insensitive file systems cannot merge two
 * keys) becomes `~` and two hex digits. `~` never occurs in a valid key, so decoding is unambiguous. A 500-char
 * key can encode to 1,500 chars, past the 255-byte file-name limit, so the name is cut into 200-char
 * directory segments; decoding simply drops the separators.
 */
const SEGMENT_LENGTH = 200;
const FILE_SUFFIX = '.json';
const LITERAL_BYTE = /^[a-z0-9._-]$/;

export function keyToRelativePath(key: string): string {
  if (key.length === 0) throw new Error('An empty key has no file name: the KVS rejects it before storing.');
  const encoded = encodeKey(key);
  const segments: string[] = [];
  for (let start = 0; start < encoded.length; start += SEGMENT_LENGTH) {
    segments.push(encoded.slice(start, start + SEGMENT_LENGTH));
  }
  return path.join(...segments) + FILE_SUFFIX;
}

/** The key stored at `relativePath`, or undefined when the path is not a record file (a temp file, a folder). */
export function relativePathToKey(relativePath: string): string | undefined {
  if (!relativePath.endsWith(FILE_SUFFIX)) return undefined;
  const encoded = relativePath.slice(0, -FILE_SUFFIX.length).split(path.sep).join('');
  return decodeKey(encoded);
}

function encodeKey(key: string): string {
  let encoded = '';
  for (const byte of Buffer.from(key, 'utf8')) {
    const char = String.fromCharCode(byte);
    encoded += LITERAL_BYTE.test(char) ? char : `~${byte.toString(16).padStart(2, '0')}`;
  }
  return encoded;
}

function decodeKey(encoded: string): string | undefined {
  const bytes: number[] = [];
  for (let index = 0; index < encoded.length; index += 1) {
    const char = encoded.charAt(index);
    if (char !== '~') {
      if (!LITERAL_BYTE.test(char)) return undefined;
      bytes.push(char.charCodeAt(0));
      continue;
    }
    const hex = encoded.slice(index + 1, index + 3);
    if (!/^[0-9a-f]{2}$/.test(hex)) return undefined;
    bytes.push(Number.parseInt(hex, 16));
    index += 2;
  }
  return Buffer.from(bytes).toString('utf8');
}
