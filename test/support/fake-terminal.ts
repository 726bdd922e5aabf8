import { Writable } from 'node:stream';
import type { Progress, ProgressUnit } from '../../src/core/progress.js';

/** A stand-in for process.stderr: a terminal (isTTY, 80 columns) or a pipe, keeping everything written. */
export function fakeStream(isTTY: boolean): Writable & { isTTY: boolean; columns: number; text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { isTTY, columns: 80, text: () => chunks.join('') });
}

/** A Progress that records every call, to check what a domain reports. */
export function recordingProgress(): Progress & { calls: Array<['start', string, number, ProgressUnit] | ['update', number, string | undefined] | ['stop']> } {
  const calls: Array<['start', string, number, ProgressUnit] | ['update', number, string | undefined] | ['stop']> = [];
  return {
    calls,
    start: (label, total, unit) => void calls.push(['start', label, total, unit]),
    update: (done, note) => void calls.push(['update', done, note]),
    stop: () => void calls.push(['stop']),
  };
}
