import { error, FindingList, note } from '../finding.js';
import { decodeUtf8Strict, parseStrictJson } from '../strict-json.js';
import type { ByteSource, FormatAnalyzer } from '../types.js';
import { walkKerasConfig } from './keras-config.js';

export const HDF5_SIGNATURE = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);
const NEEDLE = Buffer.from('{"class_name"');

export function sniffHdf5(head: Buffer): boolean {
  // The superblock may sit at 0, 512, 1024, ... (a user block before it); the head covers 0 and 512.
  return (head.length >= 8 && head.subarray(0, 8).equals(HDF5_SIGNATURE)) || (head.length >= 520 && head.subarray(512, 520).equals(HDF5_SIGNATURE));
}

/**
 * HDF5 (Keras H5 models and weights). Without a full HDF5 reader, two pragmatic checks: the superblock's
 * end-of-file address against the real size (a truncated download fails), and every Keras config JSON in
 * the file (the `model_config` attribute is stored as a plain JSON string) walked for Lambda layers and
 * foreign modules. The scan streams the whole file once in large chunks.
 */
export const hdf5Analyzer: FormatAnalyzer = {
  format: 'hdf5',
  sniff: (head) => sniffHdf5(head),
  async analyze(source, ctx) {
    const findings = new FindingList();
    const base = (await source.read(0, 8)).equals(HDF5_SIGNATURE) ? 0 : 512;
    const sb = await source.read(base, 96);
    const version = sb[8];
    let eofAddress: bigint | undefined;
    if (version === 0 || version === 1) {
      const sizeOfOffsets = sb[13];
      if (sizeOfOffsets === 8 && sb.length >= 24 + 8 * 4 + (version === 1 ? 4 : 0)) eofAddress = sb.readBigUInt64LE(24 + (version === 1 ? 4 : 0) + 16);
    } else if (version === 2 || version === 3) {
      if (sb[9] === 8 && sb.length >= 12 + 32) eofAddress = sb.readBigUInt64LE(12 + 16);
    } else {
      findings.push(error('hdf5/bad-superblock', `superblock version ${version} is unknown`, { offset: base + 8 }));
    }
    if (eofAddress !== undefined && eofAddress !== 0xffffffffffffffffn && BigInt(base) + eofAddress > BigInt(source.size)) {
      findings.push(error('hdf5/truncated', `the superblock says the file ends at byte ${BigInt(base) + eofAddress} but it has ${source.size}: truncated`, { offset: base }));
    }
    let configs = 0;
    for await (const json of jsonObjects(source, ctx.limits.maxHeaderBytes)) {
      const text = decodeUtf8Strict(json.bytes);
      if (text === undefined) continue;
      let value;
      try {
        value = parseStrictJson(text).value;
      } catch {
        findings.push(error('hdf5/bad-model-config', 'a Keras config string in the file is not valid JSON', { offset: json.offset }));
        continue;
      }
      configs++;
      for (const f of walkKerasConfig(value, 'model_config')) findings.push({ ...f, location: { ...f.location, offset: json.offset } });
    }
    if (configs === 0) findings.push(note('hdf5/no-model-config', 'no Keras model config in the file (weights only, or not a Keras file)'));
    return { findings: findings.items, details: { superblockVersion: version, kerasConfigs: configs } };
  },
};

/** Finds `{"class_name"...}` JSON objects in a byte stream, balanced by braces outside strings. */
async function* jsonObjects(source: ByteSource, maxBytes: number): AsyncGenerator<{ offset: number; bytes: Buffer }> {
  let carry = Buffer.alloc(0);
  let carryStart = 0;
  let capture: Buffer[] | undefined;
  let captureStart = 0;
  let captured = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for await (const chunk of source.stream()) {
    let buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let bufStart = carryStart;
    let i = 0;
    for (;;) {
      if (!capture) {
        const hit = buf.indexOf(NEEDLE, i);
        if (hit < 0) break;
        capture = [];
        captureStart = bufStart + hit;
        captured = 0;
        depth = 0;
        inString = false;
        escaped = false;
        i = hit;
      }
      let j = i;
      for (; j < buf.length; j++) {
        const c = buf[j];
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 0x5c) escaped = true;
          else if (c === 0x22) inString = false;
        } else if (c === 0x22) inString = true;
        else if (c === 0x7b) depth++;
        else if (c === 0x7d && --depth === 0) break;
        else if (c === 0) break; // an HDF5 string ends at NUL: this was not a whole JSON object
      }
      if (j < buf.length && buf[j] === 0x7d) {
        capture.push(buf.subarray(i, j + 1));
        yield { offset: captureStart, bytes: Buffer.concat(capture) };
        capture = undefined;
        i = j + 1;
        continue;
      }
      if (j < buf.length) {
        capture = undefined;
        i = j + 1;
        continue;
      }
      capture.push(Buffer.from(buf.subarray(i)));
      captured += buf.length - i;
      if (captured > maxBytes) capture = undefined;
      i = buf.length;
      break;
    }
    // Keep a tail so a needle split across chunks is still found.
    const keep = capture ? 0 : Math.min(buf.length, NEEDLE.length - 1);
    carry = Buffer.from(buf.subarray(buf.length - keep));
    carryStart = bufStart + buf.length - keep;
    bufStart = carryStart;
    buf = carry;
  }
}
