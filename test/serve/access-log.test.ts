import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileLog, streamLog } from '../../src/serve/access-log.js';

afterEach(() => {
  jest.useRealTimers();
});

describe('access logs', () => {
  it('writes the lines of a burst together, at most 100 ms later, as JSON lines with a time', () => {
    jest.useFakeTimers();
    const writes: string[] = [];
    const log = streamLog((text) => void writes.push(text));
    for (let i = 0; i < 3; i++) log.write({ event: 'access', status: 200, i });
    expect(writes).toEqual([]);
    jest.advanceTimersByTime(100);
    expect(writes).toHaveLength(1);
    const lines = writes[0].trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.i)).toEqual([0, 1, 2]);
    expect(lines.every((l) => typeof l.time === 'string' && !Number.isNaN(Date.parse(l.time as string)))).toBe(true);
  });

  it('flushes at once past 64 KiB and on close', async () => {
    jest.useFakeTimers();
    const writes: string[] = [];
    const log = streamLog((text) => void writes.push(text));
    log.write({ event: 'big', pad: 'x'.repeat(70_000) });
    expect(writes).toHaveLength(1);
    log.write({ event: 'last' });
    await log.close();
    expect(writes).toHaveLength(2);
    expect(JSON.parse(writes[1])).toMatchObject({ event: 'last' });
  });

  it('appends to a file and closes with every line written', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-log-'));
    try {
      const file = path.join(dir, 'access.log');
      const log = fileLog(file);
      for (let i = 0; i < 5; i++) log.write({ event: 'access', i });
      await log.close();
      const again = fileLog(file);
      again.write({ event: 'stopped' });
      await again.close();
      const lines = (await readFile(file, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.map((l) => l.event)).toEqual(['access', 'access', 'access', 'access', 'access', 'stopped']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
