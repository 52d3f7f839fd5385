import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressView } from '../../pipeline/progress.js';
import type { RunProgress } from '../../pipeline/run-corpus.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; output: () => string } {
  const pass = new PassThrough();
  let data = '';
  pass.on('data', (chunk: Buffer) => (data += chunk.toString()));
  Object.assign(pass, { isTTY, columns: 120, rows: 40, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, getWindowSize: () => [120, 40] });
  return { stream: pass as unknown as NodeJS.WriteStream, output: () => data };
}

const step = (done: number, failed = 0): RunProgress => ({
  done,
  total: 5,
  ok: done - failed,
  failed,
  reused: 0,
  elapsedMs: done * 500,
  last: { id: `d${done}`, path: `d${done}`, record: null, sha256: null, status: 'ok', output: null },
});

describe('createProgressView', () => {
  it('draws documents done/total, docs/s, ETA and failures on a terminal', async () => {
    const { stream, output } = fakeStream(true);
    const view = createProgressView(stream);
    view.update(step(1));
    view.update(step(2, 1));
    view.stop();
    await new Promise((r) => setImmediate(r));
    const text = output();
    expect(text).toMatch(/2\/5 docs/);
    expect(text).toMatch(/2\.0 docs\/s/);
    expect(text).toMatch(/ETA \d/);
    expect(text).toMatch(/1 failed/);
  });

  it('draws nothing when the stream is not a terminal', async () => {
    const { stream, output } = fakeStream(false);
    const view = createProgressView(stream);
    view.update(step(1));
    view.stop();
    await new Promise((r) => setImmediate(r));
    expect(output()).toBe('');
  });
});
