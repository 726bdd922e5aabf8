/** A ustar writer for tests (regular files, links, devices, traversal names). */
export interface TarSpec {
  name: string;
  data?: Buffer | string;
  type?: string;
  linkname?: string;
}

function field(h: Buffer, off: number, len: number, value: string): void {
  h.write(value, off, len, 'utf8');
}

export function tarHeader(s: TarSpec, size: number): Buffer {
  const h = Buffer.alloc(512);
  field(h, 0, 100, s.name);
  field(h, 100, 8, '0000644\0');
  field(h, 108, 8, '0000000\0');
  field(h, 116, 8, '0000000\0');
  field(h, 124, 12, `${size.toString(8).padStart(11, '0')}\0`);
  field(h, 136, 12, '00000000000\0');
  h.write(s.type ?? '0', 156, 1, 'latin1');
  if (s.linkname) field(h, 157, 100, s.linkname);
  field(h, 257, 6, 'ustar\0');
  field(h, 263, 2, '00');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  field(h, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

export function makeTar(specs: TarSpec[], opts: { noEnd?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  for (const s of specs) {
    const data = s.data === undefined ? Buffer.alloc(0) : Buffer.isBuffer(s.data) ? s.data : Buffer.from(s.data);
    parts.push(tarHeader(s, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  if (!opts.noEnd) parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}
