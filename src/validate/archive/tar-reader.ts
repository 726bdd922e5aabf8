/**
 * A tar header reader (ustar, GNU and pax). Hand-written rather than the `tar` package because the package
 * extracts: it strips `..` and absolute prefixes and follows its own link policy, which would hide exactly
 * what a validator must report. Here every header is read raw, checksummed and checked; members are
 * byte ranges of the source, never written anywhere.
 */
import type { Finding } from '../types.js';
import { collisionKey, unsafeMemberPath } from './paths.js';

export interface TarMember {
  name: string;
  type: string;
  size: number;
  dataOffset: number;
}

export interface TarListing {
  members: TarMember[];
  findings: Finding[];
  ok: boolean;
}

interface Src {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

function cstr(b: Buffer, start: number, len: number): string {
  const s = b.subarray(start, start + len);
  const nul = s.indexOf(0);
  return s.subarray(0, nul < 0 ? s.length : nul).toString('utf8');
}

function octal(b: Buffer, start: number, len: number): number | null {
  const f = b.subarray(start, start + len);
  if (f[0] & 0x80) {
    // GNU base-256: big-endian, first byte's high bit set.
    let v = f[0] & 0x7f;
    for (let i = 1; i < f.length; i++) v = v * 256 + f[i];
    return Number.isSafeInteger(v) ? v : null;
  }
  const s = f.toString('latin1').replace(/\0.*$/s, '').trim();
  if (s === '') return 0;
  return /^[0-7]+$/.test(s) ? parseInt(s, 8) : null;
}

/** True when the block is a plausible tar header (checksum matches). */
export function tarChecksumOk(h: Buffer): boolean {
  if (h.length < 512) return false;
  const want = octal(h, 148, 8);
  if (want === null) return false;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : h[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return want === unsigned || want === signed;
}

function parsePax(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let p = 0;
  while (p < text.length) {
    const sp = text.indexOf(' ', p);
    if (sp < 0) break;
    const len = Number(text.slice(p, sp));
    if (!Number.isInteger(len) || len <= 0) break;
    const rec = text.slice(sp + 1, p + len - 1);
    const eq = rec.indexOf('=');
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1);
    p += len;
  }
  return out;
}

export async function readTar(src: Src, opts: { maxMembers: number }): Promise<TarListing> {
  const findings: Finding[] = [];
  const members: TarMember[] = [];
  const err = (rule: string, message: string, offset: number): void => { findings.push({ rule, severity: 'error', message, location: { offset } }); };
  const seen = new Map<string, string>();
  let off = 0;
  let longName: string | null = null;
  let pax: Record<string, string> = {};
  for (;;) {
    if (off + 512 > src.size) {
      err('tar/truncated', `the archive ends at ${src.size} without the two zero blocks that close a tar`, off);
      return { members, findings, ok: false };
    }
    const h = await src.read(off, 512);
    if (h.every((b) => b === 0)) {
      const next = off + 1024 <= src.size ? await src.read(off + 512, 512) : Buffer.alloc(0);
      if (next.length < 512) findings.push({ rule: 'tar/truncated', severity: 'error', message: 'only one end-of-archive zero block', location: { offset: off } });
      const after = off + 1024;
      // Whatever follows the end marker is never extracted by tar but may be read by other tools.
      if (after < src.size) {
        const tail = await src.read(after, Math.min(src.size - after, 1 << 16));
        if (tail.some((b) => b !== 0)) err('tar/trailing-data', `${src.size - after} byte(s) after the end of the archive`, after);
      }
      return { members, findings, ok: true };
    }
    if (!tarChecksumOk(h)) {
      err('tar/bad-checksum', 'header checksum mismatch: the archive is corrupt or not a tar', off);
      return { members, findings, ok: false };
    }
    const size = octal(h, 124, 12);
    if (size === null) {
      err('tar/bad-header', 'member size is not a number', off);
      return { members, findings, ok: false };
    }
    const type = String.fromCharCode(h[156] || 0x30);
    const dataOffset = off + 512;
    const padded = Math.ceil(size / 512) * 512;
    if (dataOffset + size > src.size) {
      err('tar/truncated', `member data (${size} bytes) runs past the end of the archive`, off);
      return { members, findings, ok: false };
    }
    const magic = h.subarray(257, 263).toString('latin1');
    const prefix = magic.startsWith('ustar') && magic[5] === '\0' ? cstr(h, 345, 155) : '';
    let name = longName ?? pax.path ?? (prefix ? `${prefix}/${cstr(h, 0, 100)}` : cstr(h, 0, 100));
    const effSize = pax.size !== undefined && /^\d+$/.test(pax.size) ? Number(pax.size) : size;
    if (effSize !== size) {
      err('tar/bad-header', `pax size ${pax.size} disagrees with the header size ${size}: tar implementations disagree on where the next member starts`, off);
      return { members, findings, ok: false };
    }
    if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
      if (size > 1 << 20) { err('tar/bad-header', `extended header of ${size} bytes`, off); return { members, findings, ok: false }; }
      const body = await src.read(dataOffset, size);
      if (type === 'L') longName = cstr(body, 0, body.length);
      else if (type === 'x') pax = parsePax(body.toString('utf8'));
      off = dataOffset + padded;
      continue;
    }
    longName = null;
    pax = {};
    if (members.length >= opts.maxMembers) {
      err('archive/too-many-members', `more than maxArchiveMembers (${opts.maxMembers}) members`, off);
      return { members, findings, ok: false };
    }
    name = name.replace(/^\.\//, '');
    const bad = unsafeMemberPath(name);
    if (bad) err('archive/unsafe-path', `member ${JSON.stringify(name)}: ${bad}`, off);
    if (type === '1' || type === '2') {
      err('archive/link-member', `member ${JSON.stringify(name)} is a ${type === '1' ? 'hard' : 'symbolic'} link to ${JSON.stringify(cstr(h, 157, 100))}`, off);
    } else if (type === '3' || type === '4' || type === '6') {
      err('archive/special-member', `member ${JSON.stringify(name)} is a ${type === '6' ? 'FIFO' : 'device file'}`, off);
    } else if (!['0', '7', '5'].includes(type)) {
      err('tar/unsupported-entry', `member ${JSON.stringify(name)} has entry type ${JSON.stringify(type)}, which cannot be verified`, off);
    }
    if (type === '0' || type === '7') {
      const key = collisionKey(name);
      const prev = seen.get(key);
      if (prev !== undefined) err('archive/duplicate-member', `member ${JSON.stringify(name)} appears more than once (the last copy wins on extraction)`, off);
      else seen.set(key, name);
    }
    members.push({ name, type, size, dataOffset });
    off = dataOffset + padded;
  }
}
