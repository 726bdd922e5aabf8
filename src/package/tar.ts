import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';

/**
 * A reproducible POSIX tar of a folder, as ModelPack asks of tar layers: entries in lexicographic byte
 * order, regular files only, mode 0644, uid/gid 0, one fixed mtime. Long paths and sizes use PAX records.
 * Written by hand (about 80 lines) because it must be byte-stable across library versions and stream
 * files of any size without buffering them.
 */
export interface TarEntry {
  /** `/`-separated path inside the folder. */
  name: string;
  file: string;
  size: number;
}

/** Regular files under `root`, sorted; symlinks and special files are refused (they could escape). */
export async function listTarEntries(root: string): Promise<TarEntry[]> {
  const out: TarEntry[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const file = path.join(dir, name);
      const info = await lstat(file);
      const rel = prefix ? `${prefix}/${name}` : name;
      if (info.isDirectory()) await walk(file, rel);
      else if (info.isFile()) out.push({ name: rel, file, size: info.size });
      else throw new ModelshipError(`${file} is not a regular file or folder (symlink or device): a model package holds regular files only`);
    }
  };
  await walk(root, '');
  return out.sort((a, b) => (Buffer.compare(Buffer.from(a.name), Buffer.from(b.name))));
}

const BLOCK = 512;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (`${length}`.length + Buffer.byteLength(body) !== length) length = `${length}`.length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`);
}

function header(name: string, size: number, type: '0' | 'x', mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(0o644, 8), 100);
  h.write(octal(0, 8), 108);
  h.write(octal(0, 8), 116);
  h.write(octal(size, 12), 124);
  h.write(octal(mtime, 12), 136);
  h.write('        ', 148);
  h.write(type, 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
const MAX_OCTAL_SIZE = 0o77777777777;

function entryHeaders(entry: TarEntry, mtime: number): Buffer[] {
  const nameBytes = Buffer.byteLength(entry.name);
  const pax: Buffer[] = [];
  if (nameBytes > 100 || !/^[\x20-\x7e]*$/.test(entry.name)) pax.push(paxRecord('path', entry.name));
  if (entry.size > MAX_OCTAL_SIZE) pax.push(paxRecord('size', `${entry.size}`));
  const out: Buffer[] = [];
  if (pax.length) {
    const body = Buffer.concat(pax);
    out.push(header('PaxHeader', body.length, 'x', mtime), body, padding(body.length));
  }
  const shortName = pax.length ? entry.name.replace(/[^\x20-\x7e]/g, '_').slice(-100) : entry.name;
  out.push(header(shortName, entry.size > MAX_OCTAL_SIZE ? 0 : entry.size, '0', mtime));
  return out;
}

/** Streams the tar; a file whose size changed while it was read fails the stream (never a corrupt layer). */
export async function* tarStream(entries: TarEntry[], mtime = 0): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    yield* entryHeaders(entry, mtime);
    let read = 0;
    for await (const chunk of createReadStream(entry.file)) {
      read += (chunk as Buffer).length;
      if (read > entry.size) break;
      yield chunk as Buffer;
    }
    if (read !== entry.size) throw new ModelshipError(`${entry.file} changed size while it was packaged (${entry.size} -> ${read} bytes)`);
    yield padding(entry.size);
  }
  yield Buffer.alloc(BLOCK * 2);
}
