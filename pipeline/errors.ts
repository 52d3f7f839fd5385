/**
 * Every error code newsmark reports, in one place. Document-level codes end up in the manifest
 * and in `messages`; run-level codes are thrown as {@link NewsmarkError} before any document is
 * read (pipeline or configuration problems) and map to CLI exit code 2.
 */
export const ErrorCode = {
  /** The pipeline's stage list is inconsistent (missing requirement, duplicate producer…). */
  PIPELINE_INVALID: 'E_PIPELINE_INVALID',
  /** The configuration file or a flag is malformed or names unknown stages or options. */
  CONFIG_INVALID: 'E_CONFIG_INVALID',
  /** The corpus folder is missing or not a folder. */
  CORPUS_NOT_FOUND: 'E_CORPUS_NOT_FOUND',
  /** The input file could not be read. */
  READ_FAILED: 'E_READ_FAILED',
  /** The input holds NUL bytes: a binary file, not text. */
  BINARY_INPUT: 'E_BINARY_INPUT',
  /** The document has no text (empty or only white space). */
  EMPTY_DOCUMENT: 'E_EMPTY_DOCUMENT',
  /** The input is larger than the size limit. */
  TOO_LARGE: 'E_TOO_LARGE',
  /** A JSON or JSONL record is not valid JSON or lacks a string `text`. */
  BAD_RECORD: 'E_BAD_RECORD',
  /** The document's id or path would write outside the output folder. */
  UNSAFE_PATH: 'E_UNSAFE_PATH',
  /** Two documents would write to the same output file. */
  DUPLICATE_ID: 'E_DUPLICATE_ID',
  /** A stage threw while annotating the document. */
  STAGE_FAILED: 'E_STAGE_FAILED',
  /** The document took longer than the per-document time limit. */
  TIMEOUT: 'E_TIMEOUT',
  /** The annotated document does not validate against the schema. */
  INVALID_OUTPUT: 'E_INVALID_OUTPUT',
  /** The worker thread died while annotating the document. */
  WORKER_FAILED: 'E_WORKER_FAILED',
  /** Writing the document's output failed. */
  WRITE_FAILED: 'E_WRITE_FAILED',
} as const;

/** One of the codes in {@link ErrorCode}. */
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error with a stable code, the stage it came from (if any) and optional details. */
export class NewsmarkError extends Error {
  readonly code: ErrorCodeValue;
  readonly stage: string | null;
  readonly details: readonly string[];

  constructor(code: ErrorCodeValue, message: string, options: { stage?: string | null; details?: readonly string[]; cause?: unknown } = {}) {
    super(options.details && options.details.length > 0 ? `${message}\n  - ${options.details.join('\n  - ')}` : message, {
      cause: options.cause,
    });
    this.name = 'NewsmarkError';
    this.code = code;
    this.stage = options.stage ?? null;
    this.details = options.details ?? [];
  }
}

/** Returns true when the error is a configuration or pipeline error (a usage error, exit 2). */
export function isUsageError(error: unknown): error is NewsmarkError {
  return (
    error instanceof NewsmarkError &&
    (error.code === ErrorCode.CONFIG_INVALID || error.code === ErrorCode.PIPELINE_INVALID || error.code === ErrorCode.CORPUS_NOT_FOUND)
  );
}
