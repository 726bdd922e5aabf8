import { describe, expect, it } from '@jest/globals';
import { encodeModel, type OnnxModelSpec } from '../../../src/core/onnx/encode.js';
import { readOnnxModel } from '../../../src/core/onnx/reader.js';

const MARK = 'MARKMARK';

function modelWithProducer(name: string): Buffer {
  const spec: OnnxModelSpec = {
    producerName: name,
    graph: {
      name: 'id',
      nodes: [{ opType: 'Identity', inputs: ['x'], outputs: ['y'] }],
      inputs: [{ name: 'x', type: { elemType: 'float32', shape: [1] } }],
      outputs: [{ name: 'y', type: { elemType: 'float32', shape: [1] } }],
    },
  };
  return Buffer.from(encodeModel(spec));
}

const fromBuffer = (buf: Buffer) => ({ size: buf.length, read: async (offset: number, length: number) => buf.subarray(offset, offset + length) });

describe('strings in an ONNX model', () => {
  it('decodes valid UTF-8, multi-byte characters included', async () => {
    const name = 'é€😀 producer';
    expect((await readOnnxModel(fromBuffer(modelWithProducer(name)))).producerName).toBe(name);
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a byte that never occurs in UTF-8', [0xff]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['a surrogate half', [0xed, 0xa0, 0x80]],
    ['a sequence cut short', [0xe2, 0x82]],
  ])('refuses %s, as protobuf requires', async (_name, bytes) => {
    const buf = modelWithProducer(MARK);
    const at = buf.indexOf(MARK);
    // Same length as the mark: the field's length prefix stays right.
    Buffer.from([...bytes, ...Array(MARK.length - bytes.length).fill(0x41)]).copy(buf, at);
    await expect(readOnnxModel(fromBuffer(buf))).rejects.toThrow(/not valid UTF-8/);
  });
});
