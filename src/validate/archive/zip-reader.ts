/**
 * A zip central-directory reader written for validation rather than extraction. Why not yauzl: yauzl
 * rejects or silently normalises exactly the things we must report (it refuses some flag bits and CRC
 * errors that PyTorch's miniz reader accepts — the picklescan/modelscan bypasses — and it never compares
 * the local header with the central directory or detects overlapping entries). Like PyTorch, we trust the
 * central directory to find members and then check every local header against it; every deviation from
 * what `torch.save`/`zipfile` write is a finding, and every member's content is still scanned.
 */
import type { Finding } from '../types.js';
import { collisionKey, unsafeMemberPath } from './paths.js';

export interface ZipEntry {
  index: number;
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Offset of the member's data (after its local header), or -1 when the local header is unusable. */
  dataOffset: number;
  madeBy: number;
  externalAttrs: number;
  isDirectory: boolean;
  isSymlink: boolean;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  findings: Finding[];
  /** False when the directory could not be read at all. */
  ok: boolean;
}

interface Src {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

export async function readZipDirectory(src: Src, opts: { maxMembers: number; member?: string }): Promise<ZipDirectory> {
  const findings: Finding[] = [];
  const fail = (rule: string, message: string, offset?: number): ZipDirectory => {
    findings.push(finding(rule, message, offset, opts.member));
    return { entries: [], findings, ok: false };
  };
  if (src.size < 22) return fail('zip/truncated', `${src.size} bytes is too small for a zip end-of-central-directory record`);

  const tailLen = Math.min(src.size, 22 + 0xffff);
  const tailStart = src.size - tailLen;
  const tail = await src.read(tailStart, tailLen);
  let eocdAt = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) { eocdAt = i; break; }
  }
  if (eocdAt < 0) return fail('zip/no-central-directory', 'no end-of-central-directory record: the zip is truncated or not a zip');
  const eocdOffset = tailStart + eocdAt;
  const commentLen = tail.readUInt16LE(eocdAt + 20);
  if (eocdAt + 22 + commentLen !== tail.length) {
    findings.push(finding('zip/trailing-data', `${tail.length - eocdAt - 22 - commentLen} byte(s) after the end-of-central-directory record (a polyglot or appended payload)`, eocdOffset, opts.member));
  }
  const disk = tail.readUInt16LE(eocdAt + 4);
  const cdDisk = tail.readUInt16LE(eocdAt + 6);
  let count = tail.readUInt16LE(eocdAt + 10);
  let cdSize = tail.readUInt32LE(eocdAt + 12);
  let cdOffset = tail.readUInt32LE(eocdAt + 16);
  let cdEnd = eocdOffset;
  if (disk !== 0 || cdDisk !== 0) return fail('zip/multi-disk', 'multi-disk (spanned) zips are not supported and cannot be verified', eocdOffset);

  // A ZIP64 end record and locator (APPNOTE 4.3.14-4.3.15) sit just before the end record. torch.save
  // (miniz) writes them on every save, even for tiny files; readers that find the locator use the 64-bit
  // values, so they must agree with the 32-bit ones wherever those are not the 0xffff/0xffffffff markers.
  const markers = count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff;
  const loc = eocdOffset >= 20 ? await src.read(eocdOffset - 20, 20) : null;
  if (loc && loc.readUInt32LE(0) === EOCD64_LOCATOR) {
    const locAt = eocdOffset - 20;
    const recDisk = loc.readUInt32LE(4);
    const recAt = safeU64(loc, 8);
    const disks = loc.readUInt32LE(16);
    if (recDisk !== 0 || disks > 1) return fail('zip/multi-disk', `zip64 locator names disk ${recDisk} of ${disks}: spanned zips cannot be verified`, locAt);
    if (recAt === null || recAt + 56 > locAt) return fail('zip/bad-zip64', `zip64 locator points at ${recAt ?? 'an offset past 2^53'}, not before the locator at ${locAt}`, locAt);
    const rec = await src.read(recAt, 56);
    if (rec.readUInt32LE(0) !== EOCD64) return fail('zip/bad-zip64', `no zip64 end record at offset ${recAt}, where the zip64 locator points`, recAt);
    const recSize = safeU64(rec, 4);
    if (recSize === null || recSize < 44 || recAt + 12 + recSize !== locAt) {
      return fail('zip/bad-zip64', `the zip64 end record at ${recAt} declares ${recSize ?? 'more than 2^53'} byte(s), which does not end at the locator (${locAt}): unexplained bytes`, recAt);
    }
    if (rec.readUInt32LE(16) !== 0 || rec.readUInt32LE(20) !== 0) return fail('zip/multi-disk', 'the zip64 end record names another disk: spanned zips cannot be verified', recAt);
    const count64 = safeU64(rec, 24);
    const total64 = safeU64(rec, 32);
    const size64 = safeU64(rec, 40);
    const offset64 = safeU64(rec, 48);
    if (count64 === null || total64 === null || size64 === null || offset64 === null || count64 !== total64) {
      return fail('zip/bad-zip64', 'the zip64 end record has counts or sizes past 2^53, or disagreeing entry counts', recAt);
    }
    const disagree = (count !== 0xffff && count !== count64) || (cdSize !== 0xffffffff && cdSize !== size64) || (cdOffset !== 0xffffffff && cdOffset !== offset64);
    if (disagree) {
      return fail('zip/bad-zip64', `the zip64 end record (${count64} entries, ${size64} bytes at ${offset64}) disagrees with the end record (${count} entries, ${cdSize} bytes at ${cdOffset}): readers would see different members`, recAt);
    }
    count = count64;
    cdSize = size64;
    cdOffset = offset64;
    cdEnd = recAt;
  } else if (markers) {
    return fail('zip/bad-zip64', 'zip64 markers in the end record without a zip64 locator', eocdOffset);
  }
  if (count > opts.maxMembers) return fail('archive/too-many-members', `${count} members exceed maxArchiveMembers (${opts.maxMembers})`, eocdOffset);
  if (cdOffset + cdSize > cdEnd) return fail('zip/bad-central-directory', `central directory (${cdOffset}+${cdSize}) overlaps its end record at ${cdEnd}`, eocdOffset);
  if (cdOffset + cdSize !== cdEnd) {
    findings.push(finding('zip/bad-central-directory', `${cdEnd - cdOffset - cdSize} unexplained byte(s) between the central directory and its end record`, cdOffset + cdSize, opts.member));
  }
  const cd = await src.read(cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  const seen = new Map<string, string>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN) return fail('zip/bad-central-directory', `central directory entry ${i} is truncated or has a bad signature`, cdOffset + p);
    const madeBy = cd.readUInt16LE(p + 4);
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc = cd.readUInt32LE(p + 16);
    let csize = cd.readUInt32LE(p + 20);
    let usize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commLen = cd.readUInt16LE(p + 32);
    const externalAttrs = cd.readUInt32LE(p + 38);
    let localOffset = cd.readUInt32LE(p + 42);
    if (p + 46 + nameLen + extraLen + commLen > cd.length) return fail('zip/bad-central-directory', `central directory entry ${i} runs past the directory`, cdOffset + p);
    const rawName = cd.subarray(p + 46, p + 46 + nameLen);
    const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    // Zip64 extended information replaces the fields set to 0xffffffff, in this order.
    if (usize === 0xffffffff || csize === 0xffffffff || localOffset === 0xffffffff) {
      const z = zip64Extra(extra);
      const wanted = Number(usize === 0xffffffff) + Number(csize === 0xffffffff) + Number(localOffset === 0xffffffff);
      if (z === null || z.length < wanted) return fail('zip/bad-zip64', `central directory entry ${i} marks 64-bit sizes or offset but its zip64 extra field lacks them (or holds values past 2^53)`, cdOffset + p);
      let k = 0;
      if (usize === 0xffffffff) usize = z[k++];
      if (csize === 0xffffffff) csize = z[k++];
      if (localOffset === 0xffffffff) localOffset = z[k++];
    }
    p += 46 + nameLen + extraLen + commLen;
    const name = decodeName(rawName, flags);
    const unix = madeBy >> 8 === 3;
    const mode = unix ? (externalAttrs >>> 16) & 0o170000 : 0;
    const entry: ZipEntry = {
      index: i, name, flags, method, crc, compressedSize: csize, uncompressedSize: usize, localOffset,
      dataOffset: -1, madeBy, externalAttrs, isDirectory: name.endsWith('/'), isSymlink: mode === 0o120000,
    };
    entries.push(entry);
    const bad = unsafeMemberPath(name);
    if (bad) findings.push(finding('archive/unsafe-path', `member ${JSON.stringify(name)}: ${bad}`, cdOffset, opts.member));
    const key = collisionKey(name);
    const prev = seen.get(key);
    if (prev !== undefined) {
      findings.push(finding('archive/duplicate-member', prev === name
        ? `member ${JSON.stringify(name)} appears twice: readers disagree on which copy wins`
        : `members ${JSON.stringify(prev)} and ${JSON.stringify(name)} collide on case-insensitive file systems`, cdOffset, opts.member));
    } else seen.set(key, name);
    if (flags & 0x41) findings.push(finding('zip/encrypted', `member ${JSON.stringify(name)} is flagged as encrypted (flags 0x${flags.toString(16)}): PyTorch ignores the flag and loads it, other tools skip it; it cannot be verified as written`, localOffset, opts.member));
    if (entry.isSymlink) findings.push(finding('archive/link-member', `member ${JSON.stringify(name)} is a symbolic link`, localOffset, opts.member));
    if (mode === 0o020000 || mode === 0o060000 || mode === 0o010000) findings.push(finding('archive/special-member', `member ${JSON.stringify(name)} is a device or FIFO`, localOffset, opts.member));
    if (method !== 0 && method !== 8) findings.push(finding('zip/unsupported-method', `member ${JSON.stringify(name)} uses compression method ${method}; only stored (0) and deflate (8) can be verified`, localOffset, opts.member));
  }
  if (p !== cd.length) findings.push(finding('zip/bad-central-directory', `${cd.length - p} unexplained byte(s) at the end of the central directory`, cdOffset + p, opts.member));

  // Local headers: must exist, agree with the central directory, and not overlap each other.
  for (const e of entries) {
    if (e.localOffset + 30 > cdOffset) {
      findings.push(finding('zip/bad-local-header', `member ${JSON.stringify(e.name)}: local header offset ${e.localOffset} is outside the data area`, e.localOffset, opts.member));
      continue;
    }
    const h = await src.read(e.localOffset, 30);
    if (h.length < 30 || h.readUInt32LE(0) !== LOC) {
      findings.push(finding('zip/bad-local-header', `member ${JSON.stringify(e.name)}: no local header at offset ${e.localOffset}`, e.localOffset, opts.member));
      continue;
    }
    const lFlags = h.readUInt16LE(6);
    const lMethod = h.readUInt16LE(8);
    const lCrc = h.readUInt32LE(14);
    const lCsize = h.readUInt32LE(18);
    const lUsize = h.readUInt32LE(22);
    const lNameLen = h.readUInt16LE(26);
    const lExtraLen = h.readUInt16LE(28);
    const lName = decodeName(await src.read(e.localOffset + 30, lNameLen), lFlags);
    e.dataOffset = e.localOffset + 30 + lNameLen + lExtraLen;
    let lSizesOk = true;
    if (lCsize === 0xffffffff || lUsize === 0xffffffff) {
      // A local zip64 field holds both sizes (uncompressed first); they must match the directory too.
      const z = zip64Extra(await src.read(e.localOffset + 30 + lNameLen, lExtraLen));
      lSizesOk = z !== null && z.length >= 2 && z[0] === e.uncompressedSize && z[1] === e.compressedSize;
    }
    if (lName !== e.name) findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)} is named ${JSON.stringify(lName)} in its local header: tools that read local headers see another file`, e.localOffset, opts.member));
    if (lMethod !== e.method) findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)}: compression method ${lMethod} in the local header, ${e.method} in the central directory`, e.localOffset, opts.member));
    if (!(lFlags & 0x08) && (lCrc !== e.crc || !lSizesOk || (lCsize !== e.compressedSize && lCsize !== 0xffffffff) || (lUsize !== e.uncompressedSize && lUsize !== 0xffffffff))) {
      findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)}: CRC or sizes differ between the local header and the central directory`, e.localOffset, opts.member));
    }
    if ((lFlags & 0x41) !== (e.flags & 0x41)) findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)}: encryption flags differ between the local header and the central directory`, e.localOffset, opts.member));
    if (e.dataOffset + e.compressedSize > cdOffset) {
      findings.push(finding('zip/bad-local-header', `member ${JSON.stringify(e.name)}: data (${e.compressedSize} bytes at ${e.dataOffset}) runs into the central directory`, e.localOffset, opts.member));
      e.dataOffset = -1;
    }
  }
  const ranges = entries.filter((e) => e.dataOffset >= 0).map((e) => ({ e, start: e.localOffset, end: e.dataOffset + e.compressedSize })).sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i].start < ranges[i - 1].end) {
      findings.push(finding('zip/overlapping-entries', `members ${JSON.stringify(ranges[i - 1].e.name)} and ${JSON.stringify(ranges[i].e.name)} share bytes (overlapping entries: a zip-bomb and polyglot technique)`, ranges[i].start, opts.member));
    }
  }
  return { entries, findings, ok: true };
}

/** The 64-bit values of a zip64 extended-information extra field (id 0x0001); null if one is past 2^53. */
function zip64Extra(extra: Buffer): number[] | null {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      const out: number[] = [];
      for (let q = p + 4; q + 8 <= p + 4 + len && q + 8 <= extra.length; q += 8) {
        const v = safeU64(extra, q);
        if (v === null) return null;
        out.push(v);
      }
      return out;
    }
    p += 4 + len;
  }
  return [];
}

function safeU64(buf: Buffer, at: number): number | null {
  const v = buf.readBigUInt64LE(at);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : null;
}

function decodeName(raw: Buffer, flags: number): string {
  // Bit 11 = UTF-8; without it the name is CP437, but every byte < 0x80 is the same and others are rare.
  return flags & 0x800 ? raw.toString('utf8') : raw.toString('latin1');
}

function finding(rule: string, message: string, offset: number | undefined, member: string | undefined): Finding {
  const location: Finding['location'] = {};
  if (offset !== undefined) location.offset = offset;
  if (member !== undefined) location.member = member;
  return { rule, severity: 'error', message, location };
}
