import fc from 'fast-check';
import path from 'node:path';
import { keyToRelativePath, relativePathToKey } from './key-file-name';

const KEY_CHARS = 'abcxyzABCXYZ0189:._-# \t'.split('');
const validKey = fc.string({ unit: fc.constantFrom(...KEY_CHARS), minLength: 1, maxLength: 500 });

describe('key to file name', () => {
  it('decodes every encoded key back to itself', () => {
    fc.assert(
      fc.property(validKey, (key) => {
        expect(relativePathToKey(keyToRelativePath(key))).toBe(key);
      }),
    );
  });

  it('keeps keys that differ only in case apart on case-insensitive file systems', () => {
    fc.assert(
      fc.property(validKey, (key) => {
        const flipped = key.toUpperCase() === key ? key.toLowerCase() : key.toUpperCase();
        fc.pre(flipped !== key);
        expect(keyToRelativePath(key).toLowerCase()).not.toBe(keyToRelativePath(flipped).toLowerCase());
      }),
    );
  });

  it('keeps every path segment within the 255-byte file-name limit, even for 500-character keys', () => {
    const longest = keyToRelativePath('#'.repeat(500));
    expect(longest.split(path.sep).every((segment) => Buffer.byteLength(segment) <= 255)).toBe(true);
    expect(relativePathToKey(longest)).toBe('#'.repeat(500));
  });

  it('uses readable names for plain lower-case keys', () => {
    expect(keyToRelativePath('links:shard:3')).toBe('links~3ashard~3a3.json');
  });

  it('ignores files that are not records', () => {
    expect(relativePathToKey('abc.json.123.tmp')).toBeUndefined();
    expect(relativePathToKey('abc')).toBeUndefined();
    expect(relativePathToKey('bad~zz.json')).toBeUndefined();
  });
});
