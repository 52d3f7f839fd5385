import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicLineWriter, removeStaleTempFiles, TEMP_SUFFIX, writeFileAtomic } from '../../pipeline/writers.js';
import { tempDir } from '../helpers.js';

describe('writeFileAtomic', () => {
  it('writes strings and bytes, creates a missing folder, replaces a file and leaves no temporary file', async () => {
    const dir = await tempDir();
    await writeFileAtomic(path.join(dir, 'a/b/doc.json'), 'Café £5\n');
    expect(await readFile(path.join(dir, 'a/b/doc.json'), 'utf8')).toBe('Café £5\n');
    await writeFileAtomic(path.join(dir, 'a/b/doc.json'), Buffer.from('second\n'));
    expect(await readFile(path.join(dir, 'a/b/doc.json'), 'utf8')).toBe('second\n');
    expect(await readdir(path.join(dir, 'a/b'))).toEqual(['doc.json']);
  });

  it('fails without leaving a temporary file when the target cannot be replaced', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'taken'));
    await writeFile(path.join(dir, 'taken/inside'), 'x');
    await expect(writeFileAtomic(path.join(dir, 'taken'), 'data')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['taken']);
  });
});

describe('openAtomicLineWriter', () => {
  it('shows the file only on commit, with string lines and byte lines in order', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'out/lines.jsonl');
    const writer = await openAtomicLineWriter(file);
    await writer.write('{"a":1}');
    await writer.writeBytes(Buffer.from('{"b":"é"}\n'));
    await writer.write('{"c":3}');
    expect((await readdir(path.dirname(file))).every((name) => name.endsWith(TEMP_SUFFIX))).toBe(true);
    await writer.commit();
    expect(await readFile(file, 'utf8')).toBe('{"a":1}\n{"b":"é"}\n{"c":3}\n');
    expect(await readdir(path.dirname(file))).toEqual(['lines.jsonl']);
    await expect(writer.write('late')).rejects.toThrow(/committed or aborted/);
  });

  it('removes its temporary file on abort and leaves an earlier file in place', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'lines.jsonl');
    await writeFile(file, 'old\n');
    const writer = await openAtomicLineWriter(file);
    await writer.write('new');
    await writer.abort();
    expect(await readFile(file, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['lines.jsonl']);
  });
});

describe('removeStaleTempFiles', () => {
  it('removes temporary files at any depth and nothing else', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, `.a.json.1.1${TEMP_SUFFIX}`), 'x');
    await writeFile(path.join(dir, `sub/.b.json.2.7${TEMP_SUFFIX}`), 'x');
    await writeFile(path.join(dir, 'sub/b.json'), 'keep');
    expect(await removeStaleTempFiles(dir)).toBe(2);
    expect(await readdir(dir)).toEqual(['sub']);
    expect(await readdir(path.join(dir, 'sub'))).toEqual(['b.json']);
  });
});
