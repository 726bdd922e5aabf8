import { createWriteStream, type WriteStream } from 'node:fs';

/** One JSON object per line: access records and server events, so logs can be grepped and shipped as is. */
export interface ServeLog {
  write(record: Record<string, unknown>): void;
  close(): Promise<void>;
}

/** Flush once this much is buffered, and at least this often. */
const FLUSH_BYTES = 64 * 1024;
const FLUSH_MS = 100;

/**
 * Lines are buffered and written together: at most every 100 ms, or at once past 64 KiB. Under load one
 * write per request would cost a system call each (for a file, a thread-pool round trip each), which on a
 * small machine is a large share of a small model's request. close() flushes what is left.
 */
function batched(flush: (text: string) => void): ServeLog & { flushNow(): void } {
  let buffer = '';
  let timer: NodeJS.Timeout | undefined;
  // The ISO time of the current millisecond, formatted once per millisecond, not once per line.
  let ms = -1;
  let iso = '';
  const flushNow = () => {
    clearTimeout(timer);
    timer = undefined;
    if (buffer === '') return;
    const text = buffer;
    buffer = '';
    flush(text);
  };
  return {
    write(record) {
      const now = Date.now();
      if (now !== ms) {
        ms = now;
        iso = new Date(now).toISOString();
      }
      // `time` first, then the record's own fields (a record never carries its own `time`).
      const rest = JSON.stringify(record);
      buffer += rest.length > 2 ? `{"time":"${iso}",${rest.slice(1)}\n` : `{"time":"${iso}"}\n`;
      if (buffer.length >= FLUSH_BYTES) flushNow();
      else if (!timer) {
        timer = setTimeout(flushNow, FLUSH_MS);
        timer.unref();
      }
    },
    flushNow,
    close: async () => flushNow(),
  };
}

export function streamLog(write: (line: string) => void): ServeLog {
  return batched(write);
}

export function fileLog(file: string): ServeLog {
  const stream: WriteStream = createWriteStream(file, { flags: 'a' });
  const log = batched((text) => void stream.write(text));
  return {
    write: log.write,
    close: () =>
      new Promise((resolve) => {
        log.flushNow();
        stream.end(resolve);
      }),
  };
}

export const silentLog: ServeLog = { write: () => undefined, close: async () => undefined };
