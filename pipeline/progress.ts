import cliProgress from 'cli-progress';
import type { RunProgress } from './run-corpus.js';

/** Something that shows a run's progress on the terminal. */
export interface ProgressView {
  update(progress: RunProgress): void;
  stop(): void;
}

/**
 * A progress bar on stderr (documents done/total, documents per second, ETA, failures), or
 * nothing when stderr is not a terminal: the CLI then prints one summary line at the end.
 */
export function createProgressView(stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (!stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'annotating {bar} {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {failed} failed',
      hideCursor: true,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const rate = p.elapsedMs > 0 ? ((p.done / p.elapsedMs) * 1000).toFixed(1) : '0';
      if (!started) {
        bar.start(p.total, p.done, { rate, failed: p.failed });
        started = true;
      }
      bar.setTotal(p.total);
      bar.update(p.done, { rate, failed: p.failed });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
