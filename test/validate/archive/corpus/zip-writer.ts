/**
 * A zip writer for tests, able to write the irregular archives of the bypass reports: flag bits, wrong
 * CRCs, local names that differ from the central directory, symlinks, duplicates, overlapping entries.
 */
import zlib from 'node:zlib';

export interface ZipSpec {
  name: string;
  data: Buffer | string;
  method?: 0 | 8;
  flags?: number;
  /** Override the CRC written in both headers. */
  crc?: number;
  /** Name written in the local header (defaults to `name`). */
  localName?: string;
  /** Unix mode for external attributes (e.g. 0o120777 for a symlink). */
  mode?: number;
  /** Declared uncompressed size override. */
  size?: number;
  /** Align data to 64 bytes with an `FB` extra field, as torch.save does. */
  align64?: boolean;
  /** Point this central entry at another entry's local header (overlap). */
  sameAs?: number;
}

export function makeZip(specs: ZipSpec[], opts: { trailing?: Buffer; prefix?: Buffer } = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = opts.prefix?.length ?? 0;
  const offsets: number[] = [];
  specs.forEach((s) => {
    const data = Buffer.isBuffer(s.data) ? s.data : Buffer.from(s.data);
    const method = s.method ?? 0;
    const body = method === 8 ? zlib.deflateRawSync(data) : data;
    const crc = s.crc ?? zlib.crc32(data);
    const flags = s.flags ?? 0x800;
    const lname = Buffer.from(s.localName ?? s.name);
    const name = Buffer.from(s.name);
    let extra = Buffer.alloc(0);
    if (s.align64) {
      const base = offset + 30 + lname.length + 4;
      const pad = (64 - (base % 64)) % 64;
      extra = Buffer.alloc(4 + pad);
      extra.writeUInt16LE(0x4246, 0);
      extra.writeUInt16LE(pad, 2);
    }
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(flags, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc >>> 0, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(s.size ?? data.length, 22);
    lh.writeUInt16LE(lname.length, 26);
    lh.writeUInt16LE(extra.length, 28);
    const localOffset = s.sameAs !== undefined ? offsets[s.sameAs] : offset;
    offsets.push(localOffset);
    if (s.sameAs === undefined) {
      locals.push(lh, lname, extra, body);
      offset += lh.length + lname.length + extra.length + body.length;
    }
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(s.mode !== undefined ? (3 << 8) | 20 : 20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(flags, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc >>> 0, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(s.size ?? data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(s.mode !== undefined ? (s.mode << 16) >>> 0 : 0, 38);
    ch.writeUInt32LE(localOffset, 42);
    central.push(ch, name);
  });
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(specs.length, 8);
  end.writeUInt16LE(specs.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([opts.prefix ?? Buffer.alloc(0), ...locals, cd, end, opts.trailing ?? Buffer.alloc(0)]);
}
