import type { DocumentMeta, DocumentSource, NewsmarkDocument, PipelineInfo } from './document-types.js';
import { ErrorCode, NewsmarkError } from './errors.js';
import { sha256 } from './hash.js';

/** The input of one document before annotation: its text and where it came from. */
export interface DocumentInput {
  id: string;
  text: string;
  source: DocumentSource;
  meta?: DocumentMeta;
}

/** Builds the input for text given directly (not read from a file). */
export function textInput(text: string, id = 'text'): DocumentInput {
  return {
    id,
    text,
    source: { path: null, record: null, sha256: sha256(text), encoding: 'utf-8', bytes: Buffer.byteLength(text, 'utf8') },
  };
}

/**
 * Starts a document: the fixed text and its provenance, with no layers yet. The text is never
 * rewritten after this point; all offsets index it.
 */
export function newDocument(input: DocumentInput, pipeline: PipelineInfo): NewsmarkDocument {
  if (input.text.trim().length === 0) {
    throw new NewsmarkError(ErrorCode.EMPTY_DOCUMENT, 'the document has no text (empty or only white space)');
  }
  const hasMeta = input.meta !== undefined && Object.keys(input.meta).length > 0;
  // Key order is fixed here (id, source, meta, text…) so serialised output is stable.
  return { id: input.id, source: input.source, ...(hasMeta ? { meta: input.meta } : {}), text: input.text, pipeline, messages: [] };
}

/** Layer keys in the order they are serialised. */
const KEY_ORDER = ['id', 'source', 'meta', 'text', 'pipeline', 'sentences', 'tokens', 'entities', 'entityClusters', 'claims', 'stances', 'messages'] as const;

/** Returns the document with its keys in canonical order (stable JSON across stage orders). */
export function canonicalDocument(doc: NewsmarkDocument): NewsmarkDocument {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (doc[key] !== undefined) out[key] = doc[key];
  return out as unknown as NewsmarkDocument;
}
