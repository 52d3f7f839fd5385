import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The sample corpus shipped with the package. */
export const sampleCorpus = path.join(root, 'corpus');

/** Path of a test fixture. */
export function fixture(rel: string): string {
  return path.join(root, 'test/fixtures', rel);
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'newsmark-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** Writes a tree of files (path → content) under a fresh temporary folder and returns it. */
export async function makeCorpus(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir('newsmark-corpus-');
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  return dir;
}
