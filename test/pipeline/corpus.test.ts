import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorpusFiles, readCorpus, unsafeOutputReason, type CorpusEntry } from '../../pipeline/corpus.js';
import { makeCorpus } from '../helpers.js';

async function readAll(dir: string, maxBytes = 5 * 1024 * 1024): Promise<CorpusEntry[]> {
  const { files } = await listCorpusFiles(dir);
  const out: CorpusEntry[] = [];
  for await (const entry of readCorpus(files, { maxBytes })) out.push(entry);
  return out;
}

describe('listCorpusFiles', () => {
  it('walks folders recursively in a deterministic order and skips hidden and other files', async () => {
    const dir = await makeCorpus({
      'b.txt': 'B.',
      'a/z.md': 'Z.',
      'a/b/c.txt': 'C.',
      'A.txt': 'upper',
      '.hidden.txt': 'no',
      '.git/x.txt': 'no',
      'notes.pdf': 'no',
      'records.jsonl': '{"text":"r"}\n',
    });
    const { files, skipped } = await listCorpusFiles(dir);
    expect(files.map((f) => f.rel)).toEqual(['A.txt', 'a/b/c.txt', 'a/z.md', 'b.txt', 'records.jsonl']);
    expect(skipped).toEqual({ hidden: 2, otherExtensions: 1, links: 0 });
  });

  it('follows links inside the corpus and skips links that lead outside it', async () => {
    const outside = await makeCorpus({ 'secret.txt': 'outside' });
    const dir = await makeCorpus({ 'real/a.txt': 'A.' });
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
    await symlink(outside, path.join(dir, 'leakdir'));
    await symlink(path.join(dir, 'real/a.txt'), path.join(dir, 'alias.txt'));
    await symlink(path.join(dir, 'real'), path.join(dir, 'loop'));
    const { files, skipped } = await listCorpusFiles(dir);
    expect(files.map((f) => f.rel)).toEqual(['alias.txt', 'real/a.txt']);
    expect(skipped.links).toBe(3);
  });

  it('leaves out the output folder when it lies inside the corpus', async () => {
    const dir = await makeCorpus({ 'a.txt': 'A.', 'output/a.txt.json': '{}', 'output/old.txt': 'x' });
    const { files } = await listCorpusFiles(dir, { exclude: path.join(dir, 'output') });
    expect(files.map((f) => f.rel)).toEqual(['a.txt']);
  });

  it('fails clearly when the corpus folder does not exist', async () => {
    await expect(listCorpusFiles('/no/such/folder')).rejects.toThrow(/corpus folder \/no\/such\/folder cannot be read/);
  });
});

describe('readCorpus', () => {
  it('reads .txt and .md whole, with BOM removed and the encoding recorded', async () => {
    const dir = await makeCorpus({
      'a.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kim spoke.')]),
      'b.md': Buffer.from([0x93, 0x48, 0x69, 0x94]),
    });
    const [a, b] = await readAll(dir);
    expect(a?.input).toMatchObject({ id: 'a.txt', text: 'Kim spoke.', source: { path: 'a.txt', record: null, encoding: 'utf-8', bytes: 13 } });
    expect(a?.output).toBe('a.txt.json');
    expect(b?.input).toMatchObject({ text: '“Hi”', source: { encoding: 'windows-1252', bytes: 4 } });
  });

  it('reads JSONL records with id and meta, and numbers records without id by line', async () => {
    const dir = await makeCorpus({
      'feed.jsonl': [
        JSON.stringify({ id: 'kcna-1', text: 'KCNA reported it.', title: 'T', date: '2023-05-31', url: 'http://x', source: 'KCNA', extra: 1 }),
        '',
        JSON.stringify({ text: 'No id here.' }),
      ].join('\n'),
    });
    const entries = await readAll(dir);
    expect(entries.map((e) => [e.id, e.output, e.record])).toEqual([
      ['feed.jsonl/kcna-1', 'feed.jsonl/kcna-1.json', 1],
      ['feed.jsonl/3', 'feed.jsonl/3.json', 3],
    ]);
    expect(entries[0]?.input?.meta).toEqual({ title: 'T', date: '2023-05-31', url: 'http://x', source: 'KCNA' });
    expect(entries[1]?.input?.meta).toBeUndefined();
  });

  it('reads a JSON array of records and a single JSON record', async () => {
    const dir = await makeCorpus({ 'many.json': JSON.stringify([{ text: 'One.' }, { id: 7, text: 'Two.' }]), 'one.json': JSON.stringify({ text: 'Solo.' }) });
    expect((await readAll(dir)).map((e) => e.id)).toEqual(['many.json/1', 'many.json/7', 'one.json/1']);
  });

  it.each([
    ['a line that is not JSON', '{"text": "ok"}\n{not json', /line 2 is not valid JSON/, 'E_BAD_RECORD'],
    ['a record with no text', '{"title": "x"}', /has no string "text" field/, 'E_BAD_RECORD'],
    ['an id that climbs out of the output folder', '{"id": "../../etc/passwd", "text": "x"}', /would write outside the output folder/, 'E_UNSAFE_PATH'],
    ['an absolute id', '{"id": "/tmp/x", "text": "x"}', /would write outside the output folder/, 'E_UNSAFE_PATH'],
    ['a repeated id', '{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}', /repeats the id/, 'E_DUPLICATE_ID'],
  ])('turns %s into a failed entry', async (_name, content, message, code) => {
    const dir = await makeCorpus({ 'bad.jsonl': content });
    const failed = (await readAll(dir)).filter((e) => e.error);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.error?.code).toBe(code);
    expect(failed[0]?.error?.message).toMatch(message);
  });

  it('fails binary files, oversized files and broken links without reading on', async () => {
    const dir = await makeCorpus({ 'bin.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'big.txt': 'x'.repeat(2000), 'ok.txt': 'Fine.' });
    await symlink(path.join(dir, 'missing.txt'), path.join(dir, 'broken.txt'));
    const entries = await readAll(dir, 1000);
    expect(entries.map((e) => [e.id, e.error?.code ?? 'ok'])).toEqual([
      ['big.txt', 'E_TOO_LARGE'],
      ['bin.txt', 'E_BINARY_INPUT'],
      ['broken.txt', 'E_READ_FAILED'],
      ['ok.txt', 'ok'],
    ]);
  });
});

describe('unsafeOutputReason', () => {
  it.each([
    ['politics/001.txt.json', null],
    ['feed.jsonl/2023/05/a.json', null],
    ['../x.json', 'leave'],
    ['a/../../x.json', 'leave'],
    ['/etc/x.json', 'absolute'],
    ['a//b.json', 'empty'],
    ['a\\..\\b.json', '\\'],
    ['.hidden.json', 'hide'],
  ])('%s', (rel, reason) => {
    const result = unsafeOutputReason(rel);
    if (reason === null) expect(result).toBeNull();
    else expect(result).toContain(reason);
  });
});
