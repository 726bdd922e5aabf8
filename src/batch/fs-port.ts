import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * The file operations a run makes, behind a port so tests can inject failures (a full disk, a rename that
 * fails) without filling a real disk. `writeDurable` writes and fsyncs a file.
 */
export interface BatchFs {
  writeDurable(file: string, data: Buffer | string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
  readFile(file: string): Promise<Buffer>;
}

export const nodeFs: BatchFs = {
  async writeDurable(file, data) {
    const handle = await open(file, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  rm: (file) => rm(file, { force: true, recursive: true }),
  mkdir: async (dir) => {
    await mkdir(dir, { recursive: true });
  },
  readFile: (file) => readFile(file),
};

/** Writes to a temp name beside the target and renames it into place; on any failure the temp is removed. */
export async function writeAtomically(fs: BatchFs, file: string, data: Buffer | string, tag: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${tag}.tmp`);
  try {
    await fs.writeDurable(temp, data);
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp).catch(() => undefined);
    throw err;
  }
}

