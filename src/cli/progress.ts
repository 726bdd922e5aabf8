import { clearLine, cursorTo } from 'node:readline';
import type cliProgress from 'cli-progress';
import { silentProgress, type Progress, type ProgressUnit } from '../core/progress.js';

/** Where progress is drawn: process.stderr, or a stand-in terminal in tests. */
export interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

/** A progress display, and what the CLI calls before it prints a line of its own so the two do not mix. */
export interface TerminalProgress extends Progress {
  /** Clears the bar from its line; it is drawn again on its next tick. */
  clear(): void;
}

const SILENT: TerminalProgress = { ...silentProgress, clear() {} };

const MIB = 1024 * 1024;
const formatAmount = (n: number, unit: ProgressUnit): string => (unit === 'bytes' ? `${(n / MIB).toFixed(n < 10 * MIB ? 1 : 0)} MiB` : String(Math.round(n)));

/**
 * A bar on `stream` when it is a terminal and `wanted` (text output, not -q); otherwise nothing at all, so CI
 * logs and `--format json` carry no progress. Drawn by cli-progress; the bar is cleared when a task stops.
 */
export async function terminalProgress(stream: ProgressStream | undefined, wanted: boolean): Promise<TerminalProgress> {
  if (!wanted || !stream || stream.isTTY !== true) return SILENT;
  // cli-progress loads only when a bar will be drawn: a pipe, a CI log and `--help` never pay for it.
  const { default: cliProgress } = await import('cli-progress');
  let bar: cliProgress.SingleBar | undefined;
  let unit: ProgressUnit = 'steps';
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    start(label, total, taskUnit) {
      stop();
      unit = taskUnit;
      bar = new cliProgress.SingleBar({
        stream: withoutCursorSaves(stream),
        format: `${label} [{bar}] {percentage}% {value}/{total} | {note}`,
        formatValue: (v, _options, type) => (type === 'value' || type === 'total' ? formatAmount(v, unit) : String(v)),
        barsize: 24,
        clearOnComplete: true,
        // Redrawn every tick, so a line the CLI printed over it (after clear()) never leaves the bar missing.
        forceRedraw: true,
        // No terminal modes are changed (cursor hidden, line wrap off), so Ctrl-C, which still ends the
        // process as it always did (no SIGINT handler), never leaves the terminal in an odd state.
        hideCursor: false,
        linewrap: true,
        gracefulExit: false,
      });
      bar.start(Math.max(total, 0), 0, { note: '' });
    },
    update(done, note) {
      bar?.update(done, note === undefined ? {} : { note });
    },
    stop,
    clear() {
      if (!bar) return;
      cursorTo(stream, 0);
      clearLine(stream, 0);
    },
  };
}

const SAVE_CURSOR = '\x1b7';
const RESTORE_CURSOR = '\x1b8';

/**
 * The stream as cli-progress sees it. It saves the cursor's screen position when a bar starts and restores it
 * when the bar stops; but the bar shares the terminal with lines the CLI prints meanwhile (the demo's steps,
 * bench's trials), and once they moved the bar down the saved position is a line of theirs, which the final
 * clear would erase. Without those two sequences the bar is drawn and cleared on whatever line it is on.
 */
function withoutCursorSaves(stream: ProgressStream): ProgressStream {
  return new Proxy(stream, {
    get(target, key) {
      if (key === 'write') {
        return (chunk: unknown, ...rest: unknown[]) => (chunk === SAVE_CURSOR || chunk === RESTORE_CURSOR ? true : (target.write as (...a: unknown[]) => boolean).call(target, chunk, ...rest));
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
