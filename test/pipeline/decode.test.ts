import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../pipeline/decode.js';
import { NewsmarkError } from '../../pipeline/errors.js';

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', Buffer.from('Kim said “no”.'), 'Kim said “no”.', 'utf-8'],
    ['UTF-8 with a BOM (removed)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Seoul')]), 'Seoul', 'utf-8'],
    ['Windows-1252 curly quotes and pound sign', Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0xa3, 0x35]), '“Hi” £5', 'windows-1252'],
    ['Latin-1 é that is not valid UTF-8', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'café', 'windows-1252'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding });
  });

  it('refuses bytes with NUL as a binary file', () => {
    expect(() => decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(NewsmarkError);
    expect(() => decodeBytes(Buffer.from([0x41, 0x00]))).toThrow(/binary/);
  });
});
