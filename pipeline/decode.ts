import iconv from 'iconv-lite';
import { ErrorCode, NewsmarkError } from './errors.js';

/** The encodings newsmark reads. */
export type TextEncodingName = 'utf-8' | 'windows-1252';

/** Decoded text and the encoding that produced it. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a file's bytes to the document text, decided once: UTF-8 with the byte-order mark
 * removed; bytes that are not valid UTF-8 are read as Windows-1252 (the usual encoding of
 * older English news files). Bytes containing NUL are a binary file and are refused.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) {
    throw new NewsmarkError(ErrorCode.BINARY_INPUT, 'the file contains NUL bytes: it looks like a binary file, not text');
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not TextDecoder('windows-1252'): Node decodes that label as ISO-8859-1, turning curly
    // quotes (0x93, 0x94) into C1 control characters.
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
}
