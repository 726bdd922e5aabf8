/**
 * Classes of adversarial input that must fail closed: containers Modelship cannot open (inside archives
 * too, naming the member), integer header fields written as floats or out of range, and ONNX initializers
 * whose inline data disagrees with their dims (test/fixtures/real/adversarial, written by make.py with the
 * real onnx package; onnx.checker accepts them).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { isIntegerLiteral, parseStrictJson } from '../../src/validate/strict-json.js';
import { errors, validateOne } from './helpers.js';
import { makeTar } from './archive/corpus/tar-writer.js';
import { zipFile } from './corpus/zip.js';
import { assemble, safetensorsFile } from './corpus/safetensors.js';

const ADVERSARIAL = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'real', 'adversarial');

const CONTAINERS: Array<{ name: string; head: Buffer; rule: string }> = [
  { name: '7z', head: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]), rule: 'archive/unsupported-format' },
  { name: 'rar', head: Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), rule: 'archive/unsupported-format' },
  { name: 'rar4', head: Buffer.from('Rar!\x1a\x07\x00', 'latin1'), rule: 'archive/unsupported-format' },
  { name: 'zstd', head: Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x04, 0x58]), rule: 'compressed/unsupported-codec' },
  { name: 'zstd-skippable', head: Buffer.from([0x50, 0x2a, 0x4d, 0x18, 0x00, 0x00, 0x00, 0x00]), rule: 'compressed/unsupported-codec' },
  { name: 'lz4', head: Buffer.from([0x04, 0x22, 0x4d, 0x18, 0x64, 0x40, 0xa7]), rule: 'compressed/unsupported-codec' },
  { name: 'xz', head: Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04]), rule: 'compressed/unsupported-codec' },
  { name: 'bzip2', head: Buffer.from('BZh91AY&SY', 'latin1'), rule: 'compressed/unsupported-codec' },
  { name: 'cab', head: Buffer.from('MSCF\0\0\0\0', 'latin1'), rule: 'archive/unsupported-format' },
];

describe('containers Modelship cannot open fail closed', () => {
  it.each(CONTAINERS)('$name: fails at the top level and inside zip and tar, naming the member', async ({ head, rule }) => {
    const body = Buffer.concat([head, Buffer.alloc(64, 0x41)]);
    const top = await validateOne('model.bin', body);
    expect(errors(top)).toContain(rule);

    const member = 'weights/model.pkl';
    for (const [name, archive] of [['bundle.zip', zipFile([{ name: 'README.md', data: Buffer.from('# model\n') }, { name: member, data: body }])], ['bundle.tar', makeTar([{ name: member, data: body }])]] as const) {
      const a = await validateOne(name, archive);
      expect(a.verdict).toBe('fail');
      const f = a.findings.find((x) => x.rule === rule);
      expect(f?.severity).toBe('error');
      expect(f?.location?.member).toBe(member);
    }
  });

  it('names the member in the message of a container it cannot open', async () => {
    const a = await validateOne('bundle.zip', zipFile([{ name: 'inner.7z', data: Buffer.concat([CONTAINERS[0].head, Buffer.alloc(16)]) }]));
    expect(a.findings.find((f) => f.rule === 'archive/unsupported-format')?.message).toContain('"inner.7z"');
  });
});

describe('integer header fields reject floats, exponents and out-of-range values', () => {
  it('keeps the literal kind of every number', () => {
    const parsed = parseStrictJson('{"a": 2, "b": 2.0, "c": 2e0, "d": [1, 1.5, 3E2, 18446744073709551616]}');
    const v = parsed.value as { a: number; b: number; c: number; d: number[] };
    expect(isIntegerLiteral(parsed, v, 'a')).toBe(true);
    expect(isIntegerLiteral(parsed, v, 'b')).toBe(false);
    expect(isIntegerLiteral(parsed, v, 'c')).toBe(false);
    expect([0, 1, 2, 3].map((i) => isIntegerLiteral(parsed, v.d, i))).toEqual([true, false, false, true]);
  });

  const header = (shape: string, offsets: string) => assemble(`{"w":{"dtype":"F32","shape":${shape},"data_offsets":${offsets}}}`, Buffer.alloc(8));
  it.each([
    ['shape 2.0', header('[2.0]', '[0,8]'), 'safetensors/invalid-shape'],
    ['shape 2e0', header('[2e0]', '[0,8]'), 'safetensors/invalid-shape'],
    ['shape -2', header('[-2]', '[0,8]'), 'safetensors/invalid-shape'],
    ['shape 2^64', header('[18446744073709551616]', '[0,8]'), 'safetensors/invalid-shape'],
    ['offset 8.0', header('[2]', '[0,8.0]'), 'safetensors/invalid-offsets'],
    ['offset 0e5', header('[2]', '[0e5,8]'), 'safetensors/invalid-offsets'],
  ])('safetensors %s fails as the Rust loader refuses it', async (_name, data, rule) => {
    expect(errors(await validateOne('m.safetensors', data))).toContain(rule);
  });

  it('passes the same header written with integers', async () => {
    expect(errors(await validateOne('m.safetensors', header('[2]', '[0,8]')))).toEqual([]);
    expect(errors(await validateOne('n.safetensors', safetensorsFile([{ name: 'w', dtype: 'F32', shape: [2, 3] }])))).toEqual([]);
  });
});

describe('ONNX initializers whose inline data disagrees with their dims', () => {
  it('fails every adversarial file written by the real onnx package', async () => {
    const names = (await readdir(ADVERSARIAL)).filter((n) => n.endsWith('.onnx')).sort();
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) {
      const a = await validateOne(name, await readFile(path.join(ADVERSARIAL, name)));
      expect({ name, errors: errors(a) }).toEqual({ name, errors: ['onnx/initializer-data'] });
    }
  });
});
