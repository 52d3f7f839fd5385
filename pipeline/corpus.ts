import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { decodeBytes } from './decode.js';
import type { DocumentInput } from './document.js';
import type { DocumentMeta } from './document-types.js';
import { ErrorCode, NewsmarkError, type ErrorCodeValue } from './errors.js';
import { sha256 } from './hash.js';

/** File extensions read as documents: whole-file texts and record files. */
export const TEXT_EXTENSIONS = ['.txt', '.md'] as const;
export const RECORD_EXTENSIONS = ['.jsonl', '.json'] as const;

/** A document found in the corpus: its input, or why it could not be read. */
export interface CorpusEntry {
  /** Document id: the corpus-relative path, plus `/<record id or number>` for records. */
  id: string;
  /** Output file, relative to the output folder (`<id>.json`). */
  output: string;
  /** Corpus-relative path of the file the document comes from. */
  path: string;
  /** Record number inside a JSON/JSONL file, or null. */
  record: number | null;
  /** sha256 of the input bytes, when they could be read. */
  sha256: string | null;
  input?: DocumentInput;
  error?: { code: ErrorCodeValue; message: string };
}

/** Options for {@link listCorpusFiles} and {@link readCorpus}. */
export interface CorpusReadOptions {
  /** Inputs larger than this many bytes fail with E_TOO_LARGE (default 5 MB). */
  maxBytes: number;
  /** Absolute folder to leave out (the output folder when it lies inside the corpus). */
  exclude?: string;
}

/** A file of the corpus, found by {@link listCorpusFiles}. */
export interface CorpusFile {
  /** Corpus-relative POSIX path. */
  rel: string;
  abs: string;
  kind: 'text' | 'jsonl' | 'json';
  /** Set when the file cannot be used (a dangling link). */
  error?: string;
}

/** What the listing left out and why. */
export interface CorpusSkips {
  /** Hidden files and folders (name starting with "."). */
  hidden: number;
  /** Files whose extension newsmark does not read. */
  otherExtensions: number;
  /** Symbolic links that lead outside the corpus, and links to folders (walked under their own name). */
  links: number;
}

function kindOf(name: string): CorpusFile['kind'] | null {
  const ext = path.extname(name).toLowerCase();
  if ((TEXT_EXTENSIONS as readonly string[]).includes(ext)) return 'text';
  if (ext === '.jsonl') return 'jsonl';
  if (ext === '.json') return 'json';
  return null;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function isInside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}

/**
 * Lists the corpus's document files, recursively, in a deterministic order (names compared by
 * code unit at each level). Hidden entries are skipped, and so are symbolic links that lead
 * outside the corpus; links to files inside it are followed.
 */
export async function listCorpusFiles(root: string, options: { exclude?: string } = {}): Promise<{ files: CorpusFile[]; skipped: CorpusSkips }> {
  let rootReal: string;
  try {
    rootReal = await realpath(root);
    if (!(await stat(rootReal)).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new NewsmarkError(ErrorCode.CORPUS_NOT_FOUND, `corpus folder ${root} cannot be read: ${(error as Error).message}`);
  }
  const excludeReal = options.exclude ? await realpath(options.exclude).catch(() => path.resolve(options.exclude as string)) : null;
  const files: CorpusFile[] = [];
  const skipped: CorpusSkips = { hidden: 0, otherExtensions: 0, links: 0 };

  const walk = async (dirAbs: string, dirRel: string): Promise<void> => {
    // The entries' types come with the listing (one lstat per entry took ~0.1 ms each, ~0.25 s
    // before the first document of a 2,227-file corpus could be read).
    const entries = (await readdir(dirAbs, { withFileTypes: true })).sort((a, b) => byCodeUnit(a.name, b.name));
    for (const info of entries) {
      const name = info.name;
      if (name.startsWith('.')) {
        skipped.hidden++;
        continue;
      }
      const abs = path.join(dirAbs, name);
      const rel = dirRel ? `${dirRel}/${name}` : name;
      let isFile = info.isFile();
      if (info.isSymbolicLink()) {
        let real: string;
        try {
          real = await realpath(abs);
        } catch (error) {
          const kind = kindOf(name);
          if (kind) files.push({ rel, abs, kind, error: `broken symbolic link: ${(error as Error).message}` });
          else skipped.links++;
          continue;
        }
        if (!isInside(real, rootReal)) {
          skipped.links++;
          continue;
        }
        const targetInfo = await stat(real);
        if (targetInfo.isDirectory()) {
          // The folder is inside the corpus, so it is walked under its own name.
          skipped.links++;
          continue;
        }
        isFile = targetInfo.isFile();
      }
      if (info.isDirectory()) {
        if (excludeReal && isInside(abs, excludeReal)) continue;
        await walk(abs, rel);
      } else if (isFile) {
        const kind = kindOf(name);
        if (kind) files.push({ rel, abs, kind });
        else skipped.otherExtensions++;
      }
    }
  };
  await walk(rootReal, '');
  return { files, skipped };
}

/** Counts the documents a file will yield, cheaply, for progress totals (records: non-empty lines). */
export async function estimateDocuments(file: CorpusFile): Promise<number> {
  if (file.kind !== 'jsonl' || file.error) return 1;
  let count = 0;
  try {
    const lines = createInterface({ input: createReadStream(file.abs), crlfDelay: Infinity });
    for await (const line of lines) if (line.trim() !== '') count++;
  } catch {
    return 1;
  }
  return Math.max(count, 1);
}

const SAFE_SEGMENT = /^[^/\\\0]+$/;

/**
 * Checks that a document's relative output path stays inside the output folder: no absolute
 * paths, no `..` or hidden segments, no backslashes or NUL. Returns the reason it is unsafe, or null.
 */
export function unsafeOutputReason(rel: string): string | null {
  if (rel === '' || rel.startsWith('/') || /^[a-zA-Z]:/.test(rel)) return 'it is empty or absolute';
  for (const segment of rel.split('/')) {
    if (!SAFE_SEGMENT.test(segment)) return `segment "${segment}" is empty or holds \\ or NUL`;
    if (segment === '..' || segment === '.' || segment.startsWith('.')) return `segment "${segment}" would leave the output folder or hide the file`;
  }
  return null;
}

function failed(file: CorpusFile, id: string, record: number | null, code: ErrorCodeValue, message: string, hash: string | null = null): CorpusEntry {
  return { id, output: `${id}.json`, path: file.rel, record, sha256: hash, error: { code, message } };
}

function recordEntry(file: CorpusFile, value: unknown, record: number, maxBytes: number, seen: Set<string>): CorpusEntry {
  const fallbackId = `${file.rel}/${record}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failed(file, fallbackId, record, ErrorCode.BAD_RECORD, `record ${record} is not a JSON object`);
  }
  const rec = value as Record<string, unknown>;
  if (typeof rec['text'] !== 'string') {
    return failed(file, fallbackId, record, ErrorCode.BAD_RECORD, `record ${record} has no string "text" field`);
  }
  const text = rec['text'];
  const hash = sha256(text);
  const rawId = rec['id'];
  let id = fallbackId;
  if (rawId !== undefined && rawId !== null) {
    if (typeof rawId !== 'string' && typeof rawId !== 'number') {
      return failed(file, fallbackId, record, ErrorCode.BAD_RECORD, `record ${record} has an "id" that is neither a string nor a number`, hash);
    }
    const reason = unsafeOutputReason(String(rawId));
    if (reason) {
      return failed(file, fallbackId, record, ErrorCode.UNSAFE_PATH, `record ${record} id ${JSON.stringify(rawId)} would write outside the output folder: ${reason}`, hash);
    }
    id = `${file.rel}/${String(rawId)}`;
  }
  if (seen.has(id)) return failed(file, `${fallbackId}`, record, ErrorCode.DUPLICATE_ID, `record ${record} repeats the id of an earlier record (${id})`, hash);
  seen.add(id);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return failed(file, id, record, ErrorCode.TOO_LARGE, `record text is ${bytes} bytes, over the limit of ${maxBytes}`, hash);
  const meta: DocumentMeta = {};
  for (const key of ['title', 'date', 'url', 'source'] as const) {
    const v = rec[key];
    if (typeof v === 'string') meta[key] = v;
  }
  return {
    id,
    output: `${id}.json`,
    path: file.rel,
    record,
    sha256: hash,
    input: { id, text, source: { path: file.rel, record, sha256: hash, encoding: 'utf-8', bytes }, ...(Object.keys(meta).length > 0 ? { meta } : {}) },
  };
}

async function* readTextFile(file: CorpusFile, maxBytes: number): AsyncGenerator<CorpusEntry> {
  const id = file.rel;
  try {
    // Synchronous calls: a corpus file is read in microseconds from the page cache, and
    // fs/promises' stat and readFile (five thread-pool round trips) cost several times the CPU,
    // on the main thread and libuv's threads, competing with the workers for cores.
    const size = statSync(file.abs).size;
    if (size > maxBytes) {
      yield failed(file, id, null, ErrorCode.TOO_LARGE, `file is ${size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`);
      return;
    }
    const bytes = readFileSync(file.abs);
    const hash = sha256(bytes);
    try {
      const { text, encoding } = decodeBytes(bytes);
      yield { id, output: `${id}.json`, path: file.rel, record: null, sha256: hash, input: { id, text, source: { path: file.rel, record: null, sha256: hash, encoding, bytes: bytes.length } } };
    } catch (error) {
      const e = error as NewsmarkError;
      yield failed(file, id, null, e.code ?? ErrorCode.READ_FAILED, e.message, hash);
    }
  } catch (error) {
    yield failed(file, id, null, ErrorCode.READ_FAILED, `cannot read file: ${(error as Error).message}`);
  }
}

async function* readJsonlFile(file: CorpusFile, maxBytes: number): AsyncGenerator<CorpusEntry> {
  const seen = new Set<string>();
  let lineNo = 0;
  let lines;
  try {
    lines = createInterface({ input: createReadStream(file.abs, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(lineNo === 1 ? line.replace(/^\uFEFF/, '') : line);
      } catch (error) {
        yield failed(file, `${file.rel}/${lineNo}`, lineNo, ErrorCode.BAD_RECORD, `line ${lineNo} is not valid JSON: ${(error as Error).message}`);
        continue;
      }
      yield recordEntry(file, value, lineNo, maxBytes, seen);
    }
  } catch (error) {
    yield failed(file, `${file.rel}/${lineNo + 1}`, lineNo + 1, ErrorCode.READ_FAILED, `cannot read file: ${(error as Error).message}`);
  }
}

async function* readJsonFile(file: CorpusFile, maxBytes: number): AsyncGenerator<CorpusEntry> {
  let parsed: unknown;
  try {
    const raw = (await readFile(file.abs, 'utf8')).replace(/^\uFEFF/, '');
    parsed = JSON.parse(raw);
  } catch (error) {
    yield failed(file, `${file.rel}/1`, 1, ErrorCode.BAD_RECORD, `cannot read JSON file: ${(error as Error).message}`);
    return;
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  const seen = new Set<string>();
  for (let i = 0; i < records.length; i++) yield recordEntry(file, records[i], i + 1, maxBytes, seen);
}

/** Reads every document of the listed files, in order, one at a time (memory stays flat). */
export async function* readCorpus(files: readonly CorpusFile[], options: CorpusReadOptions): AsyncGenerator<CorpusEntry> {
  for (const file of files) {
    if (file.error) {
      yield failed(file, file.rel, null, ErrorCode.READ_FAILED, `cannot read file: ${file.error}`);
    } else if (file.kind === 'text') {
      yield* readTextFile(file, options.maxBytes);
    } else if (file.kind === 'jsonl') {
      yield* readJsonlFile(file, options.maxBytes);
    } else {
      yield* readJsonFile(file, options.maxBytes);
    }
  }
}
