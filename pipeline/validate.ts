import type { ErrorObject, ValidateFunction } from 'ajv';
import type { NewsmarkDocument } from './document-types.js';
import validateSchema from './document-validator.js';

/** Version of the document schema (the `v1` in its `$id`). */
export const SCHEMA_VERSION = '1.0.0';

/** The result of {@link validateDocument}: `valid`, and one readable line per problem. */
export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

/** `schemas/document.schema.json`, compiled ahead of time by scripts/gen-validator.ts. */
const documentValidator = validateSchema as unknown as ValidateFunction;

function formatAjvError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(document)' : error.instancePath;
  const extra = error.keyword === 'additionalProperties' ? ` (${String(error.params['additionalProperty'])})` : '';
  return `${where} ${error.message ?? 'is invalid'}${extra}`;
}

interface SpanLike {
  start?: unknown;
  end?: unknown;
  text?: unknown;
}

/** Checks what JSON Schema cannot: every span lies inside the text and its `text` is the slice. */
function checkSpans(doc: NewsmarkDocument): string[] {
  const problems: string[] = [];
  const text = doc.text;
  const length = text.length;
  // The path is `${list}${i}${rest}`, built only for a problem: a document has a span per token.
  const check = (span: SpanLike | null | undefined, list: string, i: number, rest = ''): void => {
    if (!span || typeof span.start !== 'number' || typeof span.end !== 'number') return;
    if (span.start > span.end || span.end > length) {
      problems.push(`${list}${i}${rest} [${span.start}, ${span.end}) is outside the text (length ${length})`);
    } else if (typeof span.text === 'string' && !(span.text.length === span.end - span.start && text.startsWith(span.text, span.start))) {
      problems.push(`${list}${i}${rest}/text does not match text.slice(${span.start}, ${span.end})`);
    }
  };
  const spans = (list: string, items: ReadonlyArray<SpanLike | null | undefined> | undefined, rest = ''): void => {
    if (items) for (let i = 0; i < items.length; i++) check(items[i], list, i, rest);
  };
  spans('/sentences/', doc.sentences);
  spans('/tokens/', doc.tokens);
  spans('/entities/', doc.entities);
  doc.claims?.forEach((c, i) => {
    check(c.cue, '/claims/', i, '/cue');
    check(c.source, '/claims/', i, '/source');
    c.content.forEach((span, j) => check(span, '/claims/', i, `/content/${j}`));
  });
  doc.stances?.forEach((s, i) => check(s.target, '/stances/', i, '/target'));
  doc.messages.forEach((m, i) => check(m.span, '/messages/', i, '/span'));
  return problems;
}

/**
 * Validates a document against `schemas/document.schema.json` and checks that every span lies
 * inside the text with matching surface text. Use it to check documents read from
 * `annotations.jsonl` or from files newsmark wrote.
 */
export function validateDocument(doc: unknown): ValidationResult {
  if (!documentValidator(doc)) return { valid: false, errors: (documentValidator.errors ?? []).map(formatAjvError) };
  const spanProblems = checkSpans(doc as NewsmarkDocument);
  return { valid: spanProblems.length === 0, errors: spanProblems };
}
