import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus, root, sampleCorpus, tempDir } from '../helpers.js';

const BIN = path.join(root, 'bin/newsmark.js');

function cli(args: string[], options: { cwd?: string } = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, r)));
    else out.push(r);
  }
  return out.sort();
}

describe('newsmark CLI', () => {
  it('prints help and version on stdout and exits 0', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/annotate \[options\] <corpusDir>/);
    expect(help.stdout).toMatch(/validate <outDir>/);
    const annotateHelp = cli(['annotate', '--help']);
    expect(annotateHelp.stdout).toMatch(/--workers <n>/);
    expect(annotateHelp.stdout).toMatch(/Exit codes: 0 every document annotated, 1 some documents failed/);
    const version = cli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [['annotate', 'corpus'], /required option '-o, --out <outDir>'/],
    [['annotate', 'corpus', '--out', '/tmp/x', '--workers', 'zero'], /must be a positive integer/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['annotate', '/no/such/corpus', '--out', '/tmp/x'], /corpus folder \/no\/such\/corpus cannot be read/],
    [['annotate', 'corpus', '--out', '/tmp/x', '--stages', 'tokenize,nosuch'], /unknown stage "nosuch"/],
    [['annotate', 'corpus', '--out', '/tmp/x', '--stages', 'tokenize', '--set', 'tokenize.nope=1'], /stage "tokenize" has no option "nope"/],
  ])('exits 2 with a clear message for usage errors: %j', (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('exits 2 for a config file that is not JSON', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bad.json'), '{ stages: ');
    const result = cli(['annotate', 'corpus', '--out', path.join(dir, 'out'), '--config', path.join(dir, 'bad.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not valid JSON/);
  });

  it('annotates the sample corpus: exit 0, nothing on stdout, one summary line on stderr', async () => {
    const out = path.join(await tempDir(), 'out');
    const result = cli(['annotate', sampleCorpus, '--out', out, '--workers', '2']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^newsmark: 2 documents \(2 ok, 0 failed, 0 up to date\) in [\d.]+ s/);
    expect(await listFiles(out)).toEqual(['annotations.jsonl', 'chollima-launch-fails.txt.json', 'chollima-vow-next-launch.md.json', 'manifest.json']);

    const validate = cli(['validate', out]);
    expect(validate.status).toBe(0);
    expect(validate.stderr).toMatch(/4 documents checked, 0 invalid/);
  });

  it('exits 1 when some documents fail, lists them, and writes the rest', async () => {
    const corpus = await makeCorpus({ 'good.txt': 'Seoul condemned the launch.', 'bad.txt': Buffer.from([0x00, 0x01, 0x02]) });
    const out = path.join(await tempDir(), 'out');
    const result = cli(['annotate', corpus, '--out', out, '--stages', 'tokenize']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/1 ok, 1 failed/);
    expect(result.stderr).toMatch(/failed bad.txt: E_BINARY_INPUT/);
    expect(await listFiles(out)).toEqual(['annotations.jsonl', 'good.txt.json', 'manifest.json']);
  });

  it('reads stage options from a config file and records them in the manifest', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'config.json'), JSON.stringify({ stages: ['tokenize'] }));
    const out = path.join(dir, 'out');
    expect(cli(['annotate', sampleCorpus, '--out', out, '--config', path.join(dir, 'config.json')]).status).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.pipeline.stages.map((s: { name: string }) => s.name)).toEqual(['tokenize']);
  });

  it('validate reports a tampered document and exits 1', async () => {
    const out = path.join(await tempDir(), 'out');
    cli(['annotate', sampleCorpus, '--out', out, '--stages', 'tokenize']);
    const file = path.join(out, 'chollima-launch-fails.txt.json');
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.tokens[0].end = doc.text.length + 10;
    await writeFile(file, JSON.stringify(doc));
    const result = cli(['validate', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/chollima-launch-fails.txt.json: \/tokens\/0 \[0, \d+\) is outside the text/);
  });

  it('survives SIGKILL mid-run: no partial files, and a re-run gives the uninterrupted output', async () => {
    const paragraph = 'North Korea said on Wednesday that its Chollima-1 rocket had failed. Officials in Seoul condemned the launch and vowed a stern response. ';
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`doc${String(i).padStart(3, '0')}.txt`] = `Article ${i}. ` + paragraph.repeat(60);
    const corpus = await makeCorpus(files);
    const base = await tempDir();
    const killedOut = path.join(base, 'killed');
    const cleanOut = path.join(base, 'clean');

    const child = spawn(process.execPath, [BIN, 'annotate', corpus, '--out', killedOut, '--workers', '1', '--stages', 'tokenize'], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill it once some documents are written but the run is not finished.
    for (let i = 0; i < 600; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const written = await listFiles(killedOut).catch(() => [] as string[]);
      if (written.filter((f) => f.endsWith('.txt.json')).length >= 5) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const afterKill = await listFiles(killedOut);
    const docsWritten = afterKill.filter((f) => f.endsWith('.txt.json'));
    expect(docsWritten.length).toBeGreaterThanOrEqual(5);
    expect(docsWritten.length).toBeLessThan(150);
    expect(afterKill).not.toContain('manifest.json');
    for (const f of afterKill.filter((name) => name.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(path.join(killedOut, f), 'utf8'))).not.toThrow();
    }

    const rerun = cli(['annotate', corpus, '--out', killedOut, '--workers', '2', '--stages', 'tokenize']);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`\\(150 ok, 0 failed, ${docsWritten.length} up to date\\)`));
    expect(cli(['annotate', corpus, '--out', cleanOut, '--workers', '2', '--stages', 'tokenize']).status).toBe(0);

    const killedFiles = (await listFiles(killedOut)).filter((f) => f !== 'manifest.json');
    const cleanFiles = (await listFiles(cleanOut)).filter((f) => f !== 'manifest.json');
    expect(killedFiles).toEqual(cleanFiles);
    for (const f of cleanFiles) expect(await readFile(path.join(killedOut, f), 'utf8')).toBe(await readFile(path.join(cleanOut, f), 'utf8'));
  });
});
