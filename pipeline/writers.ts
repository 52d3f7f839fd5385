import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Suffix of temporary files; a run removes stale ones left by a killed run. */
export const TEMP_SUFFIX = '.newsmark-tmp';

let counter = 0;

function tempName(file: string): string {
  counter++;
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${counter}${TEMP_SUFFIX}`);
}

/**
 * Writes a file atomically: the data goes to a hidden temporary file beside it, which is then
 * renamed over the target, so a reader (or a killed run) never sees a partial file. The folder
 * is created when the first write finds it missing (not checked before every file).
 */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const temp = tempName(file);
  try {
    try {
      await writeFile(temp, data);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temp, data);
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A file written line by line to a temporary file and renamed into place by `commit`. */
export interface AtomicLineWriter {
  write(line: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** Opens an {@link AtomicLineWriter} for `file`; lines are written with back-pressure. */
export async function openAtomicLineWriter(file: string): Promise<AtomicLineWriter> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = tempName(file);
  const stream: WriteStream = createWriteStream(temp);
  const closed = new Promise<void>((resolve, reject) => {
    stream.on('close', resolve);
    stream.on('error', reject);
  });
  return {
    async write(line) {
      if (!stream.write(line + '\n')) await new Promise<void>((resolve) => stream.once('drain', resolve));
    },
    async commit() {
      stream.end();
      await closed;
      await rename(temp, file);
    },
    async abort() {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}

/** Deletes temporary files left in the output folder by an interrupted run. */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let removed = 0;
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith(TEMP_SUFFIX)) {
        await rm(full, { force: true });
        removed++;
      }
    }
  };
  await walk(dir);
  return removed;
}
