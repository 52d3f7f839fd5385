import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateCorpus, type RunProgress } from '../../pipeline/run-corpus.js';
import { validateDocument } from '../../pipeline/validate.js';
import { fixture, makeCorpus, sampleCorpus, tempDir } from '../helpers.js';
import tokenizeStage from '../../stages/tokenize/index.js';

const TOKENIZE = { stages: ['tokenize'] };

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(path.join(dir, rel), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, r)));
    else out.push(r);
  }
  return out;
}

/** Every output file except the manifest (which times the run), as path → bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await listFiles(dir)) if (f !== 'manifest.json') out[f] = await readFile(path.join(dir, f), 'utf8');
  return out;
}

const MIXED = {
  'politics/001.txt': 'North Korea vowed to launch again.\n\nSeoul condemned the launch.',
  'politics/002.md': '# Headline\n\nKCNA reported that the rocket crashed.',
  'feed.jsonl': [JSON.stringify({ id: 'a', text: 'Kim spoke.', title: 'First' }), JSON.stringify({ text: 'Second record.' })].join('\n'),
  'tech/003.txt': 'Experts believe the rocket failed.',
};

describe('annotateCorpus', () => {
  it('writes one document per input, annotations.jsonl in corpus order and a manifest', async () => {
    const corpus = await makeCorpus(MIXED);
    const out = await tempDir();
    const progress: RunProgress[] = [];
    const report = await annotateCorpus(corpus, { ...TOKENIZE, out, workers: 2, onProgress: (p) => progress.push(p) });

    expect(await listFiles(out)).toEqual([
      'annotations.jsonl',
      'feed.jsonl/2.json',
      'feed.jsonl/a.json',
      'manifest.json',
      'politics/001.txt.json',
      'politics/002.md.json',
      'tech/003.txt.json',
    ]);
    const lines = (await readFile(path.join(out, 'annotations.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['feed.jsonl/a', 'feed.jsonl/2', 'politics/001.txt', 'politics/002.md', 'tech/003.txt']);
    for (const line of lines) expect(validateDocument(JSON.parse(line)).valid).toBe(true);
    // The per-document file holds the same bytes as its line.
    expect((await readFile(path.join(out, 'politics/001.txt.json'), 'utf8')).trimEnd()).toBe(lines[2]);
    expect(JSON.parse(lines[0] as string).meta).toEqual({ title: 'First' });

    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toEqual(JSON.parse(JSON.stringify(report)));
    expect(manifest.counts).toMatchObject({ documents: 5, ok: 5, failed: 0, reused: 0 });
    expect(manifest.pipeline.stages).toEqual([{ name: 'tokenize', version: tokenizeStage.version }]);
    expect(manifest.pipeline.configHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.documents[2]).toMatchObject({ id: 'politics/001.txt', status: 'ok', output: 'politics/001.txt.json', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(manifest.run.tokens).toBeGreaterThan(20);
    expect(Object.keys(manifest.run.stageMs)).toEqual(['tokenize']);
    expect(manifest.run.workerMs).toBeGreaterThanOrEqual(manifest.run.stageMs.tokenize);
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.at(-1)).toMatchObject({ total: 5, ok: 5, failed: 0 });
  });

  it('gives byte-identical output for 1 and 2 workers and across runs', async () => {
    const corpus = await makeCorpus(MIXED);
    const [a, b, c] = [await tempDir(), await tempDir(), await tempDir()];
    await annotateCorpus(corpus, { ...TOKENIZE, out: a, workers: 1 });
    await annotateCorpus(corpus, { ...TOKENIZE, out: b, workers: 2 });
    await annotateCorpus(corpus, { ...TOKENIZE, out: c, workers: 2 });
    const snap = await snapshot(a);
    expect(Object.keys(snap)).toHaveLength(6);
    expect(await snapshot(b)).toEqual(snap);
    expect(await snapshot(c)).toEqual(snap);
  });

  it('skips up-to-date documents on a re-run, redoes changed ones, and redoes all with force', async () => {
    const corpus = await makeCorpus({ 'a.txt': 'Kim spoke.', 'b.txt': 'Seoul replied.' });
    const out = await tempDir();
    await annotateCorpus(corpus, { ...TOKENIZE, out, workers: 1 });
    const before = await snapshot(out);
    const mtimeA = (await stat(path.join(out, 'a.txt.json'))).mtimeMs;

    await writeFile(path.join(corpus, 'b.txt'), 'Seoul replied at length.');
    const second = await annotateCorpus(corpus, { ...TOKENIZE, out, workers: 1 });
    expect(second.documents.map((d) => [d.id, d.reused ?? false])).toEqual([['a.txt', true], ['b.txt', false]]);
    expect((await stat(path.join(out, 'a.txt.json'))).mtimeMs).toBe(mtimeA);
    expect((await snapshot(out))['a.txt.json']).toBe(before['a.txt.json']);
    expect(JSON.parse((await snapshot(out))['b.txt.json'] as string).text).toBe('Seoul replied at length.');

    const forced = await annotateCorpus(corpus, { ...TOKENIZE, out, workers: 1, force: true });
    expect(forced.counts.reused).toBe(0);

    // A different configuration (here: a different stage list) is not up to date either.
    const other = await annotateCorpus(corpus, { stages: ['tokenize', fixture('stages/throw-stage.mjs')], out, workers: 1 });
    expect(other.counts.reused).toBe(0);
  });

  it('fails one document when a stage throws, names the stage, and writes all others', async () => {
    const corpus = await makeCorpus({ 'a.txt': 'Fine text.', 'b.txt': 'Please EXPLODE here.', 'c.txt': 'Also fine.' });
    const out = await tempDir();
    const report = await annotateCorpus(corpus, { stages: ['tokenize', fixture('stages/throw-stage.mjs')], out, workers: 2 });
    expect(report.counts).toMatchObject({ ok: 2, failed: 1 });
    expect(report.documents[1]).toMatchObject({ id: 'b.txt', status: 'failed', output: null, error: { code: 'E_STAGE_FAILED', stage: 'thrower' } });
    expect(report.documents[1]?.error?.message).toMatch(/boom on purpose/);
    expect(await listFiles(out)).toEqual(['a.txt.json', 'annotations.jsonl', 'c.txt.json', 'manifest.json']);
  });

  it('stops a runaway document at the time limit and goes on', async () => {
    const corpus = await makeCorpus({ 'a.txt': 'Fine.', 'b.txt': 'RUNAWAY text.', 'c.txt': 'Fine too.' });
    const out = await tempDir();
    const t0 = Date.now();
    const report = await annotateCorpus(corpus, { stages: ['tokenize', fixture('stages/loop-stage.mjs')], out, workers: 1, timeoutMs: 1500 });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(report.documents.map((d) => d.error?.code ?? d.status)).toEqual(['ok', 'E_TIMEOUT', 'ok']);
    expect(report.documents[1]?.error?.message).toMatch(/longer than 1500 ms/);
  });

  it('loses no other document when runaway documents are stopped while others wait in their workers', async () => {
    // Each worker holds several documents; stopping a runaway one ends its thread, and the
    // documents waiting behind it there must be sent again, not failed.
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`${String(i).padStart(2, '0')}.txt`] = i === 3 || i === 8 ? `RUNAWAY number ${i}.` : `Fine text number ${i}.`;
    const corpus = await makeCorpus(files);
    const out = await tempDir();
    const report = await annotateCorpus(corpus, { stages: ['tokenize', fixture('stages/loop-stage.mjs')], out, workers: 2, timeoutMs: 1000 });
    expect(report.documents.map((d) => d.error?.code ?? d.status)).toEqual(
      Object.keys(files).map((_, i) => (i === 3 || i === 8 ? 'E_TIMEOUT' : 'ok')),
    );
    expect((await readFile(path.join(out, 'annotations.jsonl'), 'utf8')).trimEnd().split('\n')).toHaveLength(10);
  });

  it('counts only a document\'s own annotation against the time limit, not its wait in the worker', async () => {
    // Four documents of 700 ms each in one worker under a 1000 ms limit: the second waits ~700 ms
    // in the worker before it starts, and must not be stopped for it.
    const corpus = await makeCorpus({ 'a.txt': 'SLOW one.', 'b.txt': 'SLOW two.', 'c.txt': 'SLOW three.', 'd.txt': 'SLOW four.' });
    const out = await tempDir();
    const report = await annotateCorpus(corpus, { stages: ['tokenize', fixture('stages/slow-stage.mjs')], out, workers: 1, timeoutMs: 1000 });
    expect(report.documents.map((d) => d.error?.code ?? d.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('fails the document whose worker crashed under it, and only that one', async () => {
    const corpus = await makeCorpus({ 'a.txt': 'Fine.', 'b.txt': 'CRASH here.', 'c.txt': 'Fine too.', 'd.txt': 'Also fine.' });
    const out = await tempDir();
    const report = await annotateCorpus(corpus, { stages: ['tokenize', fixture('stages/crash-stage.mjs')], out, workers: 1 });
    expect(report.documents.map((d) => d.error?.code ?? d.status)).toEqual(['ok', 'E_WORKER_FAILED', 'ok', 'ok']);
    expect(report.documents[1]?.error?.message).toMatch(/worker failed/);
  });

  it('records every kind of bad input in the manifest and loses nothing else', async () => {
    const corpus = await makeCorpus({
      'empty.txt': '',
      'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01]),
      'latin1.txt': Buffer.from('Caf\xe9 owners said prices rose.', 'latin1'),
      'good.txt': 'Kim said the launch failed.',
      'records.jsonl': ['{"text": "Good record."}', '{broken', '{"title": "no text"}', '{"id": "../../escape", "text": "x"}'].join('\n'),
    });
    await writeFile(path.join(corpus, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    const out = await tempDir();
    const report = await annotateCorpus(corpus, { ...TOKENIZE, out, workers: 2 });
    const byId = Object.fromEntries(report.documents.map((d) => [d.id, d.error?.code ?? d.status]));
    expect(byId).toEqual({
      'binary.txt': 'E_BINARY_INPUT',
      'empty.txt': 'E_EMPTY_DOCUMENT',
      'good.txt': 'ok',
      'huge.txt': 'E_TOO_LARGE',
      'latin1.txt': 'ok',
      'records.jsonl/1': 'ok',
      'records.jsonl/2': 'E_BAD_RECORD',
      'records.jsonl/3': 'E_BAD_RECORD',
      'records.jsonl/4': 'E_UNSAFE_PATH',
    });
    expect(await listFiles(out)).toEqual(['annotations.jsonl', 'good.txt.json', 'latin1.txt.json', 'manifest.json', 'records.jsonl/1.json']);
    const latin1 = JSON.parse(await readFile(path.join(out, 'latin1.txt.json'), 'utf8'));
    expect(latin1.source.encoding).toBe('windows-1252');
    expect(latin1.text).toBe('Café owners said prices rose.');
    // Nothing was written outside the output folder.
    expect(await listFiles(path.dirname(out)).then((all) => all.filter((f) => f.endsWith('escape.json')))).toEqual([]);
  });

  it('annotates the sample corpus into valid documents', async () => {
    const out = await tempDir();
    const report = await annotateCorpus(sampleCorpus, { out, workers: 2 });
    expect(report.counts).toMatchObject({ documents: 2, ok: 2, failed: 0 });
    for (const d of report.documents) {
      const doc = JSON.parse(await readFile(path.join(out, d.output as string), 'utf8'));
      expect(validateDocument(doc)).toEqual({ valid: true, errors: [] });
      expect(doc.tokens.length).toBeGreaterThan(150);
    }
  });

  it('refuses a bad configuration before reading any document', async () => {
    const out = await tempDir();
    await expect(annotateCorpus(sampleCorpus, { out, stages: ['tokenize'], config: { tokenize: { nope: 1 } } })).rejects.toThrow(/no option "nope"/);
    expect(await listFiles(out)).toEqual([]);
  });
});
