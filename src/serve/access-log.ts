import { createWriteStream, type WriteStream } from 'node:fs';

/** One JSON object per line: access records and server events, so logs can be grepped and shipped as is. */
export interface ServeLog {
  write(record: Record<string, unknown>): void;
  close(): Promise<void>;
}

export function streamLog(write: (line: string) => void): ServeLog {
  return {
    write: (record) => write(`${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`),
    close: async () => undefined,
  };
}

export function fileLog(file: string): ServeLog {
  const stream: WriteStream = createWriteStream(file, { flags: 'a' });
  return {
    write: (record) => void stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`),
    close: () => new Promise((resolve) => stream.end(resolve)),
  };
}

export const silentLog: ServeLog = { write: () => undefined, close: async () => undefined };
